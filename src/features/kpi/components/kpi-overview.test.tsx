import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocation } from 'react-router';
import { server } from '@mocks/node';
import { ChartSizeContext } from '@/components/charts/chart-frame';
import { renderWithProviders } from '@/test/render';
import type { KpiData } from '../api/schema';
import { sampleKpi, unreviewedKpi } from '@mocks/factories/kpi';
import { KpiOverview } from './kpi-overview';

const KPI = '*/api/anonymous-chat-interactions/kpi/';
const TODAY = '2026-08-26';

type Answer = KpiData | { status: number; body?: unknown };

/** Answers the current and the previous-window call separately and records both. */
function serveKpi({ current, previous }: { current: () => Answer; previous: () => Answer }) {
  const calls: URLSearchParams[] = [];
  server.use(
    http.get(KPI, ({ request }) => {
      const params = new URL(request.url).searchParams;
      calls.push(params);
      // The comparison call asks for one day of daily_volume; the page's call for its window.
      const answer = params.get('window_days') === '1' ? previous() : current();
      if ('status' in answer && typeof answer.status === 'number' && !('interactions_total' in answer)) {
        return HttpResponse.json(answer.body ?? { detail: 'Server error' }, { status: answer.status });
      }
      return HttpResponse.json(answer);
    }),
  );
  return calls;
}

function LocationProbe() {
  const location = useLocation();
  return <output aria-label="Current URL">{`${location.pathname}${location.search}`}</output>;
}

function renderOverview(path = '/') {
  const user = userEvent.setup();
  const view = renderWithProviders(
    <ChartSizeContext value={{ width: 640 }}>
      <KpiOverview />
      <LocationProbe />
    </ChartSizeContext>,
    { path },
  );
  return { user, ...view };
}

const card = (name: string) => screen.getByRole('group', { name });
/** Waits for the cards to show the current numbers (412 turns in every sample). */
const loaded = async () =>
  within(await screen.findByRole('group', { name: 'Turns' }, { timeout: 5_000 })).findByText(
    '412',
    {},
    { timeout: 5_000 },
  );
