import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDb, type Db, getDb, hugeDbOptions, largeDbOptions, resetDb, setDb } from './db';
import { buildHostileDb } from './scenarios/hostile-db';
import { DAY, startOfUtcDay, utcDay } from './time';

describe('buildDb', () => {
  it('is deterministic for a seed and places everything relative to now', () => {
    const now = Date.UTC(2026, 7, 22, 15, 30);
    const options = { seed: 7, sessions: 60, visitors: 30, longSessions: [] };
    const a = buildDb({ ...options, now });
    const b = buildDb({ ...options, now: now + 7 * DAY });
    expect(b.turns.map((turn) => turn.json.user_input)).toEqual(a.turns.map((turn) => turn.json.user_input));
    expect(b.turns.map((turn) => turn.createdMs)).toEqual(a.turns.map((turn) => turn.createdMs + 7 * DAY));
    expect(a.turns.every((turn) => turn.createdMs <= now)).toBe(true);
    expect(a.turns.some((turn) => turn.day === utcDay(now))).toBe(true);
    expect(buildDb({ ...options, seed: 8, now }).turns[0].json.uuid).not.toBe(a.turns[0].json.uuid);
  });

  it('keeps today populated even just after midnight UTC', () => {
    const now = startOfUtcDay(Date.UTC(2026, 7, 22)) + 5 * 60_000;
    const db = buildDb({ now });
    const today = db.turns.filter((turn) => turn.day === utcDay(now));
    expect(today.length).toBeGreaterThan(0);
    expect(today.every((turn) => turn.createdMs <= now)).toBe(true);
  });

  it('spans about 100 days, busier recently, with 3–5k turns by default', () => {
    const db = getDb();
    expect(db.turns.length).toBeGreaterThan(3000);
    expect(db.turns.length).toBeLessThan(5500);
    const oldest = db.turns[db.turns.length - 1].createdMs;
    expect((db.now - oldest) / DAY).toBeGreaterThan(90);
    const recent = db.turns.filter((turn) => db.now - turn.createdMs < 30 * DAY).length;
    const early = db.turns.filter((turn) => db.now - turn.createdMs > 70 * DAY).length;
    expect(recent).toBeGreaterThan(early * 2);
  });

  it('covers the shapes the dashboard must handle', () => {
    const turns = getDb().turns.map((turn) => turn.json);
    const kinds = new Set(turns.flatMap((turn) => turn.assistant_blocks.map((block) => block.key)));
    expect([...kinds].sort()).toEqual(['code', 'markdown', 'mermaid', 'tool', 'vm_order']);
    const results = new Set(
      turns.flatMap((turn) =>
        turn.assistant_blocks.flatMap((block) => (block.key === 'tool' ? [block.result.key] : [])),
      ),
    );
    expect([...results].sort()).toEqual(['ask_user_form', 'homeport_nav', 'markdown']);
    expect(turns.some((turn) => turn.assistant_blocks.length === 0)).toBe(true);
    expect(turns.some((turn) => turn.input_tokens === null)).toBe(true);
    expect(turns.some((turn) => turn.user_slug === '')).toBe(true);
    expect(turns.some((turn) => turn.ip_address?.includes(':'))).toBe(true);
    expect(turns.some((turn) => turn.user_input.length === 2000)).toBe(true);
    expect(turns.some((turn) => turn.offering_uuids.some((uuid) => uuid.includes('-')))).toBe(true);
    expect(
      turns.some((turn) => new Set(turn.injection_categories).size < turn.injection_categories.length),
    ).toBe(true);
    const redacted = turns.find((turn) => turn.action_taken === 'redact');
    expect(redacted?.user_input).toMatch(/\[pii_\w+_REDACTED\]/);
    expect(redacted?.warning).toMatch(/^Personal information detected and redacted/);
    expect(new Set(turns.map((turn) => turn.severity))).toEqual(
      new Set(['', 'low', 'medium', 'high', 'critical']),
    );
    expect(new Set(turns.map((turn) => turn.action_taken))).toEqual(
      new Set(['allow', 'flag', 'warn', 'redact', 'block']),
    );
    for (const turn of turns) {
      expect(turn.result_count).toBe(turn.offering_uuids.length);
      expect(turn.user_slug).toMatch(/^([0-9a-f]{64})?$/);
    }
  });

  it('keeps clicks within the offerings shown and puts judge verdicts on last turns only', () => {
    const db = getDb();
    for (const turn of db.turns) expect(turn.clicks).toBeLessThanOrEqual(turn.json.result_count);
    for (const turns of db.bySession.values()) {
      const judged = turns.filter((turn) => turn.json.feedback?.llm_reviewed_at);
      if (judged.length) expect(judged).toEqual([turns[turns.length - 1]]);
    }
    const judgeOnly = db.feedback.filter((turn) => turn.json.feedback?.score === null);
    expect(judgeOnly.length).toBeGreaterThan(0);
    expect(judgeOnly.every((turn) => turn.json.feedback?.submitted_at === null)).toBe(true);
    expect(db.feedback.some((turn) => turn.json.feedback?.llm_hallucination_detected)).toBe(true);
  });

  it('swaps datasets with setDb and returns to the cached default with resetDb', () => {
    const original = getDb();
    const small = buildDb({ sessions: 3, visitors: 3, longSessions: [] });
    setDb(small);
    expect(getDb()).toBe(small);
    resetDb();
    expect(getDb()).toBe(original);
  });

  it('describes the benchmark presets without building them', () => {
    expect(largeDbOptions).toMatchObject({
      visitors: 50_000,
      sessions: 50_400,
      turns: 200_000,
      longSessions: [3_000],
    });
    // One conversation per visitor: both whole lists answer 200,000 rows.
    expect(hugeDbOptions).toMatchObject({
      visitors: 200_000,
      sessions: 200_000,
      longSessions: [3_000],
      days: 90,
    });
  });

  it('a visitor for every conversation, as the huge preset has', () => {
    const db = buildDb({
      ...hugeDbOptions,
      now: Date.UTC(2026, 10, 26, 14),
      visitors: 3_000,
      sessions: 3_000,
      turns: 3_800,
      longSessions: [50],
    });
    expect(db.turns.length).toBe(3802);
    expect(new Set(db.turns.map((t) => t.json.user_slug).filter(Boolean)).size).toBe(3_000);
    expect(new Set(db.turns.map((t) => t.json.session_id).filter(Boolean)).size).toBe(3_000);
  });
});

