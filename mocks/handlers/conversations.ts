import { http } from 'msw';
import { conversationJson, groupConversations, matchesConversation } from '../query/aggregates';
import { parseConversationFilters, parseTurnFilters } from '../query/turn-filters';
import type { LegacyConversationJson } from '../types';
import { endpoint, notFound, ok } from './respond';

/**
 * Two-level filtering (docs/api.md §2.6): turn filters first, aggregates over the surviving turns,
 * then the conversation-level HAVING filters.
 */
export const conversationHandlers = [
  http.get(
    '*/api/anonymous-chat-interactions/conversations/',
    endpoint('conversations', 'staff', ({ url, db, scenario }) => {
      // 8.1.0 has no such action: the path falls through to the `{uuid}/` lookup.
      if (scenario.conversations === 'absent') return notFound();
      const filters = parseTurnFilters(url, scenario);
      if (!filters.ok) return { status: 400, body: filters.errors };
      const groups = groupConversations(db().turns.filter(filters.predicate));
      const having = scenario.conversationParams ? parseConversationFilters(url) : {};
      const rows = [...groups.values()]
        .filter((row) => matchesConversation(row, having))
        .sort((a, b) => b.lastActiveMs - a.lastActiveMs)
        .map(conversationJson);
      if (scenario.conversations === 'current') return ok(rows);
      return ok(
        rows.map((row): LegacyConversationJson => ({
          session_id: row.session_id,
          user_slug: row.user_slug,
          message_count: row.message_count,
          is_flagged: row.is_flagged,
          max_severity: row.max_severity,
          has_feedback: row.has_feedback,
          offerings_shown: row.offerings_shown,
          offerings_clicked: row.offerings_clicked,
          started: row.started,
          last_active: row.last_active,
        })),
      );
    }),
  ),
];
