import { csvColumns } from '@/components/data-table/csv-columns';
import { ServerList } from '@/components/list/server-list';
import { useServerList, type ListDefinition } from '@/hooks/use-server-list';
import { paths } from '@/lib/paths';
import { TURN_LIST } from '../api/queries';
import { TURN_DEFAULT_SORT, TURN_FILTER_GROUPS, TURN_SORTABLE, turnListSchema } from '../utils/turn-filters';
import { TURN_CSV_EXTRA, turnHref, turnsForJson } from '../utils/turn-row';
import { turnColumns } from './turn-columns';
import type { Interaction } from '@/api/schemas/interaction';

/** The turns review list (server-paged); the transcript page walks it too. */
export const TURNS: ListDefinition<typeof turnListSchema, Interaction> = {
  caption: 'Turns',
  noun: ['turn', 'turns'],
  schema: turnListSchema,
  groups: TURN_FILTER_GROUPS,
  columns: turnColumns,
  defaultSort: TURN_DEFAULT_SORT,
  rowId: (turn) => turn.uuid,
  rowHref: turnHref,
  exportName: 'turns',
  csv: csvColumns(turnColumns, TURN_CSV_EXTRA),
  empty: {
    title: 'No turns yet',
    text: 'Turns appear here as soon as visitors use the public assistant.',
    filteredHint: 'Widen the date range or remove a filter.',
  },
  read: (turn, marks) => marks.isRead(turn.session_id),
  review: { list: 'turns', path: paths.interactions.pattern },
  mode: 'paged',
  list: TURN_LIST,
  sortable: TURN_SORTABLE,
  toJson: turnsForJson,
};

/** The turns review queue: every turn, server-paged, filtered and ordered through the URL. */
export function TurnsReview() {
  return <ServerList list={useServerList(TURNS)} filterLabel="Filter turns" />;
}
