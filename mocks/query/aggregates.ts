import type { DbTurn } from '../db';
import { dayLabels, drfDateTime, pythonIsoDateTime } from '../time';
import type { ConversationJson, KpiJson, SeverityKey, UserAggregateJson } from '../types';
import type { ConversationFilters } from './turn-filters';

const SEVERITY_RANK: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1 };
const RANK_TO_SEVERITY = ['none', 'low', 'medium', 'high', 'critical'] as const;

/** A conversation's aggregate over the turns that survived the turn-level filters. */
export type ConversationAggregate = {
  sessionId: string;
  userSlug: string;
  messageCount: number;
  flaggedCount: number;
  positive: number;
  negative: number;
  reviewedCount: number;
  offeringsShown: number;
  offeringsClicked: number;
  severityRank: number;
  models: Set<string>;
  inputTokens: number;
  outputTokens: number;
  startedMs: number;
  lastActiveMs: number;
  lastActiveDay: string;
};

/** `conversation_queryset`: empty session ids are left out. */
export function groupConversations(turns: Iterable<DbTurn>): Map<string, ConversationAggregate> {
  const groups = new Map<string, ConversationAggregate>();
  for (const turn of turns) {
    const { json } = turn;
    if (json.session_id === '') continue;
    let row = groups.get(json.session_id);
    if (!row) {
      row = {
        sessionId: json.session_id,
        userSlug: '',
        messageCount: 0,
        flaggedCount: 0,
        positive: 0,
        negative: 0,
        reviewedCount: 0,
        offeringsShown: 0,
        offeringsClicked: 0,
        severityRank: 0,
        models: new Set(),
        inputTokens: 0,
        outputTokens: 0,
        startedMs: turn.createdMs,
        lastActiveMs: turn.createdMs,
        lastActiveDay: turn.day,
      };
      groups.set(json.session_id, row);
    }
    row.messageCount += 1;
    if (json.user_slug > row.userSlug) row.userSlug = json.user_slug;
    if (json.is_flagged) row.flaggedCount += 1;
    if (json.feedback?.score === 1) row.positive += 1;
    if (json.feedback?.score === -1) row.negative += 1;
    if (json.feedback?.llm_reviewed_at) row.reviewedCount += 1;
    row.offeringsShown += json.result_count;
    row.offeringsClicked += turn.clicks;
    row.severityRank = Math.max(row.severityRank, SEVERITY_RANK[json.severity] ?? 0);
    if (turn.model) row.models.add(turn.model);
    row.inputTokens += json.input_tokens ?? 0;
    row.outputTokens += json.output_tokens ?? 0;
    if (turn.createdMs < row.startedMs) row.startedMs = turn.createdMs;
    if (turn.createdMs > row.lastActiveMs) {
      row.lastActiveMs = turn.createdMs;
      row.lastActiveDay = turn.day;
    }
  }
  return groups;
}

/** The HAVING clauses of the conversation filterset. */
export function matchesConversation(row: ConversationAggregate, filters: ConversationFilters): boolean {
  const total = row.inputTokens + row.outputTokens;
  if (filters.inputMin !== undefined && row.inputTokens < filters.inputMin) return false;
  if (filters.inputMax !== undefined && row.inputTokens > filters.inputMax) return false;
  if (filters.outputMin !== undefined && row.outputTokens < filters.outputMin) return false;
  if (filters.outputMax !== undefined && row.outputTokens > filters.outputMax) return false;
  if (filters.totalMin !== undefined && total < filters.totalMin) return false;
  if (filters.totalMax !== undefined && total > filters.totalMax) return false;
  if (filters.lastActiveAfter !== undefined && row.lastActiveDay < filters.lastActiveAfter) return false;
  if (filters.lastActiveBefore !== undefined && row.lastActiveDay > filters.lastActiveBefore) return false;
  if (filters.isReviewed !== undefined && row.reviewedCount > 0 !== filters.isReviewed) return false;
  return true;
}

export function conversationJson(row: ConversationAggregate): ConversationJson {
  return {
    session_id: row.sessionId,
    user_slug: row.userSlug,
    message_count: row.messageCount,
    is_flagged: row.flaggedCount > 0,
    max_severity: RANK_TO_SEVERITY[row.severityRank],
    max_severity_rank: row.severityRank,
    has_feedback: row.positive + row.negative > 0,
    offerings_shown: row.offeringsShown,
    offerings_clicked: row.offeringsClicked,
    // string_agg(DISTINCT …) sorts its input.
    models_used: [...row.models].sort().join(', '),
    is_reviewed: row.reviewedCount > 0,
    input_tokens: row.inputTokens,
    output_tokens: row.outputTokens,
    total_tokens: row.inputTokens + row.outputTokens,
    started: drfDateTime(row.startedMs),
    last_active: drfDateTime(row.lastActiveMs),
  };
}

