import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@mocks/db';
import { setScenario } from '@mocks/scenarios';
import { renderRoute } from '@/test/render-route';

const DAY = 86_400_000;
const item = (label: RegExp) => screen.getByText(label).closest('li') as HTMLElement;
const FLAGGED = /^Flagged turns of high or critical severity$/;
const COMMENTS = /^Thumbs down with a comment$/;
const HALLUCINATIONS = /^Conversations where the judge found a hallucination$/;
const count = (label: RegExp) => within(item(label)).getAllByRole('paragraph')[0].textContent;

/** What the panel should find after `since`, read straight from the fixtures' dataset. */
function expectedSince(since: number) {
  const turns = getDb().turns.map((turn) => turn.json);
  const after = (value: string | null | undefined) => value != null && Date.parse(value) > since;
  return {
    flagged: turns.filter((t) => (t.severity === 'high' || t.severity === 'critical') && after(t.created))
      .length,
    comments: turns.filter(
      (t) => t.feedback?.score === -1 && t.feedback.comment && after(t.feedback.submitted_at),
    ).length,
    hallucinations: turns.filter(
      (t) => t.feedback?.llm_hallucination_detected && after(t.feedback.llm_reviewed_at),
    ).length,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Since your last visit', { timeout: 30_000 }, () => {
  it('counts the last 24 hours, links each count to its list, and empties on "Mark all as seen"', async () => {
    const expected = expectedSince(Date.now() - DAY);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderRoute('/');
    expect(
      await screen.findByText('No visit marked in this browser yet: the last 24 hours'),
    ).toBeInTheDocument();
    await waitFor(() => expect(count(FLAGGED)).toBe(String(expected.flagged)));
    await waitFor(() => expect(count(COMMENTS)).toBe(String(expected.comments)));
    await waitFor(() => expect(count(HALLUCINATIONS)).toBe(String(expected.hallucinations)));

    const day = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    if (expected.flagged > 0)
      expect(
        within(item(FLAGGED)).getByRole('link', { name: 'View the high-severity turns' }),
      ).toHaveAttribute('href', `/interactions?severity=high&created_after=${day}`);
    if (expected.comments > 0)
      expect(within(item(COMMENTS)).getByRole('link', { name: 'View them in Feedback' })).toHaveAttribute(
        'href',
        `/feedback?score=-1&has_comment=true&submitted_from=${day}`,
      );

    await user.click(screen.getByRole('button', { name: 'Mark all as seen' }));
    expect(await screen.findByText(/^Since you marked all as seen, /)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('Nothing new.')).toHaveLength(3));
  });

  it('finds what arrives after the mark, each kind linked to exactly those items where it can', async () => {
    setScenario('live');
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderRoute('/');
    await user.click(await screen.findByRole('button', { name: 'Mark all as seen' }, { timeout: 10_000 }));
    await waitFor(() => expect(screen.getAllByText('Nothing new.')).toHaveLength(3), { timeout: 5_000 });

    // A flagged turn, a comment and a hallucination verdict arrive within three minutes; the
    // panel looks again on its own (every 2 minutes, verdicts every 10).
    await act(() => vi.advanceTimersByTimeAsync(10 * 60_000 + 1_000));
    await waitFor(() => expect(screen.queryAllByText('Nothing new.')).toHaveLength(0));
    for (const label of [FLAGGED, COMMENTS, HALLUCINATIONS]) expect(Number(count(label))).toBeGreaterThan(0);
    const conversations = within(item(HALLUCINATIONS)).getAllByRole('link', { name: /^Conversation / });
    expect(conversations[0]).toHaveAttribute('href', expect.stringMatching(/^\/sessions\/[\w-]+\?turn=\w+$/));
    expect(within(item(HALLUCINATIONS)).getByText(/No list can filter by hallucination/)).toBeInTheDocument();
  });
});