/** Every stored field of every turn, in order, and the order of every index. */
function digest(db: Db): string {
  const hash = createHash('sha256');
  for (const t of db.turns) {
    hash.update(
      JSON.stringify([
        t.json,
        t.createdMs,
        t.micro,
        t.day,
        t.model,
        t.clicks,
        t.userText,
        t.replyText,
        t.key,
      ]),
    );
  }
  const keys = (turns: readonly Db['turns'][number][]) => turns.map((turn) => turn.key);
  hash.update(JSON.stringify([...db.bySession].map(([id, turns]) => [id, keys(turns)])));
  hash.update(JSON.stringify([...db.bySlug].map(([slug, turns]) => [slug, keys(turns)])));
  hash.update(JSON.stringify([...db.byKey.keys()]));
  hash.update(JSON.stringify(keys(db.feedback)));
  hash.update(JSON.stringify([db.now, db.seed]));
  return hash.digest('hex');
}

// Screenshots, e2e expectations and bug reports rely on the same seed giving the same data: a
// change here is a change to every fixture, never a side effect of tidying the generator.
describe('the generated datasets are pinned', () => {
  const now = Date.UTC(2026, 7, 22, 15, 30, 12, 345);

  it('default dataset', () => {
    const db = buildDb({ now });
    expect(db.turns.length).toBe(4661);
    expect(db.turns[0].key).toBe('7c10d1a79a9efb2cea57c5d3e814a4d9');
    expect(db.turns.at(-1)?.key).toBe('5c0e1e83fa24af6e3386eb39c9db7cf7');
    expect(digest(db)).toBe('8dcf022a3e9cc43d6878397bc18df76d7b58fbf5785d890e7e1a299246168f6c');
  });

  it('a turn-count target with a long conversation, as the large preset has', () => {
    const db = buildDb({
      ...largeDbOptions,
      now,
      visitors: 2_000,
      sessions: 2_100,
      turns: 8_000,
      longSessions: [300],
    });
    expect(db.turns.length).toBe(8002);
    expect(digest(db)).toBe('92ee7cacb7a6370f0e36bed531bf970f81b2248d67cfeed9ea588ed9afb10b6c');
  });

  it('hostile dataset', () => {
    const db = buildHostileDb(now);
    expect(db.turns.length).toBe(92);
    expect(digest(db)).toBe('ab5777a67990d42486e58d5deb101d95b96c2d71a5a23c9d2cddecf576c0b69a');
  });
});
