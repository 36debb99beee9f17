import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import { setScenario } from '../scenarios';
import type { ConversationJson } from '../types';
import { getJson } from './test-helpers';

const PATH = 'anonymous-chat-interactions/conversations/';
type Rows = ConversationJson[];

describe('GET anonymous-chat-interactions/conversations/', () => {
  it('returns one row per session, newest activity first, unpaged, without empty session ids', async () => {
    const db = getDb();
    const { status, body, headers } = await getJson<Rows>(PATH, { page: 3, page_size: 1 });
    expect(status).toBe(200);
    expect(headers.get('X-Result-Count')).toBeNull();
    const sessionIds = [...db.bySession.keys()].filter((id) => id !== '');
    expect(db.bySession.has('')).toBe(true);
    expect(body).toHaveLength(sessionIds.length);
    expect(body.some((row) => row.session_id === '')).toBe(false);
    const times = body.map((row) => Date.parse(row.last_active ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('aggregates every field of a conversation from its turns', async () => {
    const db = getDb();
    const { body } = await getJson<Rows>(PATH);
    for (const row of body.slice(0, 40)) {
      const turns = db.bySession.get(row.session_id) ?? [];
      const input = turns.reduce((sum, turn) => sum + (turn.json.input_tokens ?? 0), 0);
      const output = turns.reduce((sum, turn) => sum + (turn.json.output_tokens ?? 0), 0);
      expect(row).toMatchObject({
        message_count: turns.length,
        is_flagged: turns.some((turn) => turn.json.is_flagged),
        has_feedback: turns.some((turn) => turn.json.feedback?.score != null),
        is_reviewed: turns.some((turn) => turn.json.feedback?.llm_reviewed_at),
        offerings_shown: turns.reduce((sum, turn) => sum + turn.json.result_count, 0),
        offerings_clicked: turns.reduce((sum, turn) => sum + turn.clicks, 0),
        input_tokens: input,
        output_tokens: output,
        total_tokens: input + output,
        started: turns[0].json.created,
        last_active: turns[turns.length - 1].json.created,
      });
    }
  });

  it('maps "" to max_severity none with rank 0, and ranks up to critical', async () => {
    const { body } = await getJson<Rows>(PATH);
    const ranks = { none: 0, low: 1, medium: 2, high: 3, critical: 4 } as const;
    for (const row of body) expect(row.max_severity_rank).toBe(ranks[row.max_severity as keyof typeof ranks]);
    expect(body.some((row) => row.max_severity === 'none' && !row.is_flagged)).toBe(true);
    expect(body.some((row) => row.max_severity === 'high')).toBe(true);
    expect(body.some((row) => row.max_severity === 'critical')).toBe(true);
  });

  it('lists distinct models sorted, and "" before model tracking', async () => {
    const { body } = await getJson<Rows>(PATH);
    expect(body.some((row) => row.models_used === 'qwen3.5-122b-nothinking')).toBe(true);
    expect(body.some((row) => row.models_used === '')).toBe(true);
    expect(body.some((row) => row.models_used === 'llama-4-maverick, qwen3.5-122b-nothinking')).toBe(true);
  });

  it('aggregates only the turns that pass the turn-level filters', async () => {
    const db = getDb();
    const { body } = await getJson<Rows>(PATH, { severity: 'high' });
    expect(body.length).toBeGreaterThan(0);
    for (const row of body) {
      const high = (db.bySession.get(row.session_id) ?? []).filter((turn) => turn.json.severity === 'high');
      expect(row.message_count).toBe(high.length);
      expect(row.max_severity).toBe('high');
    }
  });

  it('selects whole conversations with the conversation-level (HAVING) filters', async () => {
    const all = (await getJson<Rows>(PATH)).body;
    const threshold = 100_000;
    const big = (await getJson<Rows>(PATH, { total_tokens_min: threshold })).body;
    expect(big.length).toBeGreaterThan(0);
    expect(big).toEqual(all.filter((row) => row.total_tokens >= threshold));

    const reviewed = (await getJson<Rows>(PATH, { is_reviewed: 'true' })).body;
    expect(reviewed).toEqual(all.filter((row) => row.is_reviewed));
    const day = all[Math.floor(all.length / 2)].last_active?.slice(0, 10) ?? '';
    const onDay = (await getJson<Rows>(PATH, { last_active_after: day, last_active_before: day })).body;
    expect(onDay.length).toBeGreaterThan(0);
    expect(onDay).toEqual(all.filter((row) => row.last_active?.startsWith(day)));
  });

  it('combines both levels: HAVING sees only the turn-filtered aggregates', async () => {
    const flaggedOnly = (await getJson<Rows>(PATH, { is_flagged: 'true' })).body;
    const combined = (await getJson<Rows>(PATH, { is_flagged: 'true', total_tokens_min: 20_000 })).body;
    expect(combined).toEqual(flaggedOnly.filter((row) => row.total_tokens >= 20_000));
  });

  it('drops an unreadable conversation-level value instead of answering 400', async () => {
    const all = (await getJson<Rows>(PATH)).body;
    const { status, body } = await getJson<Rows>(PATH, { total_tokens_min: 'lots', last_active_after: 'x' });
    expect(status).toBe(200);
    expect(body).toHaveLength(all.length);
    expect((await getJson(PATH, { created_after: 'x' })).status).toBe(400);
  });

  it('does not exist on 8.1.0', async () => {
    setScenario('old-server');
    const { status, body } = await getJson(PATH);
    expect(status).toBe(404);
    expect(body).toEqual({ detail: 'Not found.' });
  });

  it('sends only the early fields on the 2026-07-26 nightly', async () => {
    setScenario('old-conversations');
    const { body } = await getJson<Record<string, unknown>[]>(PATH, { total_tokens_min: 10 ** 9 });
    expect(body.length).toBeGreaterThan(0);
    expect(Object.keys(body[0]).sort()).toEqual(
      [
        'session_id',
        'user_slug',
        'message_count',
        'is_flagged',
        'max_severity',
        'has_feedback',
        'offerings_shown',
        'offerings_clicked',
        'started',
        'last_active',
      ].sort(),
    );
  });
});
