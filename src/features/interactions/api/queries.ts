import { turnFilterParams, type TurnFilters } from '@/api/filters';
import { pagedList } from '@/api/paged-list';
import { interactionSchema } from '@/api/schemas/interaction';

/** `anonymous-chat-interactions/`: every turn, server-paged, newest first (docs/api.md §2.1). */
export const TURN_LIST = pagedList<typeof interactionSchema, TurnFilters>({
  key: ['interactions', 'list'],
  path: 'anonymous-chat-interactions/',
  item: interactionSchema,
  params: turnFilterParams,
});
