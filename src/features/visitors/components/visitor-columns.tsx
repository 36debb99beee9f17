import { CopyableId } from '@/components/data-table/copyable-id';
import { countColumn, createDataTableColumnHelper } from '@/components/data-table/table-features';
import { Time } from '@/components/ui/time';
import { lastSeenIso, type VisitorRow } from '../utils/visitor-rows';

export const REDACTIONS_DESCRIPTION =
  'Turns where the input guard redacted personal data (PII redactions). The API names this counter ' +
  'injection_strikes, but blocked injection attempts are never stored, so it does not count them.';

const col = createDataTableColumnHelper<VisitorRow>();

/** Column ids are the `by-user/` field names (docs/api.md §3.4); they appear in the URL as `o`. */
export const visitorColumns = col.columns([
  col.accessor('user_slug', {
    header: 'Visitor',
    cell: (info) => <CopyableId value={info.getValue()} label="visitor slug" length={12} link />,
    meta: { width: '10rem', description: 'Pseudonymous visitor id: a keyed hash of the IP address' },
  }),
  col.accessor((row) => row.lastSeenMs, {
    id: 'last_seen',
    header: 'Last seen',
    sortDescFirst: true,
    cell: (info) => <Time value={info.row.original.last_seen} relative />,
    meta: {
      width: '9rem',
      description: 'Time of the latest matching turn',
      csv: { header: 'Last seen (UTC)', value: lastSeenIso },
    },
  }),
  countColumn(col, 'total_interactions', 'Turns', {
    description: 'Turns (a message and its reply) matching the filters',
  }),
  countColumn(col, 'session_count', 'Conversations', {
    description: 'Distinct conversations with matching turns',
  }),
  countColumn(col, 'positive_feedback', 'Thumbs up', { description: 'Turns the visitor rated thumbs up' }),
  countColumn(col, 'negative_feedback', 'Thumbs down', {
    description: 'Turns the visitor rated thumbs down',
  }),
  countColumn(col, 'no_feedback', 'Not voted', {
    description: 'Turns without a vote (turns with only a judge verdict included)',
  }),
  countColumn(col, 'injection_strikes', 'Redactions', { description: REDACTIONS_DESCRIPTION }),
]);
