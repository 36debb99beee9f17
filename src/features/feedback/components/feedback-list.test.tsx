import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildDb } from '@mocks/db';
import { server } from '@mocks/node';
import { captureDownloads } from '@/test/downloads';
import { routerSearch, setupListPage } from '@/test/list-page';
import { renderRoute } from '@/test/render-route';

const LIST_PATH = '/api/anonymous-chat-feedbacks/';

const db = buildDb({ seed: 11, visitors: 60, sessions: 160, days: 30, longSessions: [] });
const { lastRequest, bodyRows, waitForRows, sortsOnServer, openList, requestSent, filterApplied } =
  setupListPage({
    db,
    listPath: LIST_PATH,
    loadPage: () => import('@/pages/feedback'),
    caption: 'Feedback',
  });

describe('Feedback list', () => {
  it('shows the server page, labels judge-only rows and links each row to its turn', async () => {
    await openList('/feedback', 'Feedback');
    const total = db.feedback.length;
    expect(screen.getByText(`${total.toLocaleString('en-GB')} rows in total`)).toBeInTheDocument();
    expect(lastRequest().searchParams.get('o')).toBe('-submitted_at');
    // The server's default order puts judge-only rows (no submission time) first.
    const first = bodyRows()[0];
    const link = within(first).getByRole('link', { name: 'Judge only' });
    const judgeOnly = db.feedback.filter((t) => t.json.feedback?.score === null);
    expect(judgeOnly.map((t) => `/interactions/${t.json.feedback?.interaction_uuid}`)).toContain(
      link.getAttribute('href')?.replace(/\?from=[0-9a-z]+$/, ''),
    );
    expect(document.title).toMatch(/^Feedback/);
  });

  it('sends the filters under the API’s names', async () => {
    renderRoute(
      '/feedback?score=-1&category=inaccurate&submitted_from=2026-01-01&submitted_to=2026-12-31&has_comment=true&o=llm_resolution_score&page_size=100',
    );
    expect(Object.fromEntries(await requestSent())).toEqual({
      score: '-1',
      category: 'inaccurate',
      submitted_from: '2026-01-01',
      submitted_to: '2026-12-31',
      has_comment: 'true',
      o: 'llm_resolution_score',
      page: '1',
      page_size: '100',
    });
    expect(
      await screen.findByRole('button', { name: 'Remove filter Vote: Thumbs down' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/a “Submitted” range shows visitor votes only/)).toBeInTheDocument();
  });

  it('filters by vote from the control, resetting the page', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/feedback?page=2');
    await waitForRows();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vote' }), 'Thumbs down');
    await filterApplied(router, 'score', '-1');
    const down = db.feedback.filter((t) => t.json.feedback?.score === -1).length;
    await waitFor(() =>
      expect(screen.getByText(`${down.toLocaleString('en-GB')} rows match`)).toBeInTheDocument(),
    );
    for (const row of bodyRows()) expect(within(row).getByRole('link')).toHaveTextContent('Thumbs down');
  });

  it('sorts by resolution on the server', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/feedback');
    await waitForRows();
    await sortsOnServer(user, router, {
      column: /Resolution/,
      order: '-llm_resolution_score',
      unsortable: 'Intent',
    });
  });

  it('recovers from a page past the end', async () => {
    const { router } = renderRoute('/feedback?page=50');
    const pageCount = Math.ceil(db.feedback.length / 50);
    await waitFor(() =>
      expect(routerSearch(router).get('page')).toBe(pageCount > 1 ? String(pageCount) : null),
    );
    expect(await screen.findByText(/Page 50 does not exist any more/)).toBeInTheDocument();
  });

  it('shows a 400 next to the filter that caused it', async () => {
    server.use(
      http.get(`*${LIST_PATH}`, () => HttpResponse.json({ score: ['Enter a number.'] }, { status: 400 })),
    );
    renderRoute('/feedback?score=1');
    expect(await screen.findByText('Enter a number.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Vote' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load feedback.');
  });

  it('exports all pages as JSON without voter IPs', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    renderRoute('/feedback?score=1');
    await waitForRows();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Export format' }), 'JSON');
    await user.click(screen.getByRole('button', { name: 'Export all' }));
    const up = db.feedback.filter((t) => t.json.feedback?.score === 1);
    expect(
      await screen.findByText(new RegExp(`Saved ${up.length} rows as feedback-.*\\.json`)),
    ).toBeInTheDocument();
    const rows = JSON.parse(await blobs[0].text()) as Record<string, unknown>[];
    expect(rows).toHaveLength(up.length);
    expect(rows.every((r) => r.score === 1 && !('submitted_from_ip' in r))).toBe(true);
  });
});
