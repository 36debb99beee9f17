import { act, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChartData, ChartSizeContext } from './chart-frame';
import { severityFill } from './chart-theme';
import { DailyBarChart } from './daily-bar-chart';
import { RankedBarChart } from './ranked-bar-chart';
import { StackedBarChart } from './stacked-bar-chart';

// happy-dom has no layout: give the charts a fixed width instead of measuring.
const sized = (ui: ReactNode) => render(<ChartSizeContext value={{ width: 600 }}>{ui}</ChartSizeContext>);

const click = async (element: Element) => {
  await act(async () => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
};

describe('DailyBarChart', () => {
  const data = [
    { key: '2026-08-25', label: '25 Aug', value: 3 },
    { key: '2026-08-26', label: '26 Aug', value: 5 },
  ];
  it('draws themed bars, hides the drawing from assistive technology and names the figure by its summary', () => {
    const { container } = sized(
      <DailyBarChart
        data={data}
        summary="8 turns over 2 UTC days."
        title={(d) => d.key}
        valueText={(n) => `${n} turns`}
        seriesLabel="Turns"
      />,
    );
    const figure = screen.getByRole('figure', { name: '8 turns over 2 UTC days.' });
    expect(figure.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
    const bars = container.querySelectorAll('.recharts-bar-rectangle path');
    expect(bars).toHaveLength(2);
    expect(bars[0]).toHaveAttribute('fill', 'var(--chart-1)');
    // No keyboard trap or focus stop inside the hidden drawing.
    expect(figure.querySelector('[tabindex="0"]')).toBeNull();
  });
});

describe('StackedBarChart', () => {
  const series = [
    { key: 'low', label: 'Low', color: severityFill.low },
    { key: 'high', label: 'High', color: severityFill.high },
  ];
  const rows = [
    { key: '2026-08-25', label: '25 Aug', values: { low: 2, high: 1 } },
    { key: '2026-08-26', label: '26 Aug', values: { low: 0, high: 3 } },
  ];
  it('names every colour in the legend and reports the clicked segment', async () => {
    const onSelect = vi.fn();
    const { container } = sized(
      <StackedBarChart
        rows={rows}
        series={series}
        summary="6 flagged turns."
        title={(r) => r.key}
        valueText={String}
        onSelect={onSelect}
      />,
    );
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Low', 'High']);
    const high = container.querySelectorAll('.recharts-bar-rectangle path[fill="var(--chart-sev-high)"]');
    expect(high).toHaveLength(2);
    await click(high[1]);
    expect(onSelect).toHaveBeenCalledWith('2026-08-26', 'high');
  });
});

describe('RankedBarChart', () => {
  it('labels bars with their category and count, shortening long labels', () => {
    const { container } = sized(
      <RankedBarChart
        data={[
          { key: 'gpu_compute', label: 'Gpu compute', value: 51 },
          { key: 'x', label: 'An intent slug far longer than any axis label should be', value: 2 },
        ]}
        summary="53 verdicts."
        valueText={String}
        seriesLabel="Verdicts"
      />,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('Gpu compute');
    expect(text).toContain('51');
    expect(text).toContain('An intent slug far longer t…');
    expect(screen.getByRole('figure', { name: '53 verdicts.' })).toBeInTheDocument();
  });
});

describe('ChartData', () => {
  it('puts the numbers behind a disclosure, as a table with row headers and right-aligned counts', () => {
    render(
      <ChartData
        caption="Turns per day"
        columns={[
          { key: 'day', header: 'Day' },
          { key: 'turns', header: 'Turns', numeric: true },
        ]}
        rows={[{ key: 'd1', header: 'Mon', cells: ['1'] }]}
      />,
    );
    expect(screen.getByText('Show the numbers').tagName).toBe('SUMMARY');
    const table = screen.getByRole('table', { name: 'Turns per day' });
    expect(within(table).getByRole('rowheader', { name: 'Mon' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Turns' })).toHaveClass('num');
    expect(within(table).getByRole('cell', { name: '1' })).toHaveClass('num');
  });
});
