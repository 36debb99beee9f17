import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { LONG_WORD } from '../mocks/content/hostile';
import { feedbackJson } from '../mocks/factories/feedback';
import { HOSTILE_MARKDOWN, HOSTILE_STRINGS } from '../mocks/factories/hostile-text';
import { turnJson } from '../mocks/factories/turn';
import type { TranscriptPage } from './pages/transcript';

const HOSTILE_TURNS = [
  turnJson({
    session_id: 'e2e-hostile',
    user_input: `${HOSTILE_STRINGS.join('\n')}\n${LONG_WORD}`,
    is_flagged: true,
    severity: 'high',
    action_taken: 'flag',
    injection_categories: ['tag_injection', 'tag_injection'],
    warning: HOSTILE_STRINGS[1],
    assistant_blocks: [
      { key: 'markdown', content: HOSTILE_MARKDOWN },
      {
        key: 'tool',
        tool: { name: 'search_offerings', arguments: { q: HOSTILE_STRINGS[0] }, summary: HOSTILE_STRINGS[2] },
        result: {
          key: 'homeport_nav',
          links: [
            { label: HOSTILE_STRINGS[1], url: 'javascript:alert("nav")', subtitle: HOSTILE_STRINGS[3] },
            {
              label: 'Real offering',
              url: '/marketplace-public-offering/abc/',
              description_excerpt: LONG_WORD,
            },
          ],
        },
      },
      {
        key: 'ask_user_form',
        questions: [{ question: HOSTILE_STRINGS[0], options: [{ label: HOSTILE_STRINGS[2] }] }],
      },
      { key: 'code', content: HOSTILE_STRINGS.join('\n'), tag: 'html' },
      { key: 'vm_order', payload: HOSTILE_STRINGS[1] },
    ],
    feedback: feedbackJson({
      interaction_uuid: '00000000-0000-4000-8000-000000000001',
      score: -1,
      category: 'other',
      comment: HOSTILE_STRINGS.join(' '),
      llm_resolution_score: 1,
      llm_summary: HOSTILE_STRINGS[8],
      llm_hallucination_detected: true,
      llm_hallucination_details: HOSTILE_STRINGS[1],
      llm_reviewed_at: '2026-07-21T03:00:00Z',
    }),
  }),
];

