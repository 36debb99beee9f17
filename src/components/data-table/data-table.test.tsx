import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ShortcutProvider } from '@/components/shortcuts/shortcuts';
import { useTableUrlState } from '@/hooks/use-table-url-state';
import { captureDownloads } from '@/test/downloads';
import { renderWithProviders } from '@/test/render';
import { CopyableId } from './copyable-id';
import { CsvExportButton } from './csv-export-button';
import { DataTable } from './data-table';
import { RowLink } from './row-link';
import { sortableColumnIds, sortRows } from './sort-rows';
import { createDataTableColumnHelper } from './table-features';

type Visitor = { user_slug: string; turns: number; last_seen: string | null };

const col = createDataTableColumnHelper<Visitor>();
const columns = col.columns([
  col.accessor('user_slug', {
    header: 'Visitor',
    cell: (info) => <CopyableId value={info.getValue()} label="visitor slug" link />,
  }),
  col.accessor('last_seen', { header: 'Last seen', sortDescFirst: true }),
  col.accessor('turns', { header: 'Turns', meta: { align: 'right', description: 'Turns in the period' } }),
  col.display({ id: 'note', header: 'Note', cell: () => <RowLink>open</RowLink> }),
]);
const sortable = sortableColumnIds(columns);

// 120 visitors: slug-000 … slug-119 (padded to be long ids), turns descending with the index.
const visitors: Visitor[] = Array.from({ length: 120 }, (_, i) => ({
  user_slug: `slug-${String(i).padStart(3, '0')}-0123456789abcdef`,
  turns: (i * 37) % 1000,
  last_seen: i % 10 === 0 ? null : `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`,
}));

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function ClientTable({
  data,
  ...props
}: {
  data: Visitor[] | undefined;
  isLoading?: boolean;
  error?: unknown;
  onRetry?: () => void;
}) {
  const state = useTableUrlState({ defaultSort: { id: 'turns', desc: true }, sortable });
  return (
    <>
      <DataTable
        mode="client"
        data={data}
        columns={columns}
        state={state}
        caption="Visitors"
        getRowId={(row) => row.user_slug}
        getRowHref={(row) => `/users/${row.user_slug}`}
        emptyTitle="No visitors match"
        emptyText="Try a wider date range."
        exportSlot={
          <CsvExportButton
            filename="visitors"
            columns={[
              { key: 'user_slug', header: 'Visitor' },
              { key: 'turns', header: 'Turns' },
            ]}
            getRows={() => sortRows(data ?? [], columns, state.sort)}
          />
        }
        {...props}
      />
      <LocationProbe />
    </>
  );
}

function ManualTable({ total, data }: { total: number; data: Visitor[] }) {
  const state = useTableUrlState({
    defaultSort: { id: 'turns', desc: true },
    sortable: ['turns', 'user_slug'],
  });
  return (
    <>
      <DataTable mode="manual" data={data} total={total} columns={columns} state={state} caption="Turns" />
      <LocationProbe />
    </>
  );
}

const location = () => screen.getByTestId('location').textContent;
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
/** The full visitor slug of each body row (the short id's tooltip). */
const firstCellTexts = () =>
  bodyRows().map((row) =>
    within(row).getAllByRole('cell')[0].querySelector('[title]')?.getAttribute('title'),
  );
const slugOf = (v: Visitor) => v.user_slug;

