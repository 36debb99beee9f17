import { readFile } from 'node:fs/promises';
import { test as base, expect, type Page } from '@playwright/test';
import { DEMO_TOKENS } from '../mocks/tokens';
import { ConversationsPage, FeedbackListPage, TurnsReviewPage } from './pages/lists';
import { OverviewPage } from './pages/overview';
import { SignInPage } from './pages/sign-in';
import { TranscriptPage } from './pages/transcript';
import { VisitorPage, VisitorsPage } from './pages/visitors';

type MockControl = {
  setScenario: (name: string) => Promise<void>;
  setFaults: (faults: Record<string, string>) => Promise<void>;
  expireToken: (token: string) => Promise<void>;
};

/** A file the page saved: its suggested name and its text (without Excel's byte-order mark). */
type SavedFile = { filename: string; text: string };

/** Every page object, one fixture each: specs ask for the pages they use by name. */
type PageObjects = {
  signIn: SignInPage;
  overview: OverviewPage;
  visitors: VisitorsPage;
  visitor: VisitorPage;
  conversations: ConversationsPage;
  transcript: TranscriptPage;
  turns: TurnsReviewPage;
  feedback: FeedbackListPage;
};

type Fixtures = PageObjects & {
  mocks: MockControl;
  /** Runs `action` and returns the one file it made the page save. */
  captureDownload: (action: () => Promise<unknown>) => Promise<SavedFile>;
  /** Page errors and console errors seen during the test; the test fails on unexpected ones. */
  pageErrors: string[];
  /**
   * Content-Security-Policy violations (`securitypolicyviolation` events, every document of the
   * test); the test fails on any. The page also keeps its own list in `window.__cspViolations`.
   */
  cspViolations: string[];
};

export const tokens = DEMO_TOKENS;

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('dialog', (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use(errors);
      expect(errors, 'no uncaught errors or dialogs').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeBinding('__waaReportCsp', (_source, text: string) => void violations.push(text));
      await page.addInitScript(() => {
        const w = window as unknown as {
          __cspViolations?: string[];
          __waaReportCsp?: (text: string) => void;
        };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          const text = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || document.location.pathname}:${event.lineNumber}`;
          w.__cspViolations?.push(text);
          void w.__waaReportCsp?.(text);
        });
      });
      await use(violations);
      expect(violations, 'no Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  signIn: async ({ page }, use) => use(new SignInPage(page)),
  overview: async ({ page }, use) => use(new OverviewPage(page)),
  visitors: async ({ page }, use) => use(new VisitorsPage(page)),
  visitor: async ({ page }, use) => use(new VisitorPage(page)),
  conversations: async ({ page }, use) => use(new ConversationsPage(page)),
  transcript: async ({ page }, use) => use(new TranscriptPage(page)),
  turns: async ({ page }, use) => use(new TurnsReviewPage(page)),
  feedback: async ({ page }, use) => use(new FeedbackListPage(page)),
  mocks: async ({ page }, use) => use(mockControl(page)),
  captureDownload: async ({ page }, use) =>
    use(async (action) => {
      const [download] = await Promise.all([page.waitForEvent('download'), action()]);
      const text = await readFile((await download.path()) ?? '', 'utf8');
      return { filename: download.suggestedFilename(), text: text.replace(/^\uFEFF/, '') };
    }),
});

function mockControl(page: Page): MockControl {
  const call = (method: string, ...args: unknown[]) =>
    page.evaluate(
      ([m, a]) => {
        const mocks = (window as unknown as { __waaMocks: Record<string, (...x: unknown[]) => unknown> })
          .__waaMocks;
        return void mocks[m as string](...(a as unknown[]));
      },
      [method, args] as const,
    );
  return {
    setScenario: (name) => call('setScenario', name),
    setFaults: (faults) => call('setFaults', faults),
    expireToken: (token) => call('expireToken', token),
  };
}

export { expect };