/** Loads the app once so the page can call the mock API with its token. */
async function ready(transcript: TranscriptPage): Promise<void> {
  await transcript.page.goto('/');
  await expect(transcript.page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

test.describe('transcript', () => {
  test('opens a long transcript, keeps the DOM small, reaches the last turn', async ({
    page,
    transcript,
  }) => {
    await ready(transcript);
    const longest = await transcript.longestSession();
    expect(longest.message_count).toBeGreaterThanOrEqual(200);

    await transcript.goto(longest.session_id);
    await expect(transcript.heading).toBeVisible();
    await expect(page).toHaveTitle(/^Conversation .* · Assistant Analytics$/);
    await expect(transcript.turns).toHaveAccessibleName(`Turns (${longest.message_count})`);
    await expect(transcript.turn(1)).toBeVisible();
    await expect(transcript.verdict).toBeVisible();
    const nodes = await transcript.domNodeCount();
    test.info().annotations.push({
      type: 'dom-nodes',
      description: `${longest.message_count} turns: ${nodes} elements`,
    });
    expect(nodes).toBeLessThan(4000);
    expect(await transcript.articles.count()).toBeLessThan(30);

    // Zero serious/critical accessibility violations, in both themes.
    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }

    await transcript.lastTurnButton.click();
    const last = transcript.turn(longest.message_count);
    await expect(last).toBeInViewport();
    await expect(last).toBeFocused();
    expect(await transcript.domNodeCount()).toBeLessThan(4000);

    // End works from the keyboard too, after going back to the top.
    await page.keyboard.press('Home');
    await expect(transcript.turn(1)).toBeInViewport();
    await page.keyboard.press('End');
    await expect(last).toBeInViewport();
  });

  test('a long transcript shows its first turns while the whole conversation is slow', async ({
    page,
    transcript,
  }) => {
    await ready(transcript);
    const longest = await transcript.longestSession();
    await page.clock.install();
    // `stall`: the whole conversation never arrives, so a busy machine cannot let it in before
    // the checks below are done.
    await page.goto(`/sessions/${encodeURIComponent(longest.session_id)}?fault=by-session:stall`);
    await expect(transcript.turns).toHaveAccessibleName(`Turns (first 10 of ${longest.message_count})`);
    await expect(transcript.turn(1)).toBeVisible();
    await expect(page.getByText(`The first 10 of ${longest.message_count} turns are shown`)).toBeVisible();
    await transcript.findInput.fill('gpu');
    await expect(transcript.findStatus).toHaveText('Counted when every turn has loaded');
    await expect(transcript.nextMatch).toBeDisabled();
    await expect(transcript.exportMarkdown).toBeDisabled();
    await expect(transcript.lastTurnButton).toBeDisabled();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);

    // Slow: the notice and Cancel stand below the first turns, which stay.
    await page.clock.fastForward(6_000);
    const main = page.getByRole('main');
    await expect(main.getByText('Still loading this conversation…')).toBeVisible();
    if (process.env.E2E_SHOTS) {
      await page.screenshot({ path: `${process.env.E2E_SHOTS}/partial-top.png` });
      await main.getByText('Still loading this conversation…').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${process.env.E2E_SHOTS}/partial-bottom.png` });
    }
    await main.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(main.getByText('Loading this conversation was cancelled.')).toBeVisible();
    await expect(transcript.turns).toHaveAccessibleName(`Turns (first 10 of ${longest.message_count})`);
    await expect(transcript.articles.first()).toBeVisible();
  });

  test('find highlights, counts and moves to the next match', async ({ page, transcript }) => {
    await ready(transcript);
    const longest = await transcript.longestSession();
    await transcript.goto(longest.session_id);
    await expect(transcript.turn(1)).toBeVisible();

    await page.keyboard.press('/');
    await expect(transcript.findInput).toBeFocused();
    await transcript.findInput.fill('gpu');
    await expect(transcript.findStatus).toHaveText(/^1 of \d[\d,]*$/);
    const total = Number((await transcript.findStatus.textContent())?.split(' of ')[1].replace(/,/g, ''));
    expect(total).toBeGreaterThan(2);
    await expect(transcript.currentMatch).toBeInViewport();
    await expect(transcript.currentMatch).toHaveText(/gpu/i);

    await page.keyboard.press('Enter');
    await expect(transcript.findStatus).toHaveText(`2 of ${total.toLocaleString('en-GB')}`);
    await expect(transcript.currentMatch).toBeInViewport();
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    // Wraps to the last match, which may be hundreds of turns down (virtualised).
    await expect(transcript.findStatus).toHaveText(
      `${total.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`,
    );
    await expect(transcript.currentMatch).toBeInViewport();
    await transcript.nextMatch.click();
    await expect(transcript.findStatus).toHaveText(`1 of ${total.toLocaleString('en-GB')}`);
    await expect(transcript.currentMatch).toBeInViewport();
  });

  test('?turn= lands on the turn; j/k move and keep the URL in step', async ({ page, transcript }) => {
    await ready(transcript);
    const longest = await transcript.longestSession();
    const turns = await transcript.sessionTurns(longest.session_id);
    const target = turns[180];

    await transcript.goto(longest.session_id, target.uuid);
    const article = transcript.turn(181);
    await expect(article).toBeInViewport();
    await expect(article).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`\\?turn=${turns[181].uuid}$`));
    await expect(transcript.turn(182)).toBeInViewport();
    await expect(transcript.turn(182)).toBeFocused();
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await expect(page).toHaveURL(new RegExp(`\\?turn=${turns[179].uuid}$`));
    await expect(transcript.selectedTurn).toHaveAccessibleName(/^Turn 180 of/);
    await expect(transcript.turn(180)).toBeInViewport();

    // Selection replaced the history entry: Back leaves the transcript.
    await page.goBack();
    await expect(page).not.toHaveURL(/\/sessions\//);

    await transcript.goto(longest.session_id);
    await expect(transcript.turn(1)).toBeVisible();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('exports Markdown and JSON downloads of the whole conversation', async ({
    transcript,
    captureDownload,
  }) => {
    await ready(transcript);
    const longest = await transcript.longestSession();
    await transcript.goto(longest.session_id);
    await expect(transcript.turn(1)).toBeVisible();

    const md = await captureDownload(() => transcript.exportMarkdown.click());
    expect(md.filename).toMatch(/^conversation-.+\.md$/);
    const markdown = md.text;
    expect(markdown).toContain(`# Conversation `);
    expect(markdown).toContain(`## Turn 1 of ${longest.message_count} — `);
    expect(markdown).toContain(`## Turn ${longest.message_count} of ${longest.message_count} — `);
    expect(markdown).toContain('- IP addresses: [hidden]');

    const json = await captureDownload(() => transcript.exportJson.click());
    expect(json.filename).toMatch(/^conversation-.+\.json$/);
    const parsed = JSON.parse(json.text) as {
      session_id: string;
      turns: { ip_address: string | null }[];
    };
    expect(parsed.session_id).toBe(longest.session_id);
    expect(parsed.turns).toHaveLength(longest.message_count);
    expect(parsed.turns.every((t) => t.ip_address === null || t.ip_address === '[hidden]')).toBe(true);
  });

  test('on paper: the turns without the controls (copy, find, export)', async ({ page, transcript }) => {
    await ready(transcript);
    const longest = await transcript.longestSession();
    await transcript.goto(longest.session_id);
    await expect(transcript.turns).toHaveAccessibleName(`Turns (${longest.message_count})`);
    const copy = page.getByRole('button', { name: /^Copy / });
    await expect(copy.first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(transcript.turn(1)).toBeVisible();
    for (const button of await copy.all()) await expect(button).toBeHidden();
    await expect(transcript.findInput).toBeHidden();
    await expect(transcript.exportMarkdown).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(copy.first()).toBeVisible();
  });

  test('/interactions/:uuid opens the transcript at that turn; an unknown uuid says so', async ({
    page,
    transcript,
  }) => {
    await ready(transcript);
    const longest = await transcript.longestSession();
    const turns = await transcript.sessionTurns(longest.session_id);
    const target = turns[120];

    await page.goto(`/interactions/${target.uuid}`);
    await expect(page).toHaveURL(
      `/sessions/${encodeURIComponent(longest.session_id)}?turn=${encodeURIComponent(target.uuid)}`,
    );
    await expect(transcript.turn(121)).toBeInViewport();
    await expect(transcript.selectedTurn).toHaveAccessibleName(/^Turn 121 of/);

    await page.goto('/interactions/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'No such turn' })).toBeVisible();
    await page.getByRole('link', { name: 'turns list' }).click();
    await expect(page).toHaveURL(/\/interactions$/);

    await transcript.goto('no-such-session-id');
    await expect(page.getByText('No conversation with this id')).toBeVisible();
  });

  test('hostile content shows as text and nothing runs', async ({ page, transcript }) => {
    await ready(transcript);
    const hostile = await transcript.firstTurnMatching('onerror');
    expect(hostile, 'the fixtures hold a turn with an event-handler attribute').toBeDefined();
    const turns = await transcript.sessionTurns(hostile!.session_id);
    await transcript.goto(hostile!.session_id, hostile!.uuid);
    const index = turns.findIndex((t) => t.uuid === hostile!.uuid);
    const article = transcript.turn(index + 1);
    await expect(article).toBeInViewport();
    await expect(article.getByText(hostile!.user_input, { exact: true })).toBeVisible();

    const main = page.getByRole('main');
    // App icons are SVG (marked `data-app-icon`); nothing else in the turns may be.
    expect(
      await transcript.turns.locator('img, script, iframe, svg:not([data-app-icon]), object, embed').count(),
    ).toBe(0);
    const unsafe = await page.evaluate(() => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll('main *')) {
        for (const name of el.getAttributeNames())
          if (name.startsWith('on')) bad.push(`${el.tagName}[${name}]`);
        const url = (el.getAttribute('href') ?? el.getAttribute('src') ?? '')
          .replace(/\s/g, '')
          .toLowerCase();
        if (/^(javascript|data|vbscript):/.test(url)) bad.push(`${el.tagName} ${url}`);
      }
      return bad;
    });
    expect(unsafe).toEqual([]);
    for (const link of await main.locator('a[target="_blank"]').all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    // No dialog opened: the fixture fails the test on any dialog or page error.
  });

  test('a hostile corpus shows as text: nothing runs, loads or overflows', async ({ page, transcript }) => {
    await transcript.stubSession('e2e-hostile', HOSTILE_TURNS);
    await transcript.goto('e2e-hostile');
    const article = transcript.turn(1);
    await expect(article).toBeVisible();
    await expect(
      article.getByText('<script>alert("xss-script")</script>', { exact: false }).first(),
    ).toBeVisible();
    await expect(article.getByText('md link', { exact: false })).toBeVisible();

    const report = await page.evaluate(() => {
      const bad: string[] = [];
      const main = document.querySelector('main') as HTMLElement;
      for (const el of main.querySelectorAll('*')) {
        for (const name of el.getAttributeNames())
          if (name.startsWith('on')) bad.push(`${el.tagName}[${name}]`);
        const url = (el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
          .replace(/\s/g, '')
          .toLowerCase();
        if (/^(javascript|data|vbscript):/.test(url)) bad.push(`${el.tagName} ${url}`);
      }
      const list = document.querySelector('ol') as HTMLElement;
      return {
        bad,
        active: list.querySelectorAll(
          'script, iframe, img, svg:not([data-app-icon]), style, object, embed, form, math',
        ).length,
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        bodyHidden: getComputedStyle(document.body).display === 'none',
      };
    });
    expect(report).toEqual({ bad: [], active: 0, pageOverflow: 0, bodyHidden: false });
    await expect(transcript.verdict.getByText(HOSTILE_STRINGS[8])).toBeVisible();
  });

  test('a 3,000-turn transcript stays small in the DOM; find and End reach far turns', async ({
    page,
    transcript,
  }) => {
    await transcript.stubSession('e2e-3000', [turnJson({ session_id: 'e2e-3000' })], 3000);
    await transcript.goto('e2e-3000');
    await expect(transcript.turns).toHaveAccessibleName('Turns (3,000)');
    await expect(transcript.turn(1)).toBeVisible();
    const nodes = await transcript.domNodeCount();
    test.info().annotations.push({ type: 'dom-nodes', description: `3,000 turns: ${nodes} elements` });
    expect(nodes).toBeLessThan(4000);

    await transcript.findInput.fill('needle');
    await expect(transcript.findStatus).toHaveText('1 of 1');
    await expect(transcript.currentMatch).toBeInViewport();
    await expect(transcript.currentMatch.locator('xpath=ancestor::article')).toHaveAccessibleName(
      /^Turn 2501 of 3000/,
    );

    await transcript.findInput.press('Escape');
    await transcript.findInput.press('Escape');
    await page.keyboard.press('End');
    await expect(transcript.turn(3000)).toBeInViewport();
    expect(await transcript.domNodeCount()).toBeLessThan(4000);
  });
});
