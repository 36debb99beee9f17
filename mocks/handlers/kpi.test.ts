import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import { setScenario } from '../scenarios';
import { dayLabels } from '../time';
import type { ConversationJson, KpiJson } from '../types';
import { getJson } from './test-helpers';

const PATH = 'anonymous-chat-interactions/kpi/';

describe('GET anonymous-chat-interactions/kpi/', () => {
  it('sends the clarification figures on newer servers only (docs/api.md §10)', async () => {
    const turns = getDb().turns.map((turn) => turn.json);
    const asking = turns.filter((turn) =>
      turn.assistant_blocks.some(
        (block) =>
          block.key === 'ask_user_form' || (block.key === 'tool' && block.result.key === 'ask_user_form'),
      ),
    ).length;
    const { body } = await getJson<KpiJson>(PATH);
    expect(asking).toBeGreaterThan(0);
    expect(body.clarification_requests_total).toBe(asking);
    expect(body.clarification_rate).toBeCloseTo(asking / turns.length);

    setScenario('empty');
    expect((await getJson<KpiJson>(PATH)).body).toMatchObject({
      clarification_requests_total: 0,
      clarification_rate: null,
    });
    setScenario('old-server');
    const old = (await getJson<KpiJson>(PATH)).body;
    expect('clarification_requests_total' in old || 'clarification_rate' in old).toBe(false);
  });

  it('counts the whole dataset by default', async () => {
    const db = getDb();
    const { status, body } = await getJson<KpiJson>(PATH);
    expect(status).toBe(200);
    const turns = db.turns.map((turn) => turn.json);
    const positive = turns.filter((turn) => turn.feedback?.score === 1).length;
    const negative = turns.filter((turn) => turn.feedback?.score === -1).length;
    const clicks = db.turns.reduce((sum, turn) => sum + turn.clicks, 0);
    expect(body).toMatchObject({
      interactions_total: turns.length,
      sessions_total: db.bySession.size,
      unique_users: [...db.bySlug.keys()].filter(Boolean).length,
      flagged_total: turns.filter((turn) => turn.is_flagged).length,
      feedback_positive: positive,
      feedback_negative: negative,
      satisfaction_rate: positive / (positive + negative),
      clicks_total: clicks,
      click_through_rate: clicks / turns.length,
      input_tokens_total: turns.reduce((sum, turn) => sum + (turn.input_tokens ?? 0), 0),
    });
    const reviewedSessions = new Set(
      turns.filter((turn) => turn.feedback?.llm_reviewed_at).map((turn) => turn.session_id),
    );
    expect(body.reviewed_total).toBe(reviewedSessions.size);
    expect(body.review_coverage).toBeCloseTo(reviewedSessions.size / db.bySession.size);
    expect(body.avg_llm_resolution_score).toBeGreaterThanOrEqual(1);
    expect(body.avg_llm_resolution_score).toBeLessThanOrEqual(5);
    expect(body.hallucination_rate).toBeGreaterThan(0);
    const intents = body.llm_intent_distribution ?? {};
    expect(Object.values(intents).reduce((sum, n) => sum + n, 0)).toBe(reviewedSessions.size);
    expect(Object.keys(intents)).toEqual(expect.arrayContaining(['gpu_compute', 'hpc_storage', 'unclear']));
  });

  it('pads daily_volume to window_days ascending and ending today (UTC)', async () => {
    const { body } = await getJson<KpiJson>(PATH);
    const labels = dayLabels(Date.now(), 30);
    expect(body.daily_volume.map((entry) => entry.date)).toEqual(labels);
    expect(body.daily_volume.at(-1)?.count).toBeGreaterThan(0);
    const today = labels[labels.length - 1];
    expect(body.daily_volume.at(-1)?.count).toBe(getDb().turns.filter((turn) => turn.day === today).length);
  });

  it('clamps window_days to 1..365 and falls back to 30 for anything int() rejects', async () => {
    const days = async (value: string) =>
      (await getJson<KpiJson>(PATH, { window_days: value })).body.daily_volume.length;
    expect(await days('7')).toBe(7);
    expect(await days('0')).toBe(1);
    expect(await days('-4')).toBe(1);
    expect(await days('1000')).toBe(365);
    expect(await days('7.5')).toBe(30);
    expect(await days('week')).toBe(30);
  });

  it('buckets severity_by_day over a fixed 14 days with upper-case keys, "" counting as NONE', async () => {
    const { body } = await getJson<KpiJson>(PATH, { window_days: 3 });
    const labels = dayLabels(Date.now(), 14);
    expect(body.severity_by_day.labels).toEqual(labels);
    expect(Object.keys(body.severity_by_day.series)).toEqual(['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
    const recent = getDb().turns.filter((turn) => turn.day >= labels[0]);
    const sum = (key: keyof KpiJson['severity_by_day']['series']) =>
      body.severity_by_day.series[key].reduce((total, n) => total + n, 0);
    expect(sum('NONE')).toBe(recent.filter((turn) => turn.json.severity === '').length);
    expect(sum('NONE') + sum('LOW') + sum('MEDIUM') + sum('HIGH') + sum('CRITICAL')).toBe(recent.length);
  });

  it('has null rates, no intent distribution and zero counters on an empty set', async () => {
    const { body } = await getJson<KpiJson>(PATH, { session_id: 'nothing-here' });
    expect(body).toMatchObject({
      interactions_total: 0,
      sessions_total: 0,
      satisfaction_rate: null,
      click_through_rate: null,
      reviewed_total: 0,
      review_input_tokens_total: 0,
      avg_llm_resolution_score: null,
      hallucination_rate: null,
      review_coverage: null,
      input_tokens_total: 0,
    });
    expect(body).not.toHaveProperty('llm_intent_distribution');
    expect(body.daily_volume.every((entry) => entry.count === 0)).toBe(true);
  });

  it('keeps satisfaction null without votes while other rates stay numbers', async () => {
    const db = getDb();
    const quiet = [...db.bySession.entries()].find(
      ([id, turns]) => id && turns.length > 3 && turns.every((turn) => turn.json.feedback?.score == null),
    );
    const { body } = await getJson<KpiJson>(PATH, { session_id: quiet?.[0] ?? '' });
    expect(body.interactions_total).toBe(quiet?.[1].length);
    expect(body.satisfaction_rate).toBeNull();
    expect(body.click_through_rate).not.toBeNull();
  });

  it('counts every turn-filtered turn of the conversations the conversation-level params select', async () => {
    const conversations = (
      await getJson<ConversationJson[]>('anonymous-chat-interactions/conversations/', {
        total_tokens_min: 150_000,
        is_flagged: 'false',
      })
    ).body;
    expect(conversations.length).toBeGreaterThan(0);
    const { body } = await getJson<KpiJson>(PATH, { total_tokens_min: 150_000, is_flagged: 'false' });
    expect(body.sessions_total).toBe(conversations.length);
    expect(body.interactions_total).toBe(conversations.reduce((sum, row) => sum + row.message_count, 0));
    expect(body.input_tokens_total).toBe(conversations.reduce((sum, row) => sum + row.input_tokens, 0));
  });

  it('ignores empty conversation-level params and validates turn filters', async () => {
    const all = (await getJson<KpiJson>(PATH)).body;
    expect((await getJson<KpiJson>(PATH, { is_reviewed: '' })).body.sessions_total).toBe(all.sessions_total);
    const bad = await getJson(PATH, { created_before: '31/12/2026' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ created_before: ['Enter a valid date.'] });
  });

  it('answers all zeros in the empty scenario', async () => {
    setScenario('empty');
    const { body } = await getJson<KpiJson>(PATH);
    expect(body.interactions_total).toBe(0);
    expect(body.review_coverage).toBeNull();
    expect(body).not.toHaveProperty('llm_intent_distribution');
  });

  it('lacks token totals on 8.1.0', async () => {
    setScenario('old-server');
    const { body } = await getJson<KpiJson>(PATH, { total_tokens_min: 10 ** 9 });
    expect(body).not.toHaveProperty('input_tokens_total');
    expect(body).not.toHaveProperty('review_output_tokens_total');
    expect(body.interactions_total).toBe(getDb().turns.length);
  });
});
