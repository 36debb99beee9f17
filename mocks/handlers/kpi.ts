import { http } from 'msw';
import { groupConversations, kpi, matchesConversation } from '../query/aggregates';
import { param } from '../query/params';
import { hasConversationParams, parseConversationFilters, parseTurnFilters } from '../query/turn-filters';
import { endpoint, ok } from './respond';

/** `max(1, min(365, int(value)))`, falling back to 30 on anything `int()` rejects. */
function windowDays(url: URL): number {
  const raw = param(url, 'window_days');
  if (raw === undefined || !/^[+-]?\d+$/.test(raw)) return 30;
  return Math.max(1, Math.min(365, Number(raw)));
}

export const kpiHandlers = [
  http.get(
    '*/api/anonymous-chat-interactions/kpi/',
    endpoint('kpi', 'staff', ({ url, db, scenario }) => {
      const filters = parseTurnFilters(url, scenario);
      if (!filters.ok) return { status: 400, body: filters.errors };
      let turns = db().turns.filter(filters.predicate);
      // Conversation-level params pick whole conversations, judged on the turn-filtered set.
      if (scenario.conversationParams && hasConversationParams(url)) {
        const having = parseConversationFilters(url);
        const matching = new Set(
          [...groupConversations(turns).values()]
            .filter((row) => matchesConversation(row, having))
            .map((row) => row.sessionId),
        );
        turns = turns.filter((turn) => matching.has(turn.json.session_id));
      }
      return ok(
        kpi(turns, Date.now(), windowDays(url), {
          tokens: scenario.kpiTokens,
          clarification: scenario.kpiClarification,
        }),
      );
    }),
  ),
];
