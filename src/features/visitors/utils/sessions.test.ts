import { describe, expect, it } from 'vitest';
import { makeFeedback } from '@mocks/factories/feedback';
import { makeTurn } from '@mocks/factories/turn';
import { clicksReported, groupSessions, summarizeVisitor, visitorTotals } from './sessions';

/** A turn of `session_id` created at `created`, with `extra` fields. */
const turnAt = (session_id: string, created: string, extra: Parameters<typeof makeTurn>[0] = {}) =>
  makeTurn({ session_id, created, ...extra });

const A = 'session-aaaaaaaa';
const B = 'session-bbbbbbbb';

describe('groupSessions', () => {
  it('groups turns by session with start, last activity and counters', () => {
    const turns = [
      turnAt(A, '2026-08-01T10:00:00.000Z', { result_count: 3, feedback: makeFeedback({ score: 1 }) }),
      turnAt(A, '2026-08-01T10:05:00.000Z', {
        is_flagged: true,
        severity: 'medium',
        feedback: makeFeedback({ score: -1 }),
      }),
      turnAt(B, '2026-08-03T09:00:00.000Z', { result_count: 2 }),
      turnAt(A, '2026-08-01T10:02:00.000Z', { is_flagged: true, severity: 'low' }),
    ];
    const rows = groupSessions(turns);
    expect(rows.map((row) => row.session_id)).toEqual([B, A]);
    const a = rows[1];
    expect(a).toMatchObject({
      started: '2026-08-01T10:00:00.000Z',
      last_active: '2026-08-01T10:05:00.000Z',
      message_count: 3,
      flagged_turns: 2,
      max_severity: 'medium',
      max_severity_rank: 2,
      positive_feedback: 1,
      negative_feedback: 1,
      offerings_shown: 3,
    });
    expect(rows[0]).toMatchObject({
      message_count: 1,
      flagged_turns: 0,
      max_severity: 'none',
      offerings_shown: 2,
    });
  });

  it('does not depend on the order of the turns', () => {
    const turns = [turnAt(A, '2026-08-01T10:05:00.000Z'), turnAt(A, '2026-08-01T10:00:00.000Z')];
    const [row] = groupSessions(turns);
    expect(row.started).toBe('2026-08-01T10:00:00.000Z');
    expect(row.last_active).toBe('2026-08-01T10:05:00.000Z');
    expect(row.startedMs).toBe(Date.parse('2026-08-01T10:00:00.000Z'));
  });

  it('treats empty and unknown severities as none and keeps the highest', () => {
    const rows = groupSessions([
      makeTurn({ session_id: A, severity: '' }),
      makeTurn({ session_id: A, severity: 'HIGH', is_flagged: true }),
      makeTurn({ session_id: A, severity: 'weird' }),
    ]);
    expect(rows[0].max_severity).toBe('high');
  });

  it('does not count judge-only feedback rows as votes', () => {
    const [row] = groupSessions([
      makeTurn({ session_id: A, feedback: makeFeedback({ llm_resolution_score: 4 }) }),
    ]);
    expect(row.positive_feedback).toBe(0);
    expect(row.negative_feedback).toBe(0);
  });

  it('treats missing token counts as unknown, not zero', () => {
    const rows = groupSessions([
      makeTurn({ session_id: A, input_tokens: 100, output_tokens: 20 }),
      makeTurn({ session_id: A, input_tokens: null, output_tokens: null }),
      makeTurn({ session_id: B, input_tokens: null, output_tokens: null }),
    ]);
    const a = rows.find((row) => row.session_id === A);
    const b = rows.find((row) => row.session_id === B);
    expect(a?.tokens).toMatchObject({ total: 120, missing: 1, turns: 2 });
    expect(a?.total_tokens).toBe(120);
    expect(b?.tokens).toMatchObject({ total: 0, missing: 1, turns: 1 });
    expect(b?.total_tokens).toBeNull();
  });

  it('lists each distinct IP once, in order of first use', () => {
    const [row] = groupSessions([
      makeTurn({ session_id: A, ip_address: '192.0.2.1' }),
      makeTurn({ session_id: A, ip_address: null }),
      makeTurn({ session_id: A, ip_address: '2001:db8::1' }),
      makeTurn({ session_id: A, ip_address: '192.0.2.1' }),
    ]);
    expect(row.ip_addresses).toEqual(['192.0.2.1', '2001:db8::1']);
  });

  it('reports clicks as unknown when the endpoint sends only zeros', () => {
    const turns = [makeTurn({ session_id: A, click_count: 0 }), makeTurn({ session_id: B, click_count: 0 })];
    expect(clicksReported(turns)).toBe(false);
    expect(groupSessions(turns).map((row) => row.offerings_clicked)).toEqual([null, null]);
  });

  it('sums clicks when the payload carries them', () => {
    const turns = [
      makeTurn({ session_id: A, click_count: 2 }),
      makeTurn({ session_id: A, click_count: 1 }),
      makeTurn({ session_id: B, click_count: 0 }),
    ];
    expect(clicksReported(turns)).toBe(true);
    const rows = groupSessions(turns);
    expect(rows.find((row) => row.session_id === A)?.offerings_clicked).toBe(3);
    expect(rows.find((row) => row.session_id === B)?.offerings_clicked).toBe(0);
  });

  it('returns no rows for no turns', () => {
    expect(groupSessions([])).toEqual([]);
  });
});

describe('visitorTotals', () => {
  it('adds up every turn of the visitor', () => {
    const turns = [
      turnAt(A, '2026-08-01T10:00:00.000Z', {
        feedback: makeFeedback({ score: 1 }),
        action_taken: 'redact',
        is_flagged: true,
        severity: 'high',
        result_count: 4,
      }),
      turnAt(A, '2026-08-01T10:01:00.000Z', { feedback: makeFeedback({ score: -1 }) }),
      turnAt(B, '2026-08-05T08:00:00.000Z', {
        feedback: makeFeedback({ llm_resolution_score: 4 }),
        input_tokens: null,
      }),
      turnAt(B, '2026-08-04T08:00:00.000Z', { action_taken: 'warn', is_flagged: true, severity: 'medium' }),
    ];
    const totals = visitorTotals(turns);
    expect(totals).toMatchObject({
      firstSeen: '2026-08-01T10:00:00.000Z',
      lastSeen: '2026-08-05T08:00:00.000Z',
      turns: 4,
      sessions: 2,
      flaggedTurns: 2,
      maxSeverity: 'high',
      positiveFeedback: 1,
      negativeFeedback: 1,
      noFeedback: 2,
      redactions: 1,
      offeringsShown: 4,
    });
    // The third turn has no input count: its output is added, the sum is marked partial.
    expect(totals.tokens).toMatchObject({ input: 300, output: 80, total: 380, missing: 1, turns: 4 });
  });

  it('is empty for a visitor without turns', () => {
    expect(visitorTotals([])).toMatchObject({ firstSeen: null, lastSeen: null, turns: 0, sessions: 0 });
  });
});

describe('summarizeVisitor', () => {
  it('derives sessions, totals and the clicks flag from one response', () => {
    const turns = [makeTurn({ session_id: A }), makeTurn({ session_id: B })];
    const detail = summarizeVisitor(turns);
    expect(detail.turns).toBe(turns);
    expect(detail.sessions).toHaveLength(2);
    expect(detail.totals.sessions).toBe(2);
    expect(detail.clicksReported).toBe(false);
  });
});
