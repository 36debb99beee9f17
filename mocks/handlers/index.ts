import { http, type HttpHandler } from 'msw';
import { authHandlers } from './auth';
import { budgetHandlers } from './budget';
import { configurationHandlers } from './configuration';
import { conversationHandlers } from './conversations';
import { feedbackHandlers } from './feedbacks';
import { interactionDetailHandlers, interactionHandlers } from './interactions';
import { kpiHandlers } from './kpi';
import { methodNotAllowed } from './respond';

/**
 * The Waldur anonymous-chat API on any origin. Named actions come before `{uuid}/`, which
 * would otherwise match `kpi/`, `budget/` and the rest.
 */
export const handlers: HttpHandler[] = [
  ...configurationHandlers,
  ...authHandlers,
  ...conversationHandlers,
  ...kpiHandlers,
  ...budgetHandlers,
  ...interactionHandlers,
  ...interactionDetailHandlers,
  ...feedbackHandlers,
  http.all('*/api/anonymous-chat-interactions/*', methodNotAllowed()),
  http.all('*/api/anonymous-chat-feedbacks/*', methodNotAllowed()),
];
