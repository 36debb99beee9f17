import type { DbTurn } from '../db';
import type { ScenarioConfig } from '../scenarios';
import {
  boolParam,
  choiceParam,
  dateParam,
  type FieldErrors,
  lenientDateParam,
  numberParam,
  type OrderKey,
  orderingParam,
  param,
} from './params';
import { matchesWebsearch, parseWebsearch } from './websearch';

const SEVERITY_CHOICES = ['none', 'low', 'medium', 'high', 'critical'] as const;
const TURN_ORDER_FIELDS = ['created', 'result_count'] as const;
export type TurnOrderField = (typeof TURN_ORDER_FIELDS)[number];

export type TurnFilterResult =
  | {
      ok: true;
      predicate: (turn: DbTurn) => boolean;
      ordering: OrderKey<TurnOrderField>[];
      /** The exact `session_id` asked for: the database answers it from its index. */
      sessionId?: string;
    }
  | { ok: false; errors: FieldErrors };

/**
 * The interaction filterset (docs/api.md §2.1). Current servers know `created_after`,
 * `created_before` and `has_feedback`; 8.1.0 knows `created_from`, `created_to` and
 * `has_negative_feedback`. Names a server does not know are ignored, like django-filter does.
 */
export function parseTurnFilters(url: URL, scenario: ScenarioConfig): TurnFilterResult {
  const errors: FieldErrors = {};
  const legacy = scenario.filterNames === 'legacy';
  const after = dateParam(url, legacy ? 'created_from' : 'created_after', errors);
  const before = dateParam(url, legacy ? 'created_to' : 'created_before', errors);
  const query = param(url, 'query');
  const isFlagged = boolParam(url, 'is_flagged');
  const severity = choiceParam(url, 'severity', SEVERITY_CHOICES, errors);
  const sessionId = param(url, 'session_id');
  const userSlug = param(url, 'user_slug');
  const hasFeedback = legacy ? undefined : boolParam(url, 'has_feedback');
  const hasNegative = legacy ? boolParam(url, 'has_negative_feedback') : undefined;
  const ordering = orderingParam(url, TURN_ORDER_FIELDS, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const search = query === undefined ? undefined : parseWebsearch(query);
  const slugNeedle = query?.toLowerCase();

  const predicate = (turn: DbTurn): boolean => {
    const { json } = turn;
    if (after !== undefined && turn.day < after) return false;
    if (before !== undefined && turn.day > before) return false;
    if (isFlagged !== undefined && json.is_flagged !== isFlagged) return false;
    if (severity !== undefined && json.severity !== severity) return false;
    if (sessionId !== undefined && json.session_id !== sessionId) return false;
    if (userSlug !== undefined && json.user_slug !== userSlug) return false;
    if (hasFeedback !== undefined && (json.feedback?.score != null) !== hasFeedback) return false;
    if (hasNegative !== undefined && (json.feedback?.score === -1) !== hasNegative) return false;
    if (search !== undefined && slugNeedle !== undefined) {
      const slugHit = json.user_slug.includes(slugNeedle);
      if (!slugHit && !matchesWebsearch(search, [turn.userText, turn.replyText])) return false;
    }
    return true;
  };
  return { ok: true, predicate, ordering, sessionId };
}

/**
 * The conversation filterset (docs/api.md §2.6). It is applied with `.qs`, never through the
 * DRF backend, so an invalid value silently drops that one filter instead of answering 400.
 */
export type ConversationFilters = {
  inputMin?: number;
  inputMax?: number;
  outputMin?: number;
  outputMax?: number;
  totalMin?: number;
  totalMax?: number;
  lastActiveAfter?: string;
  lastActiveBefore?: string;
  isReviewed?: boolean;
};

const CONVERSATION_PARAMS = [
  'input_tokens_min',
  'input_tokens_max',
  'output_tokens_min',
  'output_tokens_max',
  'total_tokens_min',
  'total_tokens_max',
  'last_active_after',
  'last_active_before',
  'is_reviewed',
] as const;

export function parseConversationFilters(url: URL): ConversationFilters {
  return {
    inputMin: numberParam(url, 'input_tokens_min'),
    inputMax: numberParam(url, 'input_tokens_max'),
    outputMin: numberParam(url, 'output_tokens_min'),
    outputMax: numberParam(url, 'output_tokens_max'),
    totalMin: numberParam(url, 'total_tokens_min'),
    totalMax: numberParam(url, 'total_tokens_max'),
    lastActiveAfter: lenientDateParam(url, 'last_active_after'),
    lastActiveBefore: lenientDateParam(url, 'last_active_before'),
    isReviewed: boolParam(url, 'is_reviewed'),
  };
}

/** The KPI narrows by conversation only when one of these has a non-empty value. */
export function hasConversationParams(url: URL): boolean {
  return CONVERSATION_PARAMS.some((name) => param(url, name) !== undefined);
}
