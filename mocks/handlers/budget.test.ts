import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDb, setDb } from '../db';
import { type ScenarioName, setScenario } from '../scenarios';
import type { BudgetJson, KpiJson } from '../types';
import { anonymousTokensToday, tokensToday } from './budget';
import { getJson } from './test-helpers';

const PATH = 'anonymous-chat-interactions/budget/';

afterEach(() => {
  vi.useRealTimers();
});

function at(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('GET anonymous-chat-interactions/budget/', () => {
  it("rises through the UTC day from today's visitor turns plus signed-in chat, and resets at midnight", async () => {
    at('2026-08-22T12:00:00Z');
    const db = buildDb({ now: Date.now() });
    setDb(db);
    const anonymous = anonymousTokensToday(db, Date.now());
    expect(anonymous).toBeGreaterThan(0);
    const noon = (await getJson<BudgetJson>(PATH)).body;
    expect(noon).toEqual({
      tokens_today: anonymous + 600_000,
      tokens_limit: 5_000_000,
      resets_at: '2026-08-23T00:00:00Z',
    });
    // Today's key figures count exactly the visitors' part of it (docs/api.md §3.6).
    const today = { created_after: '2026-08-22', created_before: '2026-08-22' };
    const kpi = (await getJson<KpiJson>('anonymous-chat-interactions/kpi/', today)).body;
    expect((kpi.input_tokens_total ?? 0) + (kpi.output_tokens_total ?? 0)).toBe(anonymous);

    at('2026-08-22T23:59:59Z');
    const late = (await getJson<BudgetJson>(PATH)).body;
    expect(late.tokens_today).toBeGreaterThan(noon.tokens_today);
    expect(late.resets_at).toBe('2026-08-23T00:00:00Z');
  });

  it('keeps a steady pace from midnight in the budget-on-pace scenario', async () => {
    setScenario('budget-on-pace');
    at('2026-08-22T10:00:00Z');
    expect((await getJson<BudgetJson>(PATH)).body.tokens_today).toBe(Math.round(5_000_000 * 1.3 * (10 / 24)));
    expect(
      tokensToday({ kind: 'paced', limit: 5_000_000, capsPerDay: 1.3 }, Date.parse('2026-08-22T00:00:00Z')),
    ).toBe(0);
  });

  it.each<[ScenarioName, Partial<BudgetJson>]>([
    ['no-cap', { tokens_limit: 0 }],
    ['budget-warning', { tokens_today: 4_250_000, tokens_limit: 5_000_000 }],
    ['budget-critical', { tokens_today: 4_800_000, tokens_limit: 5_000_000 }],
    ['budget-exhausted', { tokens_today: 5_012_400, tokens_limit: 5_000_000 }],
    ['budget-requests', { requests_today: 1_840, requests_limit: 2_500 }],
    ['empty', { tokens_today: 0, tokens_limit: 5_000_000 }],
  ])('%s scenario', async (name, expected) => {
    setScenario(name);
    expect((await getJson<BudgetJson>(PATH)).body).toMatchObject(expected);
  });

  it('sends no request counters by default', async () => {
    expect(Object.keys((await getJson<BudgetJson>(PATH)).body).sort()).toEqual([
      'resets_at',
      'tokens_limit',
      'tokens_today',
    ]);
  });

  it('climbs past 80, 95 and 100 % minutes apart in the budget-rising scenario', async () => {
    setScenario('budget-rising');
    const ratio = async (iso: string) => {
      at(iso);
      const body = (await getJson<BudgetJson>(PATH)).body;
      return body.tokens_today / body.tokens_limit;
    };
    expect(await ratio('2026-08-22T10:00:00Z')).toBeCloseTo(0.7);
    expect(await ratio('2026-08-22T10:01:30Z')).toBeLessThan(0.8);
    expect(await ratio('2026-08-22T10:02:30Z')).toBeGreaterThanOrEqual(0.8);
    expect(await ratio('2026-08-22T10:05:00Z')).toBeCloseTo(0.95);
    expect(await ratio('2026-08-22T10:06:00Z')).toBeCloseTo(1);
    expect(await ratio('2026-08-22T10:30:00Z')).toBeCloseTo(1.1);
  });

  it('stays put across midnight in the stale scenario', async () => {
    setScenario('budget-stale');
    at('2026-08-22T23:50:00Z');
    const before = (await getJson<BudgetJson>(PATH)).body;
    at('2026-08-23T00:10:00Z');
    const after = (await getJson<BudgetJson>(PATH)).body;
    expect(before.tokens_today).toBe(3_900_000);
    expect(after.tokens_today).toBe(3_900_000);
    expect(after.resets_at).toBe('2026-08-24T00:00:00Z');
  });
});
