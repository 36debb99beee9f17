import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { budgetSchema } from '@/api/schemas/budget';
import { conversationSchema } from '@/api/schemas/conversation';
import { feedbackSchema } from '@/api/schemas/feedback';
import { interactionSchema } from '@/api/schemas/interaction';
import { userAggregateSchema } from '@/api/schemas/user-aggregate';
import { kpiResponseSchema } from '@/features/kpi/api/schema';
import { stubLayout } from '@/test/layout';
import * as arb from './arbitraries';
import { configureFuzz, pageFailed, PAGES, renderPage, RUNS, serve, settled, watchConsole } from './pages';

configureFuzz();
vi.setConfig({ testTimeout: 240_000 });

describe('the arbitraries make valid payloads', () => {
  const cases = [
    ['interaction', arb.interaction(), interactionSchema],
    ['feedback', arb.feedback, feedbackSchema],
    ['conversation', arb.conversation, conversationSchema],
    ['user aggregate', arb.userAggregate, userAggregateSchema],
    ['kpi', arb.kpi, kpiResponseSchema],
    ['budget', arb.budget, budgetSchema],
  ] as const;
  for (const [name, arbitrary, schema] of cases) {
    it(name, () => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (value) => {
          const result = schema.safeParse(value);
          expect(result.success ? [] : result.error.issues.slice(0, 2)).toEqual([]);
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe('generated valid payloads render every page without throwing', () => {
  let restoreLayout = () => undefined as void;
  let consoleOutput: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    // The transcript is virtualised: give rows a size so turns actually render.
    restoreLayout = stubLayout({ itemHeight: 400, viewportHeight: 4000 });
    consoleOutput = watchConsole();
  });
  afterEach(() => restoreLayout());

  for (const page of PAGES) {
    it(page.name, async () => {
      await fc.assert(
        fc.asyncProperty(page.data, async (responses) => {
          serve(responses);
          consoleOutput.clear();
          const view = renderPage(page.path);
          try {
            await settled(page.ready);
            expect(pageFailed(), 'the route error boundary caught a render error').toBe(false);
            // Valid data never shows a section error.
            expect(document.body.textContent).not.toMatch(/Could not load/);
          } finally {
            view.unmount();
          }
          expect(consoleOutput.lines(), 'nothing on console.error or console.warn').toEqual([]);
        }),
        // A property that outlives its test would keep replacing the handlers of the next one.
        { numRuns: RUNS, interruptAfterTimeLimit: 180_000, markInterruptAsFailure: true },
      );
    });
  }
});
