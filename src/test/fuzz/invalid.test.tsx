import { screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as arb from './arbitraries';
import {
  API_PATH,
  configureFuzz,
  type Endpoint,
  pageFailed,
  PAGES,
  renderPage,
  RUNS,
  serve,
  watchConsole,
} from './pages';

configureFuzz();
vi.setConfig({ testTimeout: 240_000 });

/** The overview's two sections; every other page has one data section. */
const OVERVIEW_SECTION: Partial<Record<Endpoint, () => HTMLElement>> = {
  budget: () => screen.getByRole('region', { name: 'Token budget today' }),
  kpi: () => screen.getByRole('region', { name: 'Key figures' }),
};

describe('a generated invalid payload becomes an error naming the endpoint and the field, in its section only', () => {
  for (const page of PAGES) {
    for (const [endpoint, shape] of Object.entries(page.shapes) as [
      Endpoint,
      { schema: string; list: boolean },
    ][]) {
      it(`${page.name}: ${endpoint}`, async () => {
        const corruptions = arb.CORRUPTIONS[shape.schema];
        const consoleOutput = watchConsole();
        await fc.assert(
          fc.asyncProperty(
            page.data,
            fc.nat(),
            fc.nat({ max: corruptions.length - 1 }),
            async (responses, row, which) => {
              const body = responses[endpoint];
              fc.pre(!shape.list || (Array.isArray(body) && body.length > 0));
              const index = Array.isArray(body) ? row % body.length : undefined;
              const { body: broken, field } = arb.corrupt(body, corruptions[which], index);
              serve({ ...responses, [endpoint]: broken });
              consoleOutput.clear();
              const view = renderPage(page.path);
              try {
                const named = await screen.findAllByText(
                  new RegExp(`Endpoint: ${API_PATH[endpoint]}$`),
                  {},
                  { timeout: 10_000 },
                );
                const home = OVERVIEW_SECTION[endpoint];
                // On the overview the KPI query also feeds the charts: each of them says so too.
                const alert = (
                  home ? named.find((element) => home().contains(element)) : named[0]
                ) as HTMLElement;
                const section = alert.closest('[role="alert"]') as HTMLElement;
                expect(section.textContent).toContain(`(field “${field}”)`);
                expect(section.textContent).toContain(API_PATH[endpoint]);
                expect(within(section).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
                expect(pageFailed()).toBe(false);
                // The rest of the page still renders: the app shell, and on the overview the other section.
                expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
                const other = Object.entries(OVERVIEW_SECTION).find(([name]) => name !== endpoint)?.[1];
                if (page.name === 'overview' && other) {
                  await waitFor(() => {
                    expect(within(other()).queryByRole('alert')).toBeNull();
                    expect(within(other()).queryAllByRole('status', { name: /^Loading/i })).toEqual([]);
                    expect(other().textContent).toMatch(/\d/);
                  });
                }
              } finally {
                view.unmount();
              }
              // A bad payload is an error the section shows, not one React has to report.
              expect(consoleOutput.lines(), 'nothing on console.error or console.warn').toEqual([]);
            },
          ),
          // A property that outlives its test would keep replacing the handlers of the next one.
          {
            numRuns: Math.max(5, Math.round(RUNS / 2)),
            interruptAfterTimeLimit: 180_000,
            markInterruptAsFailure: true,
          },
        );
      });
    }
  }
});
