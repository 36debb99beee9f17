import type { Page } from '@playwright/test';
import {
  FORBIDDEN_URL,
  HOSTILE_PAYLOADS,
  HOSTILE_SESSION_IDS,
  HOSTILE_SLUGS,
  HOSTILE_TURNS,
  SENTINEL,
  UNADDRESSABLE_IDS,
  VISIBLE_MARKERS,
} from '../mocks/content/hostile';
import { expect, test } from './fixtures';

/**
 * Hostile content on every page (issue 6 §1): the `hostile` scenario puts the corpus of
 * mocks/content/hostile.ts into every text field. Nothing may run (no dialog, the sentinel stays
 * unset), nothing may become live markup (no event-handler attributes, no forbidden URLs, no
 * frames or plugins), nothing may load from elsewhere, and the text is still shown as text.
 */

type Finding = { tag: string; attribute: string; value: string };

/** Scans the live DOM (light DOM, SVG and MathML included) for anything that could execute or load. */
async function dangerousMarkup(page: Page): Promise<Finding[]> {
  return page.evaluate(
    (forbidden) => {
      const pattern = new RegExp(forbidden.source, forbidden.flags);
      // What the browser's URL parser would see: C0 controls and spaces trimmed, tabs and newlines removed.
      // eslint-disable-next-line no-control-regex
      const normalize = (value: string) => value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
      const findings: { tag: string; attribute: string; value: string }[] = [];
      const root = document.getElementById('root') ?? document.body;
      for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
        const tag = element.tagName.toLowerCase();
        if (
          [
            'script',
            'iframe',
            'object',
            'embed',
            'frame',
            'frameset',
            'base',
            'meta',
            'link',
            'portal',
          ].includes(tag)
        )
          findings.push({ tag, attribute: '(element)', value: element.outerHTML.slice(0, 120) });
        for (const attribute of Array.from(element.attributes)) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on') || name === 'srcdoc' || name === 'formaction')
            findings.push({ tag, attribute: name, value: attribute.value.slice(0, 120) });
          if (
            ['href', 'src', 'action', 'data', 'xlink:href', 'poster', 'background', 'codebase'].includes(name)
          ) {
            const value = normalize(attribute.value);
            // Object URLs only exist for a moment while a download is saved.
            if (
              pattern.test(value) ||
              (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^(https?|mailto|blob):/i.test(value))
            )
              findings.push({ tag, attribute: name, value: value.slice(0, 120) });
          }
          if (tag === 'img' && name === 'src' && !/^(data:|blob:|\/)/.test(attribute.value))
            findings.push({ tag, attribute: name, value: attribute.value.slice(0, 120) });
        }
      }
      return findings;
    },
    { source: FORBIDDEN_URL.source, flags: FORBIDDEN_URL.flags },
  );
}

async function expectNothingRan(page: Page): Promise<void> {
  const state = await page.evaluate((name) => {
    const w = window as unknown as Record<string, unknown>;
    return { sentinel: w[name] ?? null, title: document.title };
  }, SENTINEL);
  expect(state.sentinel, 'no payload executed').toBeNull();
  expect(await dangerousMarkup(page), 'no live markup from API text').toEqual([]);
}

/** Requests that leave the app's origin (tracking pixels, remote stylesheets, scripts). */
function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !url.protocol.startsWith('blob') &&
      !url.protocol.startsWith('data')
    )
      foreign.push(request.url());
  });
  return foreign;
}