const url = () => screen.getByRole('status', { name: 'Current URL' }).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T12:00:00Z`));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('KPI cards', { timeout: 30_000 }, () => {
  it('show exactly the server numbers; a finished range judges quality figures only', async () => {
    serveKpi({
      current: () => sampleKpi(),
      previous: () =>
        sampleKpi({
          interactions_total: 400,
          flagged_total: 12,
          satisfaction_rate: 0.75,
          avg_llm_resolution_score: 3.6,
        }),
    });
    renderOverview('/?created_after=2026-08-10&created_before=2026-08-16');

    expect(await loaded()).toBeInTheDocument();
    const expected: Record<string, string> = {
      Conversations: '158',
      'Unique visitors': '131',
      'Flagged turns': '9',
      Satisfaction: '77.8%',
      'Click-through': '13.8%',
      'Input tokens': '2,310,442',
      'Output tokens': '98,311',
      'Judge coverage': '88.6%',
      'Average resolution': '3.9',
      'Hallucination rate': '5.0%',
      'Judge tokens': '641,132',
    };
    for (const [name, value] of Object.entries(expected))
      expect(within(card(name)).getByText(value)).toBeInTheDocument();
    expect(within(card('Satisfaction')).getByText('27 votes: 21 up, 6 down')).toBeInTheDocument();
    expect(within(card('Flagged turns')).getByText('2.2% of turns')).toBeInTheDocument();
    expect(within(card('Average resolution')).getByText('of 5')).toBeInTheDocument();

    // Volumes: the change, absolute and relative, without a verdict or a colour.
    await within(card('Turns')).findByText(
      /Up 12 \(3%\) from 400 in the previous 7 days \(3 Aug – 9 Aug 2026\)\. Neither higher nor lower/,
    );
    expect(card('Turns')).not.toHaveTextContent(/better\.|worse|That is/);
    expect(card('Turns').querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'neutral');
    // Flagged turns are judged by their share of turns: 2.2 % against 3.0 % is better.
    expect(
      within(card('Flagged turns')).getByText(
        /Share of turns: Down 0\.8 pp from 3\.0% .* That is better\. Lower is better/,
      ),
    ).toBeInTheDocument();
    expect(
      within(card('Satisfaction')).getByText(/Up 2\.8 pp from 75\.0%.*That is better/),
    ).toBeInTheDocument();
    expect(card('Satisfaction').querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'better');
    expect(within(card('Average resolution')).getByText(/Up 0\.3 from 3\.6/)).toBeInTheDocument();
    expect(
      within(card('Input tokens')).getByText(
        /No change from 2,310,442 in the previous 7 days \(3 Aug – 9 Aug 2026\)\./,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Changes compare with 3 Aug – 9 Aug 2026\. Quality figures say better or worse/),
    ).toBeInTheDocument();
  });

  it('never judge a range still in progress: counts so far, quality changes without a verdict', async () => {
    serveKpi({
      current: () => sampleKpi(),
      previous: () => sampleKpi({ interactions_total: 400, satisfaction_rate: 0.75 }),
    });
    renderOverview();
    await loaded();
    await within(card('Turns')).findByText(
      /412 so far: 103\.0% of the 400 in the previous 30 days .* 98\.3% of this date range has passed\./,
    );
    expect(within(card('Turns')).getByText('so far 103.0% of 400')).toBeInTheDocument();
    expect(
      within(card('Satisfaction')).getByText(
        /Up 2\.8 pp from 75\.0% .* Not judged better or worse while the date range is still in progress\./,
      ),
    ).toBeInTheDocument();
    const overview = screen.getByRole('region', { name: 'Key figures' });
    expect(overview.querySelectorAll('[data-verdict="better"], [data-verdict="worse"]')).toHaveLength(0);
    expect(
      screen.getByText(/This range is still in progress \(98\.3% of it has passed\)/),
    ).toBeInTheDocument();
  });

  it('"Today" with "Flagged only": the day so far against yesterday, no verdict anywhere', async () => {
    const flaggedOnly = (turns: number) =>
      sampleKpi({ interactions_total: turns, flagged_total: turns, sessions_total: 3, unique_users: 3 });
    const calls = serveKpi({ current: () => flaggedOnly(9), previous: () => flaggedOnly(21) });
    renderOverview('/?range=today&is_flagged=true');
    await within(await screen.findByRole('group', { name: 'Turns' }, { timeout: 5_000 })).findByText('9');
    expect(calls.every((c) => c.get('is_flagged') === 'true')).toBe(true);
    await within(card('Turns')).findByText('so far 42.9% of 21');
    expect(
      within(card('Flagged turns')).getByText(/Share of turns: No change from 100\.0%/),
    ).toBeInTheDocument();
    const overview = screen.getByRole('region', { name: 'Key figures' });
    expect(overview.querySelectorAll('[data-verdict="better"], [data-verdict="worse"]')).toHaveLength(0);
    expect(
      screen.getByText(/Changes compare with 25 Aug 2026\. This range is still in progress \(50\.0%/),
    ).toBeInTheDocument();
  });

  it('open the list behind each card, with the page filters, so the totals match', async () => {
    serveKpi({ current: () => sampleKpi(), previous: () => sampleKpi() });
    renderOverview('/?range=7d&severity=high');
    await loaded();
    const range = 'created_after=2026-08-20&created_before=2026-08-26';
    const link = (name: string) => within(card(name)).getByRole('link');
    expect(link('Turns')).toHaveTextContent('View the 412 turns');
    expect(link('Turns')).toHaveAttribute('href', `/interactions?severity=high&${range}`);
    expect(link('Flagged turns')).toHaveTextContent('View the 9 flagged turns');
    expect(link('Flagged turns')).toHaveAttribute(
      'href',
      `/interactions?is_flagged=true&severity=high&${range}`,
    );
    expect(link('Conversations')).toHaveAttribute('href', `/sessions?${range}&severity=high`);
    expect(link('Unique visitors')).toHaveTextContent('View the 131 visitors');
    expect(link('Unique visitors')).toHaveAttribute('href', `/users?${range}&severity=high`);
    expect(link('Satisfaction')).toHaveTextContent('View the 27 voted turns');
    expect(link('Satisfaction')).toHaveAttribute(
      'href',
      `/interactions?severity=high&has_feedback=true&${range}`,
    );
    expect(link('Judge coverage')).toHaveTextContent('View the 140 reviewed conversations');
    expect(link('Hallucination rate')).toHaveAttribute(
      'href',
      `/sessions?${range}&severity=high&is_reviewed=true`,
    );
    expect(link('Click-through')).toHaveAttribute('title', expect.stringMatching(/cannot filter by click/));
  });

  it('show the clarification figures when the server sends them, and no card when it does not', async () => {
    let newer = true;
    const kpi = () =>
      newer ? sampleKpi({ clarification_requests_total: 31, clarification_rate: 31 / 412 }) : sampleKpi();
    serveKpi({
      current: kpi,
      previous: () => sampleKpi({ clarification_requests_total: 20, clarification_rate: 0.05 }),
    });
    const view = renderOverview('/?created_after=2026-08-10&created_before=2026-08-16');
    await loaded();
    const clarification = card('Clarifying questions');
    expect(within(clarification).getByText('31')).toBeInTheDocument();
    expect(within(clarification).getByText('7.5% of turns')).toBeInTheDocument();
    expect(clarification).toHaveAccessibleDescription(/asked the visitor a clarifying question/);
    // Asking is not judged: the change of its share is shown neutrally.
    expect(
      await within(clarification).findByText(/Share of turns: Up 2\.5 pp from 5\.0%/),
    ).toBeInTheDocument();
    expect(clarification).not.toHaveTextContent(/better\.|worse|That is/);
    view.unmount();

    newer = false;
    renderOverview('/?created_after=2026-08-10&created_before=2026-08-16');
    await loaded();
    expect(screen.queryByRole('group', { name: 'Clarifying questions' })).toBeNull();
  });

  it('show "—" with the reason for null rates, never 0 % or NaN', async () => {
    serveKpi({ current: () => unreviewedKpi(), previous: () => unreviewedKpi() });
    const { user } = renderOverview();
    await loaded();

    for (const name of ['Satisfaction', 'Judge coverage', 'Average resolution', 'Hallucination rate']) {
      const value = within(card(name)).getByRole('note', { name: `${name}: no value` });
      expect(value).toHaveTextContent('—');
      expect(value).toHaveAttribute('tabindex', '0');
    }
    expect(
      within(card('Satisfaction')).getByRole('note', { name: 'Satisfaction: no value' }),
    ).toHaveAccessibleDescription('No thumbs-up or thumbs-down votes in this range yet.');
    expect(
      within(card('Hallucination rate')).getByRole('note', { name: /no value/ }),
    ).toHaveAccessibleDescription(/nightly judge has not reviewed any conversation/);
    const main = document.body.textContent ?? '';
    expect(main).not.toMatch(/NaN/);
    expect(within(card('Satisfaction')).queryByText(/0\.0%/)).toBeNull();

    // Keyboard focus opens the tooltip with the same reason.
    await user.tab();
    while (document.activeElement?.getAttribute('aria-label') !== 'Satisfaction: no value') await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'No thumbs-up or thumbs-down votes in this range yet.',
    );
  });

  it('keep the current numbers when the previous window fails, and explain the missing change', async () => {
    let failPrevious = true;
    serveKpi({
      current: () => sampleKpi(),
      previous: () => (failPrevious ? { status: 500 } : sampleKpi({ interactions_total: 400 })),
    });
    const { user } = renderOverview('/?range=7d');
    expect(await loaded()).toBeInTheDocument();
    const missing = await within(card('Turns')).findByRole('note', { name: 'Change: not available' });
    expect(missing).toHaveTextContent('—');
    expect(missing).toHaveAccessibleDescription(
      /The previous 7 days \(13 Aug – 19 Aug 2026\) could not be loaded/,
    );

    failPrevious = false;
    await user.click(screen.getByRole('button', { name: 'Retry the comparison' }));
    expect(await within(card('Turns')).findByText('so far 103.0% of 400')).toBeInTheDocument();
  });

  it('say why token totals are missing on servers that do not send them', async () => {
    const old = () => {
      const {
        input_tokens_total: _a,
        output_tokens_total: _b,
        review_input_tokens_total: _c,
        review_output_tokens_total: _d,
        ...rest
      } = sampleKpi();
      return rest as KpiData;
    };
    serveKpi({ current: old, previous: old });
    renderOverview();
    await loaded();
    const value = within(card('Input tokens')).getByRole('note', { name: 'Input tokens: no value' });
    expect(value).toHaveAccessibleDescription(/does not report token totals/);
    expect(
      within(card('Judge tokens')).getByRole('note', { name: 'Judge tokens: no value' }),
    ).toBeInTheDocument();
  });
});

describe('a failing kpi/ call', { timeout: 30_000 }, () => {
  it('shows one error for the figures and charts, says it is retrying, and one Retry brings all back', async () => {
    let fail = true;
    serveKpi({ current: () => (fail ? { status: 503 } : sampleKpi()), previous: () => sampleKpi() });
    // The app retries a 503 with backoff (src/lib/query-client.ts): here twice, quickly.
    const client = new QueryClient({
      defaultOptions: { queries: { retry: 2, retryDelay: 200, gcTime: Infinity } },
    });
    const user = userEvent.setup();
    renderWithProviders(
      <ChartSizeContext value={{ width: 640 }}>
        <KpiOverview />
      </ChartSizeContext>,
      { client },
    );

    expect(await screen.findByText(/Loading the key figures failed \(.*\); retrying…/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1), { timeout: 5_000 });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Could not load the key figures and charts/);
    expect(
      await screen.findAllByText('Not available: the key figures above could not be loaded.'),
    ).toHaveLength(3);
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
    expect(screen.queryByText('NaN')).toBeNull();

    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await loaded()).toBeInTheDocument();
    await waitFor(() => expect(screen.queryAllByRole('alert')).toHaveLength(0));
  });
});

describe('filters', { timeout: 30_000 }, () => {
  it('send the URL filters in both generations of names, and the previous window shifted', async () => {
    const calls = serveKpi({ current: () => sampleKpi(), previous: () => sampleKpi() });
    renderOverview('/?range=7d&severity=high&has_feedback=true&window_days=14');
    await loaded();
    await waitFor(() => expect(calls).toHaveLength(2));
    const current = calls.find((c) => c.get('window_days') === '14')!;
    const previous = calls.find((c) => c.get('window_days') === '1')!;
    expect(Object.fromEntries(current)).toEqual({
      severity: 'high',
      created_after: '2026-08-20',
      created_before: '2026-08-26',
      created_from: '2026-08-20',
      created_to: '2026-08-26',
      has_feedback: 'true',
      window_days: '14',
    });
    expect(Object.fromEntries(previous)).toMatchObject({
      created_after: '2026-08-13',
      created_to: '2026-08-19',
      severity: 'high',
    });
  });

  it('live in the URL: defaults removed, invalid values dropped, changes pushed', async () => {
    serveKpi({ current: () => sampleKpi(), previous: () => sampleKpi() });
    const { user } = renderOverview('/?range=30d&severity=bogus&window_days=45&scenario=empty');
    await loaded();
    await waitFor(() => expect(url()).toBe('/?scenario=empty'));

    const range = screen.getByRole('group', { name: 'Created' });
    await user.click(within(range).getByRole('button', { name: '7 days' }));
    expect(url()).toBe('/?scenario=empty&range=7d');
    expect(within(range).getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('search')).getByText('20 Aug – 26 Aug 2026')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'medium');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Flagged' }), 'true');
    expect(url()).toBe('/?scenario=empty&range=7d&severity=medium&is_flagged=true');

    await user.click(
      within(screen.getByRole('group', { name: 'Days shown' })).getByRole('button', { name: '90 days' }),
    );
    expect(url()).toContain('window_days=90');

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(url()).toBe('/?scenario=empty&window_days=90');
    expect(within(range).getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('apply a custom range only when it is complete and in order', async () => {
    serveKpi({ current: () => sampleKpi(), previous: () => sampleKpi() });
    const { user } = renderOverview('/?range=7d');
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Custom' }));
    expect(url()).toBe('/?created_after=2026-08-20&created_before=2026-08-26');

    const from = screen.getByLabelText('Created from');
    await user.clear(from);
    await user.type(from, '2026-08-27');
    expect(screen.getByRole('alert')).toHaveTextContent('The start must not be after the end.');
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();

    await user.clear(from);
    await user.type(from, '2026-08-01');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(url()).toBe('/?created_after=2026-08-01&created_before=2026-08-26');
    expect(await screen.findByText(/Changes compare with 6 Jul – 31 Jul 2026/)).toBeInTheDocument();
  });
});

describe('charts', { timeout: 30_000 }, () => {
  it('carry text summaries and keyboard drill-down links', async () => {
    serveKpi({ current: () => sampleKpi(), previous: () => sampleKpi() });
    renderOverview('/?has_feedback=true');
    await loaded();

    expect(
      screen.getByRole('figure', {
        name: '311 turns over 30 UTC days (28 Jul – 26 Aug 2026). Busiest day: 1 Aug with 14 turns. 4 days without turns.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', {
        name: /^7 flagged turns over 14 UTC days \(13 Aug – 26 Aug 2026\): 5 low, 1 medium, 1 high, 0 critical\./,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', {
        name: '82 judge verdicts by intent: Gpu compute 51 (62%), Hpc storage 22 (27%), Unclear 9 (11%).',
      }),
    ).toBeInTheDocument();

    const day = screen.getByRole('link', { name: 'View 14 turns on Wed, 26 Aug 2026' });
    expect(day).toHaveAttribute(
      'href',
      '/interactions?has_feedback=true&created_after=2026-08-26&created_before=2026-08-26',
    );
    expect(
      screen.getByRole('link', { name: 'View 2 low-severity turns on Tue, 25 Aug 2026' }),
    ).toHaveAttribute(
      'href',
      '/interactions?severity=low&has_feedback=true&created_after=2026-08-25&created_before=2026-08-25',
    );
    expect(screen.getByRole('link', { name: 'View 30 unflagged turns on Tue, 25 Aug 2026' })).toHaveAttribute(
      'href',
      '/interactions?is_flagged=false&has_feedback=true&created_after=2026-08-25&created_before=2026-08-25',
    );
    expect(
      screen.getByRole('link', { name: 'View the reviewed conversations in this range' }),
    ).toHaveAttribute(
      'href',
      '/sessions?created_after=2026-07-28&created_before=2026-08-26&has_feedback=true&is_reviewed=true',
    );
  });

  it('open the turns of a severity segment when it is clicked', async () => {
    serveKpi({ current: () => sampleKpi(), previous: () => sampleKpi() });
    renderOverview();
    await loaded();
    const severitySection = screen.getByRole('region', { name: 'Flagged turns by severity' });
    const highSegment = severitySection.querySelector(
      '.recharts-bar-rectangle path[fill="var(--chart-sev-high)"]',
    );
    expect(highSegment).not.toBeNull();
    await act(async () => {
      highSegment!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(url()).toBe('/interactions?severity=high&created_after=2026-08-18&created_before=2026-08-18');
  });

  it('say "not reviewed yet" when the judge has not run, without an error', async () => {
    serveKpi({ current: () => unreviewedKpi(), previous: () => unreviewedKpi() });
    renderOverview();
    await loaded();
    const intents = screen.getByRole('region', { name: 'Judge intents' });
    expect(within(intents).getByText('Not reviewed yet')).toBeInTheDocument();
    expect(within(intents).queryByRole('alert')).toBeNull();
  });

  it('show empty states when nothing matches', async () => {
    const empty = () =>
      sampleKpi({
        interactions_total: 0,
        sessions_total: 0,
        unique_users: 0,
        flagged_total: 0,
        click_through_rate: null,
        daily_volume: [{ date: TODAY, count: 0 }],
        severity_by_day: {
          labels: [TODAY],
          series: { NONE: [0], LOW: [0], MEDIUM: [0], HIGH: [0], CRITICAL: [0] },
        },
      });
    serveKpi({ current: empty, previous: empty });
    renderOverview();
    expect(await screen.findByText('No turns in the last 30 UTC days')).toBeInTheDocument();
    expect(screen.getByText('No flagged turns in the last 14 UTC days')).toBeInTheDocument();
    expect(
      within(card('Click-through')).getByRole('note', { name: 'Click-through: no value' }),
    ).toHaveAccessibleDescription(/No turns in this range/);
    expect(within(card('Flagged turns')).getByText('No turns in this range')).toBeInTheDocument();
  });
});
