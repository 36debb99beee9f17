import { turnFilterParams, type TurnFilters } from '@/api/filters';
import { pagedList, type PagedRequest } from '@/api/paged-list';
import { interactionSchema } from '@/api/schemas/interaction';

/** `anonymous-chat-interactions/`: every turn, server-paged, newest first (docs/api.md §2.1). */
export const TURN_LIST = pagedList<typeof interactionSchema, TurnFilters>({
  key: ['interactions', 'list'],
  path: 'anonymous-chat-interactions/',
  item: interactionSchema,
  params: turnFilterParams,
});

export type TurnListRequest = PagedRequest<TurnFilters>;

export const turnQueries = {
  all: () => ['interactions'] as const,
  lists: () => TURN_LIST.key,
  list: TURN_LIST.query,
};