describe('DataTable, client mode', () => {
  it('renders a captioned table with column headers and the default sort', () => {
    renderWithProviders(<ClientTable data={visitors} />, { path: '/users' });
    const table = screen.getByRole('table', { name: 'Visitors' });
    const turns = within(table).getByRole('columnheader', { name: /Turns/ });
    expect(turns).toHaveAttribute('aria-sort', 'descending');
    expect(turns).toHaveAttribute('scope', 'col');
    expect(within(table).getByRole('columnheader', { name: /Visitor/ })).toHaveAttribute('aria-sort', 'none');
    // Not sortable: a display column has neither a button nor aria-sort.
    const note = within(table).getByRole('columnheader', { name: 'Note' });
    expect(note).not.toHaveAttribute('aria-sort');
    expect(within(note).queryByRole('button')).toBeNull();
    expect(bodyRows()).toHaveLength(50);
    const byTurns = [...visitors].sort((a, b) => b.turns - a.turns);
    expect(firstCellTexts().slice(0, 3)).toEqual(byTurns.slice(0, 3).map(slugOf));
    expect(screen.getByText('1–50 of 120')).toBeInTheDocument();
  });

  it('sorts by a header click: aria-sort, URL and row order follow', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClientTable data={visitors} />, { path: '/users?page=2' });
    await user.click(screen.getByRole('button', { name: /Visitor/ }));
    expect(screen.getByRole('columnheader', { name: /Visitor/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Turns/ })).toHaveAttribute('aria-sort', 'none');
    expect(location()).toBe('/users?o=user_slug');
    expect(firstCellTexts()[0]).toBe(slugOf(visitors[0]));

    await user.click(screen.getByRole('button', { name: /Visitor/ }));
    expect(screen.getByRole('columnheader', { name: /Visitor/ })).toHaveAttribute('aria-sort', 'descending');
    expect(location()).toBe('/users?o=-user_slug');
    expect(firstCellTexts()[0]).toBe(slugOf(visitors[119]));

    // Back to the default sort: the URL loses `o`.
    await user.click(screen.getByRole('button', { name: /Turns/ }));
    await user.click(screen.getByRole('button', { name: /Turns/ }));
    expect(location()).toBe('/users?o=turns');
    await user.click(screen.getByRole('button', { name: /Turns/ }));
    expect(location()).toBe('/users');
  });

  it('starts text columns ascending and sortDescFirst columns descending, blanks last', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClientTable data={visitors} />, { path: '/users' });
    await user.click(screen.getByRole('button', { name: /Last seen/ }));
    expect(location()).toBe('/users?o=-last_seen');
    await user.click(screen.getByRole('button', { name: /Last seen/ }));
    expect(location()).toBe('/users?o=last_seen');
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    const rows = bodyRows();
    expect(within(rows[rows.length - 1]).getAllByRole('cell')[1]).toHaveTextContent('—');
  });

  it('pages with first/previous/next/last and shows the range', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClientTable data={visitors} />, { path: '/users' });
    expect(screen.getByRole('button', { name: 'First page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(location()).toBe('/users?page=2');
    expect(screen.getByText('51–100 of 120')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Last page' }));
    expect(location()).toBe('/users?page=3');
    expect(screen.getByText('101–120 of 120')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(location()).toBe('/users?page=2');
    await user.click(screen.getByRole('button', { name: 'First page' }));
    expect(location()).toBe('/users');
  });

  it('resets to page 1 when the page size changes', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClientTable data={visitors} />, { path: '/users?page=2&o=user_slug' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '25');
    expect(location()).toBe('/users?o=user_slug&page_size=25');
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByText('1–25 of 120')).toBeInTheDocument();
  });

  it('falls back to defaults for invalid URL params', () => {
    renderWithProviders(<ClientTable data={visitors} />, { path: '/users?page=abc&page_size=7&o=-password' });
    expect(screen.getByRole('columnheader', { name: /Turns/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('1–50 of 120')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('50');
  });

  it('shows the last page for a page past the end', () => {
    renderWithProviders(<ClientTable data={visitors} />, { path: '/users?page=99' });
    expect(screen.getByText('101–120 of 120')).toBeInTheDocument();
  });

  it('links each row: a real link in the primary cell, a click elsewhere navigates', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClientTable data={visitors} />, { path: '/users?o=user_slug' });
    const link = screen.getByRole('link', { name: visitors[0].user_slug });
    expect(link).toHaveAttribute('href', `/users/${visitors[0].user_slug}`);
    expect(link).toHaveAttribute('title', visitors[0].user_slug);

    // Modifier clicks are left to the browser (new tab); the copy button does not navigate.
    const row = bodyRows()[1];
    await user.keyboard('{Control>}');
    await user.click(within(row).getAllByRole('cell')[2]);
    await user.keyboard('{/Control}');
    expect(location()).toBe('/users?o=user_slug');
    await user.click(within(row).getByRole('button', { name: 'Copy visitor slug' }));
    expect(location()).toBe('/users?o=user_slug');
    await expect(navigator.clipboard.readText()).resolves.toBe(visitors[1].user_slug);

    await user.click(within(row).getAllByRole('cell')[2]);
    expect(location()).toBe(`/users/${visitors[1].user_slug}`);
  });

  it('does not navigate when the click ends a text selection', () => {
    renderWithProviders(<ClientTable data={visitors} />, { path: '/users' });
    const cell = within(bodyRows()[0]).getAllByRole('cell')[2];
    const range = document.createRange();
    range.selectNodeContents(cell);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    // A drag-select ends with a click on the row; pointer helpers would collapse the selection.
    fireEvent.click(cell);
    expect(location()).toBe('/users');
    window.getSelection()?.removeAllRanges();
  });

  it('exports the filtered, sorted rows of every page as CSV', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const data = [...visitors.slice(0, 60), { user_slug: '=cmd|calc', turns: -5, last_seen: null }];
    renderWithProviders(<ClientTable data={data} />, { path: '/users?o=turns' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(files).toHaveLength(1);
    const lines = (await files[0].text()).split('\r\n');
    expect(lines).toHaveLength(62);
    expect(lines[0]).toBe('Visitor,Turns');
    expect(lines[1]).toBe(`"'=cmd|calc",-5`);
    const turns = lines.slice(1).map((line) => Number(line.split(',').at(-1)));
    expect(turns).toEqual([...turns].sort((a, b) => a - b));
  });
});

describe('DataTable states', () => {
  it('shows skeleton rows while loading', () => {
    renderWithProviders(<ClientTable data={undefined} isLoading />, { path: '/users' });
    expect(screen.getByRole('status', { name: 'Loading visitors' })).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(bodyRows()).toHaveLength(10);
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  });

  it('shows the empty state the page passes', () => {
    renderWithProviders(<ClientTable data={[]} />, { path: '/users' });
    expect(screen.getByText('No visitors match')).toBeInTheDocument();
    expect(screen.getByText('Try a wider date range.')).toBeInTheDocument();
    const cell = within(bodyRows()[0]).getByRole('cell');
    expect(cell).toHaveAttribute('colspan', '4');
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  });

  it('shows an error row with a retry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderWithProviders(
      <ClientTable data={undefined} error={new Error('Server error (500)')} onRetry={onRetry} />,
      {
        path: '/users',
      },
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load visitors.');
    expect(alert).toHaveTextContent('Server error (500)');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('DataTable, manual mode', () => {
  const page = visitors.slice(0, 50);

  it('shows the server total and only updates the URL on sort and paging', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ManualTable data={page} total={1234} />, { path: '/interactions' });
    expect(screen.getByText('1–50 of 1,234')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 25')).toBeInTheDocument();
    const before = firstCellTexts();
    expect(before[0]).toBe(slugOf(page[0]));

    await user.click(screen.getByRole('button', { name: /Visitor/ }));
    expect(location()).toBe('/interactions?o=user_slug');
    expect(firstCellTexts()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Last page' }));
    expect(location()).toBe('/interactions?o=user_slug&page=25');
    expect(screen.getByText('1,201–1,234 of 1,234')).toBeInTheDocument();
    expect(firstCellTexts()).toEqual(before);
  });

  it('only offers sorting on columns the server can order by', () => {
    renderWithProviders(<ManualTable data={page} total={1234} />, { path: '/interactions' });
    expect(screen.queryByRole('button', { name: /Last seen/ })).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Last seen' })).not.toHaveAttribute('aria-sort');
  });

  it('right-aligns numeric columns and formats numbers', () => {
    renderWithProviders(
      <ManualTable data={[{ user_slug: 'abc', turns: 12345, last_seen: null }]} total={1} />,
      {
        path: '/interactions',
      },
    );
    const cells = within(bodyRows()[0]).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent('12,345');
    expect(cells[1]).toHaveTextContent('—');
    expect(screen.getByRole('columnheader', { name: /Turns/ })).toHaveAttribute(
      'title',
      'Turns in the period',
    );
    // Without getRowHref, RowLink is text.
    expect(within(cells[3]).queryByRole('link')).toBeNull();
  });
});

describe('DataTable, grouped headers and keyboard', () => {
  type Row = { id: string; name: string; shown: number; clicked: number };
  const g = createDataTableColumnHelper<Row>();
  const grouped = g.columns([
    g.accessor('name', {
      header: 'Name',
      meta: { description: 'Who it is' },
      cell: (info) => <RowLink>{info.getValue()}</RowLink>,
    }),
    g.group({
      id: 'offerings',
      header: 'Offerings',
      columns: g.columns([
        g.accessor('shown', { header: 'Shown', meta: { align: 'right' } }),
        g.accessor('clicked', { header: 'Clicked', meta: { align: 'right' } }),
      ]),
    }),
  ]);
  const rows: Row[] = ['a', 'b', 'c'].map((id, i) => ({ id, name: `Row ${id}`, shown: i, clicked: i }));

  function GroupedTable() {
    const state = useTableUrlState({ defaultSort: { id: 'name', desc: false }, sortable: ['name', 'shown'] });
    return (
      <DataTable
        mode="client"
        data={rows}
        columns={grouped}
        state={state}
        caption="Grouped"
        getRowId={(row) => row.id}
        getRowHref={(row) => `/rows/${row.id}`}
      />
    );
  }

  it('spans an ungrouped column over both header rows, with its sort button and description', () => {
    renderWithProviders(<GroupedTable />, { path: '/rows' });
    const [top, bottom] = within(screen.getByRole('table')).getAllByRole('row');
    const name = within(top).getByRole('columnheader', { name: /Name/ });
    expect(name).toHaveAttribute('rowspan', '2');
    expect(name).toHaveAttribute('title', 'Who it is');
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(within(top).getByRole('columnheader', { name: 'Offerings' })).toHaveAttribute('colspan', '2');
    // No empty placeholder cell is left above or below it.
    expect(within(top).getAllByRole('columnheader')).toHaveLength(2);
    expect(
      within(bottom)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Shown', 'Clicked']);
  });

  it('moves through the rows with j and k', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ShortcutProvider>
        <GroupedTable />
      </ShortcutProvider>,
      { path: '/rows' },
    );
    const link = (name: string) => screen.getByRole('link', { name });
    await user.keyboard('j');
    expect(link('Row a')).toHaveFocus();
    await user.keyboard('jj');
    expect(link('Row c')).toHaveFocus();
    await user.keyboard('j');
    expect(link('Row c')).toHaveFocus();
    await user.keyboard('k');
    expect(link('Row b')).toHaveFocus();
  });
});
