import { describe, expect, it } from 'vitest';
import { arrivalKind, withArrivals } from './arrivals';
import { buildDb } from './db';
import { MINUTE } from './time';

describe('live arrivals', () => {
  const base = buildDb({
    now: Date.UTC(2026, 7, 22, 10, 0, 30),
    sessions: 40,
    visitors: 20,
    longSessions: [],
  });

  it('adds a flagged turn, a commented thumbs down and a hallucination verdict every three minutes', () => {
    const now = base.now + 3 * MINUTE;
    const db = withArrivals(base, now);
    const since = base.now;
    const newer = (value: string | null | undefined) => value != null && Date.parse(value) > since;
    const turns = db.turns.map((turn) => turn.json);
    expect(turns.filter((t) => t.severity === 'high' && newer(t.created))).toHaveLength(1);
    expect(
      turns.filter(
        (t) => t.feedback?.score === -1 && t.feedback.comment !== '' && newer(t.feedback.submitted_at),
      ),
    ).toHaveLength(1);
    const judged = turns.filter(
      (t) => t.feedback?.llm_hallucination_detected && newer(t.feedback.llm_reviewed_at),
    );
    expect(judged).toHaveLength(1);
    // The judge only reviews a conversation whose last turn is more than 6 h old.
    expect(
      Date.parse(judged[0].feedback?.llm_reviewed_at ?? '') - Date.parse(judged[0].created),
    ).toBeGreaterThan(6 * 60 * MINUTE);
    expect(new Set([0, 1, 2].map((i) => arrivalKind(Math.floor(since / MINUTE) + 1 + i))).size).toBe(3);
  });

  it('is the same dataset for every request of the same minute, and grows with time', () => {
    const now = base.now + 5 * MINUTE;
    expect(withArrivals(base, now)).toBe(withArrivals(base, now + 1000));
    expect(withArrivals(base, base.now)).toBe(base);
    expect(withArrivals(base, now + MINUTE).turns.length).toBeGreaterThan(
      withArrivals(base, now).turns.length,
    );
    // Newest first, like the list endpoint's default order.
    const times = withArrivals(base, now).turns.map((turn) => turn.createdMs);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
