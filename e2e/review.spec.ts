import type { Page } from '@playwright/test';
import { expect, test, tokens } from './fixtures';
import { ConversationsPage, TurnsReviewPage } from './pages/lists';
import { ReviewBar, turnInUrl } from './pages/review';
import { TranscriptPage } from './pages/transcript';

/**
 * The review flow (issue 15): a transcript opened from a list lands on the reason, walks the
 * list in its order across pages, goes back to the same row; read marks; the address bar follows
 * find and j/k; a tab opened from a signed-in tab is signed in.
 */

type Turn = { uuid: string; session_id: string; is_flagged: boolean; severity: string };
const RANK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };

/** The worst flagged turn (highest severity, the earliest of equals), as the transcript picks it. */
function worstTurn(turns: readonly Turn[]): Turn | undefined {
  let best: Turn | undefined;
  for (const turn of turns) {
    if (!turn.is_flagged) continue;
    if (!best || (RANK[turn.severity] ?? 0) > (RANK[best.severity] ?? 0)) best = turn;
  }
  return best;
}

const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);

test.describe('review flow', () => {
  test('from a severity-sorted list, Enter lands on the worst turn; back restores the list and focus', async ({
    page,
  }) => {
    const list = new ConversationsPage(page);
    const transcript = new TranscriptPage(page);
    const review = new ReviewBar(page);
    await list.goto('?o=-max_severity&is_flagged=true');
    // Real rows, not the skeleton's: the third one's link.
    await expect(list.rowLink(list.rows.nth(2))).toBeVisible();

    // The keyboard: j to the third row, Enter.
    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    const href = (await focusedHref(page)) ?? '';
    const sessionId = decodeURIComponent(href.split('?')[0].split('/').pop() ?? '');
    await page.keyboard.press('Enter');
    await expect(transcript.heading).toBeVisible();
    await expect(review.position).toHaveText(/^Conversation 3 of [\d,]+$/);

    const worst = worstTurn(await transcript.sessionTurns(sessionId));
    expect(worst, 'a flagged conversation has a flagged turn').toBeDefined();
    await expect.poll(() => turnInUrl(page)).toBe(worst?.uuid);
    await expect(transcript.selectedTurn).toHaveAttribute('data-turn-uuid', worst?.uuid ?? '');
    await expect(transcript.selectedTurn).toBeInViewport();

    // Back: the same filters and sort, and the row it came from has the focus again.
    await page.keyboard.press('u');
    await expect(page).toHaveURL(/\/sessions\?o=-max_severity&is_flagged=true$/);
    await expect.poll(() => focusedHref(page)).toBe(href);
  });

  test('next and previous walk a server-paged list across a page boundary', async ({ page }) => {
    const list = new TurnsReviewPage(page);
    const review = new ReviewBar(page);
    await list.goto('?page_size=25');
    await expect(list.rows).toHaveCount(25);
    const last = list.rowLink(list.rows.nth(24));
    const lastTurn = new URL((await last.getAttribute('href')) ?? '', 'http://x').searchParams.get('turn');
    await last.click();
    await expect(review.position).toHaveText(/^Turn 25 of [\d,]+$/);

    const transcript = new TranscriptPage(page);
    const [secondPageFirst] = await transcript.api<Turn[]>(
      'anonymous-chat-interactions/?page_size=25&page=2',
    );
    await expect(review.next).toBeVisible();
    await page.keyboard.press(']');
    await expect(review.position).toHaveText(/^Turn 26 of [\d,]+$/);
    await expect.poll(() => turnInUrl(page)).toBe(secondPageFirst.uuid);

    // Back to the list at the page that holds this row, with the row focused.
    await review.back.click();
    await expect(page).toHaveURL(/\/interactions\?page_size=25&page=2$|\/interactions\?page=2&page_size=25$/);
    await expect.poll(() => focusedHref(page)).toContain(secondPageFirst.uuid);

    // And forward again, then Previous over the boundary the other way.
    await list.rowLink(list.rows.first()).click();
    await expect(review.position).toHaveText(/^Turn 26 of /);
    await review.previous.click();
    await expect(review.position).toHaveText(/^Turn 25 of /);
    await expect.poll(() => turnInUrl(page)).toBe(lastTurn);
  });

  test('read marks: shown in every list, kept across reloads, per staff user', async ({ page, signIn }) => {
    const list = new ConversationsPage(page);
    const transcript = new TranscriptPage(page);
    await signIn.goto('/sessions');
    await signIn.signIn(tokens.staff);
    await expect(list.rows.first()).toBeVisible();
    const link = list.rowLink(list.rows.first());
    await expect(link).not.toHaveAccessibleName(/\(read\)$/);
    await link.click();
    await expect(transcript.articles.first()).toBeVisible();
    await page.keyboard.press('u');
    await expect(list.rowLink(list.rows.first())).toHaveAccessibleName(/\(read\)$/);

    await page.reload();
    await expect(list.rowLink(list.rows.first())).toHaveAccessibleName(/\(read\)$/);
    // "Unread only" leaves it out.
    await page.getByRole('combobox', { name: 'Read marks' }).selectOption({ label: 'Unread only' });
    await expect(page).toHaveURL(/unread=true/);
    await expect(list.rows.first().getByRole('link').first()).not.toHaveAccessibleName(/\(read\)$/);
    await page.getByRole('combobox', { name: 'Read marks' }).selectOption({ label: 'Any' });

    // Another staff user in the same browser has their own marks.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn.goto('/sessions');
    await signIn.signIn(tokens.support);
    await expect(list.rows.first()).toBeVisible();
    await expect(list.rowLink(list.rows.first())).not.toHaveAccessibleName(/\(read\)$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn.goto('/sessions');
    await signIn.signIn(tokens.staff);
    await expect(list.rowLink(list.rows.first())).toHaveAccessibleName(/\(read\)$/);

    // Mark as unread, from the transcript.
    await list.rowLink(list.rows.first()).click();
    await page.getByRole('button', { name: 'Mark as unread' }).click();
    await page.goBack();
    await expect(list.rowLink(list.rows.first())).not.toHaveAccessibleName(/\(read\)$/);
  });

  test('the address bar follows j/k and find, replacing history', async ({ page }) => {
    const transcript = new TranscriptPage(page);
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Visitors' })).toBeVisible();
    const longest = await transcript.longestSession();
    const turns = await transcript.sessionTurns(longest.session_id);
    await transcript.goto(longest.session_id);
    await expect(transcript.articles.first()).toBeVisible();
    const historyBefore = await page.evaluate(() => history.length);

    await page.keyboard.press('j');
    await expect.poll(() => turnInUrl(page)).toBe(turns[0].uuid);
    await page.keyboard.press('j');
    await expect.poll(() => turnInUrl(page)).toBe(turns[1].uuid);
    await page.keyboard.press('k');
    await expect.poll(() => turnInUrl(page)).toBe(turns[0].uuid);

    // Find: the address names the turn of the current match, and follows Enter to the next.
    const matchTurn = () =>
      transcript.currentMatch.evaluate(
        (mark) => mark.closest('article')?.getAttribute('data-turn-uuid') ?? null,
      );
    await page.keyboard.press('/');
    await transcript.findInput.fill(turns[turns.length - 1].user_input.slice(0, 24));
    await expect(transcript.currentMatch).toBeVisible();
    const first = await matchTurn();
    await expect.poll(() => turnInUrl(page)).toBe(first);
    await transcript.findInput.fill('the');
    await expect(transcript.currentMatch).toBeVisible();
    const start = await matchTurn();
    await expect.poll(() => turnInUrl(page)).toBe(start);
    await expect(async () => {
      await transcript.findInput.press('Enter');
      expect(await matchTurn()).not.toBe(start);
    }).toPass();
    const moved = await matchTurn();
    await expect.poll(() => turnInUrl(page)).toBe(moved);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  });
});

test.describe('new tabs', () => {
  test('a tab opened from a signed-in tab is signed in; one with no signed-in tab asks for sign-in', async ({
    page,
    signIn,
    browser,
  }) => {
    // No automatic demo sign-in in this tab: it signs in as the support user, without "remember me".
    await signIn.goto('/sessions?scenario=sign-in');
    await signIn.signIn(tokens.support);
    const list = new ConversationsPage(page);
    await expect(list.rows.first()).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('waa.token'))).toBeNull();

    // Ctrl+click on a row: a new tab, in the same browser.
    const opened = page.context().waitForEvent('page');
    await list.rowLink(list.rows.first()).click({ modifiers: ['Control'] });
    const tab = await opened;
    await expect(tab.getByRole('heading', { level: 1, name: 'Conversation' })).toBeVisible();
    // Signed in as the support user of the first tab (the demo's own sign-in would be staff),
    // with the list it came from.
    await expect(tab.getByText('Mart Kask')).toBeVisible();
    await expect(new ReviewBar(tab).position).toHaveText(/^Conversation 1 of /);
    expect(new URL(tab.url()).search).not.toContain(tokens.support);
    await tab.close();

    // A browser with no signed-in tab: the sign-in page, as before.
    const other = await browser.newContext();
    const lonely = await other.newPage();
    await lonely.goto(`${new URL(page.url()).origin}/sessions?scenario=sign-in`);
    await expect(lonely.getByRole('heading', { level: 1, name: /sign in/i })).toBeVisible();
    await other.close();
  });
});
