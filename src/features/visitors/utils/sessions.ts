import type { Severity } from '@/api/filters';
import type { Interaction } from '@/api/schemas/interaction';
import { parseTimestamp } from '@/lib/format/date';
import { severityRank, SEVERITY_ORDER } from '@/lib/severity';
import { countTurns } from '@/lib/turn-counts';
import { addTurnTokens, EMPTY_TOKENS, tokenSortValue, type TokenSum } from './tokens';

/** The fields of a turn the grouping reads (the full `Interaction` satisfies it). */
export type VisitorTurn = Pick<
  Interaction,
  | 'session_id'
  | 'created'
  | 'is_flagged'
  | 'severity'
  | 'feedback'
  | 'result_count'
  | 'click_count'
  | 'input_tokens'
  | 'output_tokens'
  | 'ip_address'
  | 'action_taken'
>;

/**
 * One conversation of a visitor, derived from their turns. Field names follow the
 * `conversations/` row (docs/api.md §3.3) where one exists, so both tables sort the same way.
 */
export type SessionRow = {
  session_id: string;
  /** `Min(created)` as sent by the server, and in epoch ms for sorting. */
  started: string | null;
  startedMs: number | null;
  /** `Max(created)`, like `conversations/`' `last_active`. */
  last_active: string | null;
  lastActiveMs: number | null;
  message_count: number;
  flagged_turns: number;
  max_severity: Severity;
  max_severity_rank: number;
  positive_feedback: number;
  negative_feedback: number;
  /** Sum of `result_count`, like `conversations/`' `offerings_shown`. */
  offerings_shown: number;
  /** `null`: this endpoint does not report clicks (see `clicksReported`). */
  offerings_clicked: number | null;
  tokens: TokenSum;
  total_tokens: number | null;
  /** Distinct raw IPs in order of first use (a session is bound to one IP, but old rows vary). */
  ip_addresses: string[];
};

/**
 * `by-user/{slug}/` serialises turns with `click_count` 0: only `by-session/` annotates clicks
 * (docs/api.md §2.2, §2.5). A zero there means "not counted", so clicks are shown as unknown
 * unless the payload proves otherwise by carrying a non-zero count (a server that does count).
 */
export function clicksReported(turns: readonly Pick<VisitorTurn, 'click_count'>[]): boolean {
  return turns.some((turn) => turn.click_count > 0);
}

function timeMs(value: string | null | undefined): number | null {
  return parseTimestamp(value)?.getTime() ?? null;
}

type Acc = Omit<SessionRow, 'max_severity' | 'total_tokens' | 'ip_addresses'> & { ips: Set<string> };

/**
 * Groups a visitor's turns by `session_id` into session rows, newest activity first. Turn
 * order does not matter (the server sends oldest first, but nothing here relies on it).
 */
export function groupSessions(turns: readonly VisitorTurn[]): SessionRow[] {
  const withClicks = clicksReported(turns);
  const groups = new Map<string, Acc>();
  for (const turn of turns) {
    const ms = timeMs(turn.created);
    let acc = groups.get(turn.session_id);
    if (!acc) {
      acc = {
        session_id: turn.session_id,
        started: null,
        startedMs: null,
        last_active: null,
        lastActiveMs: null,
        message_count: 0,
        flagged_turns: 0,
        max_severity_rank: 0,
        positive_feedback: 0,
        negative_feedback: 0,
        offerings_shown: 0,
        offerings_clicked: withClicks ? 0 : null,
        tokens: EMPTY_TOKENS,
        ips: new Set(),
      };
      groups.set(turn.session_id, acc);
    }
    if (ms !== null) {
      if (acc.startedMs === null || ms < acc.startedMs) {
        acc.startedMs = ms;
        acc.started = turn.created;
      }
      if (acc.lastActiveMs === null || ms > acc.lastActiveMs) {
        acc.lastActiveMs = ms;
        acc.last_active = turn.created;
      }
    }
    acc.message_count += 1;
    if (turn.is_flagged) acc.flagged_turns += 1;
    acc.max_severity_rank = Math.max(acc.max_severity_rank, severityRank(turn.severity));
    if (turn.feedback?.score === 1) acc.positive_feedback += 1;
    if (turn.feedback?.score === -1) acc.negative_feedback += 1;
    acc.offerings_shown += turn.result_count;
    if (acc.offerings_clicked !== null) acc.offerings_clicked += turn.click_count;
    acc.tokens = addTurnTokens(acc.tokens, turn);
    if (turn.ip_address) acc.ips.add(turn.ip_address);
  }

  const rows: SessionRow[] = [];
  for (const { ips, ...acc } of groups.values()) {
    rows.push({
      ...acc,
      max_severity: SEVERITY_ORDER[acc.max_severity_rank],
      total_tokens: tokenSortValue(acc.tokens),
      ip_addresses: [...ips],
    });
  }
  return rows.sort((a, b) => (b.lastActiveMs ?? -Infinity) - (a.lastActiveMs ?? -Infinity));
}

/** Header figures for one visitor, over all their turns. */
export type VisitorTotals = {
  firstSeen: string | null;
  lastSeen: string | null;
  turns: number;
  sessions: number;
  tokens: TokenSum;
  flaggedTurns: number;
  maxSeverity: Severity;
  positiveFeedback: number;
  negativeFeedback: number;
  /** Turns without a thumbs vote (judge-only rows included), like `by-user/`' `no_feedback`. */
  noFeedback: number;
  /** Turns with action `redact`/`block`: what `by-user/` calls `injection_strikes` (§3.4). */
  redactions: number;
  offeringsShown: number;
};

export function visitorTotals(turns: readonly VisitorTurn[]): VisitorTotals {
  let firstMs: number | null = null;
  let lastMs: number | null = null;
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  let tokens = EMPTY_TOKENS;
  let rank = 0;
  let redactions = 0;
  const sessions = new Set<string>();
  for (const turn of turns) {
    const ms = timeMs(turn.created);
    if (ms !== null && (firstMs === null || ms < firstMs)) {
      firstMs = ms;
      firstSeen = turn.created;
    }
    if (ms !== null && (lastMs === null || ms > lastMs)) {
      lastMs = ms;
      lastSeen = turn.created;
    }
    sessions.add(turn.session_id);
    tokens = addTurnTokens(tokens, turn);
    rank = Math.max(rank, severityRank(turn.severity));
    if (turn.action_taken === 'redact' || turn.action_taken === 'block') redactions += 1;
  }
  const counts = countTurns(turns);
  return {
    firstSeen,
    lastSeen,
    turns: turns.length,
    sessions: sessions.size,
    tokens,
    flaggedTurns: counts.flagged,
    maxSeverity: SEVERITY_ORDER[rank],
    positiveFeedback: counts.thumbsUp,
    negativeFeedback: counts.thumbsDown,
    noFeedback: turns.length - counts.thumbsUp - counts.thumbsDown,
    redactions,
    offeringsShown: counts.offeringsShown,
  };
}

/** Everything the visitor page derives from `by-user/{slug}/`, computed once per response. */
export type VisitorDetail = {
  turns: readonly Interaction[];
  sessions: SessionRow[];
  totals: VisitorTotals;
  clicksReported: boolean;
};

export function summarizeVisitor(turns: readonly Interaction[]): VisitorDetail {
  return {
    turns,
    sessions: groupSessions(turns),
    totals: visitorTotals(turns),
    clicksReported: clicksReported(turns),
  };
}
