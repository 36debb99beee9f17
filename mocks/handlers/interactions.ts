import { http } from 'msw';
import { type DbTurn, uuidKey } from '../db';
import { userAggregates } from '../query/aggregates';
import { sortByKeys } from '../query/sort';
import { parseTurnFilters, type TurnOrderField } from '../query/turn-filters';
import type { ScenarioConfig } from '../scenarios';
import type { InteractionJson, LegacyInteractionJson } from '../types';
import { paginate } from './paging';
import { DJANGO_404_HTML, endpoint, type MockResult, notFound, ok } from './respond';

const BASE = '*/api/anonymous-chat-interactions';

/** `click_count` is only annotated by by-session; 8.1.0 rows have no token columns. */
function serializeTurn(
  turn: DbTurn,
  scenario: ScenarioConfig,
  withClicks = false,
): InteractionJson | LegacyInteractionJson {
  const json = withClicks && turn.clicks > 0 ? { ...turn.json, click_count: turn.clicks } : turn.json;
  if (scenario.turnTokenFields) return json;
  const { input_tokens: _input, output_tokens: _output, ...legacy } = json;
  return legacy;
}

const ORDER_VALUE: Record<TurnOrderField, (turn: DbTurn) => number> = {
  created: (turn) => turn.createdMs,
  result_count: (turn) => turn.json.result_count,
};

/** The `[^/.]+` route pattern: a value with a dot or a (decoded) slash matches no route at all. */
function unroutable(value: string): MockResult | null {
  return /[./]/.test(value) ? { status: 404, html: DJANGO_404_HTML } : null;
}

export const interactionHandlers = [
  http.get(
    `${BASE}/by-session/:sessionId/`,
    endpoint('by-session', 'staff', ({ params, db, scenario }) => {
      const sessionId = params.sessionId ?? '';
      const turns = db().bySession.get(sessionId) ?? [];
      return unroutable(sessionId) ?? ok(turns.map((turn) => serializeTurn(turn, scenario, true)));
    }),
  ),
  http.get(
    `${BASE}/by-user/`,
    endpoint('by-user', 'staff', ({ url, db, scenario }) => {
      const filters = parseTurnFilters(url, scenario);
      if (!filters.ok) return { status: 400, body: filters.errors };
      return ok(userAggregates(db().turns.filter(filters.predicate)));
    }),
  ),
  http.get(
    `${BASE}/by-user/:userSlug/`,
    endpoint('by-user-detail', 'staff', ({ params, db, scenario }) => {
      const slug = params.userSlug ?? '';
      const turns = db().bySlug.get(slug) ?? [];
      return unroutable(slug) ?? ok(turns.map((turn) => serializeTurn(turn, scenario)));
    }),
  ),
];

/** Registered after every named action: `{uuid}/` would otherwise swallow `kpi/` and friends. */
export const interactionDetailHandlers = [
  http.get(
    `${BASE}/`,
    endpoint('list', 'staff', ({ url, db, scenario }) => {
      const filters = parseTurnFilters(url, scenario);
      if (!filters.ok) return { status: 400, body: filters.errors };
      // Like the server's index on session_id: one conversation's turns, not a full scan. The
      // index holds them oldest first, so the default `-created` order is then applied here.
      const indexed = filters.sessionId !== undefined;
      const candidates = indexed ? (db().bySession.get(filters.sessionId ?? '') ?? []) : db().turns;
      const ordering =
        indexed && filters.ordering.length === 0
          ? [{ field: 'created' as const, descending: true }]
          : filters.ordering;
      const rows = sortByKeys(
        candidates.filter(filters.predicate),
        ordering.map((key) => ({ value: ORDER_VALUE[key.field], descending: key.descending })),
      );
      return paginate(url, rows, (turn) => serializeTurn(turn, scenario));
    }),
  ),
  http.get(
    `${BASE}/:uuid/`,
    endpoint('retrieve', 'staff', ({ params, db, scenario }) => {
      const raw = params.uuid ?? '';
      const blocked = unroutable(raw);
      if (blocked) return blocked;
      const turn = db().byKey.get(uuidKey(raw));
      return turn ? ok(serializeTurn(turn, scenario)) : notFound();
    }),
  ),
];