/** `user_aggregates`: one row per non-empty slug, most active first. */
export function userAggregates(turns: Iterable<DbTurn>): UserAggregateJson[] {
  type Row = {
    slug: string;
    total: number;
    sessions: Set<string>;
    positive: number;
    negative: number;
    strikes: number;
    last: DbTurn;
  };
  const rows = new Map<string, Row>();
  for (const turn of turns) {
    const { json } = turn;
    if (json.user_slug === '') continue;
    let row = rows.get(json.user_slug);
    if (!row) {
      row = {
        slug: json.user_slug,
        total: 0,
        sessions: new Set(),
        positive: 0,
        negative: 0,
        strikes: 0,
        last: turn,
      };
      rows.set(json.user_slug, row);
    }
    row.total += 1;
    row.sessions.add(json.session_id);
    if (json.feedback?.score === 1) row.positive += 1;
    if (json.feedback?.score === -1) row.negative += 1;
    if (json.action_taken === 'block' || json.action_taken === 'redact') row.strikes += 1;
    if (turn.createdMs > row.last.createdMs) row.last = turn;
  }
  return [...rows.values()]
    .sort((a, b) => b.total - a.total || b.last.createdMs - a.last.createdMs)
    .map((row) => ({
      user_slug: row.slug,
      last_seen: pythonIsoDateTime(row.last.createdMs, row.last.micro),
      total_interactions: row.total,
      session_count: row.sessions.size,
      positive_feedback: row.positive,
      negative_feedback: row.negative,
      no_feedback: row.total - row.positive - row.negative,
      injection_strikes: row.strikes,
    }));
}

const SERIES_KEYS: readonly SeverityKey[] = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** The KPI view (docs/api.md §2.7, §3.5) over an already filtered set of turns. */
/** The reply asked the visitor a question instead of recommending: an `ask_user_form`, alone or a tool's result. */
function asksClarification(turn: DbTurn): boolean {
  return turn.json.assistant_blocks.some(
    (block) =>
      block.key === 'ask_user_form' || (block.key === 'tool' && block.result.key === 'ask_user_form'),
  );
}

export type KpiFields = { tokens: boolean; clarification: boolean };

export function kpi(turns: readonly DbTurn[], now: number, windowDays: number, fields: KpiFields): KpiJson {
  const withTokens = fields.tokens;
  const sessions = new Set<string>();
  const users = new Set<string>();
  let flagged = 0;
  let positive = 0;
  let negative = 0;
  let clicks = 0;
  let clarifications = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  const reviewedSessions = new Set<string>();
  let resolutionSum = 0;
  let resolutionCount = 0;
  let hallucinations = 0;
  let judgeInput = 0;
  let judgeOutput = 0;
  // Intent slugs are free text: `constructor` or `__proto__` must count, not hit Object.prototype.
  const intents = Object.create(null) as Record<string, number>;

  const volumeLabels = dayLabels(now, windowDays);
  const volumeIndex = new Map(volumeLabels.map((label, i) => [label, i]));
  const volume = new Array<number>(volumeLabels.length).fill(0);
  const severityLabels = dayLabels(now, 14);
  const severityIndex = new Map(severityLabels.map((label, i) => [label, i]));
  const series = Object.fromEntries(SERIES_KEYS.map((key) => [key, new Array<number>(14).fill(0)])) as Record<
    SeverityKey,
    number[]
  >;

  for (const turn of turns) {
    const { json } = turn;
    sessions.add(json.session_id);
    if (json.user_slug !== '') users.add(json.user_slug);
    if (json.is_flagged) flagged += 1;
    const feedback = json.feedback;
    if (feedback?.score === 1) positive += 1;
    if (feedback?.score === -1) negative += 1;
    clicks += turn.clicks;
    if (fields.clarification && asksClarification(turn)) clarifications += 1;
    inputTokens += json.input_tokens ?? 0;
    outputTokens += json.output_tokens ?? 0;
    if (feedback?.llm_reviewed_at) {
      reviewedSessions.add(json.session_id);
      if (feedback.llm_resolution_score !== null) {
        resolutionSum += feedback.llm_resolution_score;
        resolutionCount += 1;
      }
      if (feedback.llm_hallucination_detected) hallucinations += 1;
      judgeInput += feedback.llm_judge_input_tokens;
      judgeOutput += feedback.llm_judge_output_tokens;
      if (feedback.llm_intent_category !== '')
        intents[feedback.llm_intent_category] = (intents[feedback.llm_intent_category] ?? 0) + 1;
    }
    const v = volumeIndex.get(turn.day);
    if (v !== undefined) volume[v] += 1;
    const s = severityIndex.get(turn.day);
    if (s !== undefined) {
      const key = (json.severity || 'none').toUpperCase();
      if (key in series) series[key as SeverityKey][s] += 1;
    }
  }

  const interactions = turns.length;
  const votes = positive + negative;
  const reviewed = reviewedSessions.size;
  const judged = reviewed > 0;
  // Key order and presence follow the serializer: the judge rates are null and the intent
  // distribution is missing until something has been reviewed.
  return {
    interactions_total: interactions,
    sessions_total: sessions.size,
    unique_users: users.size,
    flagged_total: flagged,
    feedback_positive: positive,
    feedback_negative: negative,
    satisfaction_rate: votes ? positive / votes : null,
    clicks_total: clicks,
    click_through_rate: interactions ? clicks / interactions : null,
    ...(withTokens ? { input_tokens_total: inputTokens, output_tokens_total: outputTokens } : {}),
    reviewed_total: reviewed,
    ...(withTokens ? { review_input_tokens_total: judgeInput, review_output_tokens_total: judgeOutput } : {}),
    avg_llm_resolution_score: judged && resolutionCount ? resolutionSum / resolutionCount : null,
    ...(judged ? { llm_intent_distribution: intents } : {}),
    hallucination_rate: judged ? hallucinations / reviewed : null,
    review_coverage: judged && sessions.size ? reviewed / sessions.size : null,
    daily_volume: volumeLabels.map((date, i) => ({ date, count: volume[i] })),
    severity_by_day: { labels: severityLabels, series },
    ...(fields.clarification
      ? {
          clarification_requests_total: clarifications,
          clarification_rate: interactions ? clarifications / interactions : null,
        }
      : {}),
  };
}
