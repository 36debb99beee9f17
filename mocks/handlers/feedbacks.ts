import { http } from 'msw';
import { type DbTurn, uuidKey } from '../db';
import { boolParam, dateParam, type FieldErrors, numberParam, orderingParam, param } from '../query/params';
import { sortByKeys } from '../query/sort';
import type { FeedbackJson } from '../types';
import { paginate } from './paging';
import { endpoint, notFound, ok } from './respond';

const ORDER_FIELDS = ['submitted_at', 'score', 'llm_resolution_score'] as const;
type OrderField = (typeof ORDER_FIELDS)[number];

function row(turn: DbTurn): FeedbackJson {
  // Only turns with a feedback row are indexed in db.feedback.
  return turn.json.feedback as FeedbackJson;
}

const ORDER_VALUE: Record<OrderField, (turn: DbTurn) => number | null> = {
  submitted_at: (turn) => {
    const at = row(turn).submitted_at;
    return at === null ? null : Date.parse(at);
  },
  score: (turn) => row(turn).score,
  llm_resolution_score: (turn) => row(turn).llm_resolution_score,
};

export const feedbackHandlers = [
  http.get(
    '*/api/anonymous-chat-feedbacks/',
    endpoint('feedbacks', 'staff', ({ url, db }) => {
      const errors: FieldErrors = {};
      const score = numberParam(url, 'score', errors);
      const category = param(url, 'category');
      const from = dateParam(url, 'submitted_from', errors);
      const to = dateParam(url, 'submitted_to', errors);
      const hasComment = boolParam(url, 'has_comment');
      const ordering = orderingParam(url, ORDER_FIELDS, errors);
      if (Object.keys(errors).length > 0) return { status: 400, body: errors };

      const matches = db().feedback.filter((turn) => {
        const feedback = row(turn);
        if (score !== undefined && feedback.score !== score) return false;
        if (category !== undefined && feedback.category !== category) return false;
        const day = feedback.submitted_at?.slice(0, 10);
        if (from !== undefined && (day === undefined || day < from)) return false;
        if (to !== undefined && (day === undefined || day > to)) return false;
        if (hasComment !== undefined && (feedback.comment !== '') !== hasComment) return false;
        return true;
      });
      // Default `-submitted_at`: Postgres puts NULLs first on DESC, so judge-only rows lead.
      const keys = ordering.length > 0 ? ordering : [{ field: 'submitted_at' as const, descending: true }];
      const rows = sortByKeys(
        matches,
        keys.map((key) => ({ value: ORDER_VALUE[key.field], descending: key.descending })),
      );
      return paginate(url, rows, row);
    }),
  ),
  http.get(
    '*/api/anonymous-chat-feedbacks/:interactionUuid/',
    endpoint('feedback-detail', 'staff', ({ params, db }) => {
      const turn = db().byKey.get(uuidKey(params.interactionUuid ?? ''));
      return turn?.json.feedback ? ok(turn.json.feedback) : notFound();
    }),
  ),
];
