import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { setDb, type Db } from '@mocks/db';
import { server } from '@mocks/node';
import { setApiGeneration } from '@/api/server-info';
import { renderRoute } from '@/test/render-route';

/** The search parameters a test's router is at. */
export const routerSearch = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

/**
 * The set-up of a list page's route tests, called once at the top of the file: `db` is the
 * dataset of every test, the requests to `listPath` are recorded test by test (`requests` is
 * emptied before each), and the table helpers find the list by its caption, its body rows after
 * `headerRows` header rows.
 */
export function setupListPage({
  db,
  listPath,
  loadPage,
  caption,
  headerRows = 1,
}: {
  db: Db;
  listPath: string;
  loadPage: () => Promise<unknown>;
  caption: string;
  headerRows?: number;
}) {
  const requests: URL[] = [];
  const record = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname === listPath) requests.push(url);
  };
  beforeAll(async () => {
    // Whole routes render here (shell, session, lazy page): allow for a busy test machine.
    configure({ asyncUtilTimeout: 4000 });
    // The route module is lazy: load it once up front so no test pays for its first import.
    await loadPage();
  });
  beforeEach(() => {
    setDb(db);
    requests.length = 0;
    server.events.on('request:start', record);
  });
  afterEach(() => {
    server.events.removeListener('request:start', record);
    setApiGeneration('current');
  });

  const table = () => screen.getByRole('table', { name: caption });
  const lastRequest = () => requests.at(-1) as URL;
  const waitForRows = () =>
    waitFor(() => expect(within(table()).getAllByRole('link').length).toBeGreaterThan(0));
  return {
    requests,
    lastRequest,
    table,
    bodyRows: () => within(table()).getAllByRole('row').slice(headerRows),
    waitForRows,
    /** Opens `path` and waits for the page's heading, `title`, and its first rows. */
    openList: async (path: string, title: string) => {
      const view = renderRoute(path);
      expect(
        await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 }),
      ).toBeInTheDocument();
      await waitForRows();
      return view;
    },
    /** The request and the URL carry `param=value`, and the list went back to its first page. */
    filterApplied: async (router: Parameters<typeof routerSearch>[0], param: string, value: string) => {
      await waitFor(() => expect(lastRequest().searchParams.get(param)).toBe(value));
      expect(routerSearch(router).get(param)).toBe(value);
      expect(routerSearch(router).get('page')).toBeNull();
    },
    /** The search parameters of the list request, once one has gone out. */
    requestSent: async () => {
      await waitFor(() => expect(requests.length).toBeGreaterThan(0));
      return lastRequest().searchParams;
    },
    /**
     * Clicks the sort button of `column`: the request and the URL then carry `o=order`, the
     * column reads as sorted descending, and `unsortable` (the server cannot order by it) has no
     * sort button.
     */
    sortsOnServer: async (
      user: UserEvent,
      router: Parameters<typeof routerSearch>[0],
      { column, order, unsortable }: { column: RegExp; order: string; unsortable: string },
    ) => {
      await user.click(screen.getByRole('button', { name: column }));
      await waitFor(() => expect(lastRequest().searchParams.get('o')).toBe(order));
      expect(routerSearch(router).get('o')).toBe(order);
      expect(screen.getByRole('columnheader', { name: column })).toHaveAttribute('aria-sort', 'descending');
      expect(within(screen.getByRole('columnheader', { name: unsortable })).queryByRole('button')).toBeNull();
    },
  };
}