test.describe('hostile content', () => {
  test.describe.configure({ timeout: 60_000 });

  test.beforeEach(async ({ page, overview }) => {
    await page.goto('/?scenario=hostile');
    // The mock worker stores the scenario for the tab once it has started.
    await expect(overview.heading).toBeVisible();
  });

  test('the corpus is big and varied enough to mean something', () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(60);
  });

  test('overview: intents and figures from hostile data stay text', async ({ page, overview }) => {
    const foreign = watchForeignRequests(page);
    await expect(overview.heading).toBeVisible();
    await expect(overview.kpi('Turns')).toContainText(String(HOSTILE_TURNS));
    await expect(overview.chartFigure(overview.intentChart)).toHaveAccessibleName(/onerror=top/);
    await overview.showNumbers(overview.intentChart);
    const numbers = overview.intentChart.getByRole('table');
    await expect(numbers.getByText(VISIBLE_MARKERS.intent, { exact: true })).toBeVisible();
    await expect(numbers).toContainText('constructor');
    await expectNothingRan(page);
    expect(foreign).toEqual([]);
  });

  test('visitors and one visitor: hostile slugs, session ids and IPs', async ({ page }) => {
    const foreign = watchForeignRequests(page);
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Visitors' })).toBeVisible();
    const table = page.getByRole('table').first();
    await expect(table.getByRole('row')).toHaveCount(HOSTILE_SLUGS.length + 1);
    // Slugs are shortened in the table; the full value is one hover away.
    await expect(table.getByText(VISIBLE_MARKERS.slug.slice(0, 6)).first()).toBeVisible();
    await expectNothingRan(page);

    await page.goto(`/users/${encodeURIComponent(HOSTILE_SLUGS[0])}`);
    await expect(page.getByText(VISIBLE_MARKERS.slug).first()).toBeVisible();
    const reveal = page.getByRole('button', { name: /reveal/i }).first();
    if (await reveal.isVisible()) await reveal.click();
    await expect(page.getByText(HOSTILE_SESSION_IDS[0].slice(0, 6)).first()).toBeVisible();
    await expectNothingRan(page);
    expect(foreign).toEqual([]);
  });

  test('conversations: hostile session ids, slugs and model names; links are encoded', async ({ page }) => {
    await page.goto('/sessions');
    await expect(page.getByRole('heading', { level: 1, name: 'Conversations' })).toBeVisible();
    const table = page.getByRole('table').first();
    // The rows themselves, not the loading skeleton's: their links.
    await expect(table.locator('a[href^="/sessions/"]').first()).toBeVisible();
    await expectNothingRan(page);
    const hrefs = await table
      .locator('a[href^="/sessions/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    // One path segment each: the id is percent-encoded, never a second path or a query of its
    // own (the review context `from` is the list's fingerprint).
    for (const href of hrefs)
      expect(href, href).toMatch(/^\/sessions\/[^/?#<>"`\s]+(\?turn=[^/#<>"\s&]+)?([?&]from=[0-9a-z]+)?$/);
  });

  test('transcript: every block kind with hostile content renders as text', async ({ page }) => {
    const foreign = watchForeignRequests(page);
    await page.goto(`/sessions/${encodeURIComponent(HOSTILE_SESSION_IDS[0])}`);
    const turns = page.getByRole('list', { name: /^Turns \(/ });
    await expect(turns).toBeVisible();
    await expect(turns.getByText(VISIBLE_MARKERS.message, { exact: true }).first()).toBeVisible();
    await expectNothingRan(page);
    // Open every inspector (raw JSON, tool calls) so what they render is checked too.
    for (const summary of await page.locator('details:not([open]) > summary').all()) {
      if (await summary.isVisible()) await summary.click();
    }
    const find = page.getByRole('searchbox', { name: 'Find in transcript' });
    await find.fill('<script>');
    await expect(page.getByRole('search').getByRole('status')).toContainText(/\d/);
    await expectNothingRan(page);
    expect(foreign).toEqual([]);
  });

  test('transcript of every hostile session id, addressable or not', async ({ page }) => {
    const lookups: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/by-session/')) lookups.push(new URL(request.url()).pathname);
    });
    for (const id of [...HOSTILE_SESSION_IDS.slice(1), ...UNADDRESSABLE_IDS]) {
      await page.goto(`/sessions/${encodeURIComponent(id)}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Long ids are shortened on screen, with the full value a hover or a copy away.
      await expect(page.getByText(id.slice(0, 10)).first()).toBeVisible();
      await expectNothingRan(page);
    }
    // `[^/.]+` on the server: an id with a dot or a slash is never sent, so never traverses paths.
    expect(new Set(lookups).size).toBe(HOSTILE_SESSION_IDS.length - 1);
    for (const path of lookups)
      expect(path).toMatch(/^\/api\/anonymous-chat-interactions\/by-session\/[^/.]+\/$/);
  });

  test('turns review and one turn: messages, badges and feedback', async ({ page }) => {
    const foreign = watchForeignRequests(page);
    await page.goto('/interactions?page_size=100');
    await expect(page.getByRole('heading', { level: 1, name: 'Turns review' })).toBeVisible();
    const table = page.getByRole('table').first();
    await expect(table.getByText('<script>top.__pwned=1</script>').first()).toBeVisible();
    await expectNothingRan(page);
    const link = table.getByRole('row').nth(1).getByRole('link').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/(sessions|interactions)\//);
    const uuid = await page.evaluate(async () => {
      const token = sessionStorage.getItem('waa.token');
      const response = await fetch('/api/anonymous-chat-interactions/?page_size=20', {
        headers: { Authorization: `Token ${token}` },
      });
      const rows = (await response.json()) as { uuid: string; session_id: string }[];
      return rows.find((row) => !/[./]/.test(row.session_id))?.uuid;
    });
    await page.goto(`/interactions/${uuid}`);
    await expect(page.getByRole('list', { name: /^Turns \(/ })).toBeVisible();
    await expect(page).toHaveURL(/\/sessions\/.+\?turn=/);
    await expectNothingRan(page);
    expect(foreign).toEqual([]);
  });

  test('feedback: comments, categories, judge summaries and intents', async ({ page }) => {
    await page.goto('/feedback?page_size=100');
    await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Feedback' });
    await expect(table.getByText(VISIBLE_MARKERS.category, { exact: true }).first()).toBeVisible();
    await expect(table.getByText(VISIBLE_MARKERS.comment, { exact: true }).first()).toBeVisible();
    await expectNothingRan(page);
  });
});

test('the build carries the CSP, and the detector reports an inline script', async ({
  page,
  overview,
  cspViolations,
}) => {
  const response = await page.goto('/');
  await expect(overview.heading).toBeVisible();
  // The <meta> of the built index.html (the MSW worker runs under it), and the header a
  // deployment sends (vite preview sends it like nginx would, with frame-ancestors).
  const meta =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expect(meta).toContain("script-src 'self'");
  expect(meta).toContain("connect-src 'self'");
  expect(meta).toContain("object-src 'none'");
  expect(meta).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations[0]).toContain('script-src');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
  // The violation was this test's own doing.
  cspViolations.length = 0;
});

test('the DOM scanner finds planted markup (so a clean scan means something)', async ({
  page,
  overview,
  cspViolations,
}) => {
  await overview.goto();
  await expect(overview.heading).toBeVisible();
  await page.evaluate(() => {
    const planted = document.createElement('div');
    planted.id = 'planted';
    planted.innerHTML =
      '<a href="javascript:void 0" onclick="void 0">a</a><img src="https://evil.example/p.gif" onerror="void 0">' +
      '<svg><a href=" data:text/html,x"><text>s</text></a></svg><form action="vbscript:x"></form><iframe></iframe>';
    document.getElementById('root')?.append(planted);
  });
  const findings = await dangerousMarkup(page);
  expect(findings.map((finding) => `${finding.tag} ${finding.attribute}`)).toEqual(
    expect.arrayContaining([
      'a href',
      'a onclick',
      'img src',
      'img onerror',
      'form action',
      'iframe (element)',
    ]),
  );
  expect(findings.length).toBeGreaterThanOrEqual(7);
  await page.evaluate(() => document.getElementById('planted')?.remove());
  // The planted remote image is refused by img-src: that report is this test's, not a finding.
  await expect.poll(() => cspViolations.join()).toContain('img-src');
  cspViolations.length = 0;
});
