import { createContext, use } from 'react';
import { CopyableId } from '@/components/data-table/copyable-id';
import { DataTable } from '@/components/data-table/data-table';
import { sortableColumnIds } from '@/components/data-table/sort-rows';
import { countColumn, createDataTableColumnHelper } from '@/components/data-table/table-features';
import { SeverityBadge } from '@/components/ui/severity-badge';
import { Time } from '@/components/ui/time';
import { useReadMarks } from '@/hooks/use-read-marks';
import { useTableUrlState, type TableUrlStateOptions } from '@/hooks/use-table-url-state';
import { formatCount } from '@/lib/format/number';
import { paths } from '@/lib/paths';
import type { SessionRow } from '../utils/sessions';
import { formatTokens, tokensNote } from '../utils/tokens';
import styles from './visitor.module.css';

export const CLICKS_DESCRIPTION =
  'Not reported here: the per-visitor endpoint sends every click count as 0 (only a transcript counts clicks). Open the conversation to see its clicks.';

/** Whether raw IPs are shown; provided by the table so the column definitions stay static. */
const IpRevealContext = createContext(false);

function IpCell({ ips }: { ips: readonly string[] }) {
  const revealed = use(IpRevealContext);
  if (ips.length === 0) return <span className={styles.muted}>—</span>;
  if (!revealed) {
    return (
      <span className={styles.muted}>
        Hidden<span className="visually-hidden"> ({formatCount(ips.length, 'address', 'addresses')})</span>
      </span>
    );
  }
  return (
    <span className={styles.ips}>
      {ips.map((ip) => (
        <code key={ip}>{ip}</code>
      ))}
    </span>
  );
}

const col = createDataTableColumnHelper<SessionRow>();

/** A timestamp field of the row, shown as a time and sorted newest first by its milliseconds. */
function timeColumn(
  id: 'started' | 'last_active',
  header: string,
  sortKey: 'startedMs' | 'lastActiveMs',
  meta?: { description: string },
) {
  return col.accessor((row) => row[sortKey], {
    id,
    header,
    sortDescFirst: true,
    cell: (info) => (
      <span className={styles.nowrap}>
        <Time value={info.row.original[id]} />
      </span>
    ),
    meta,
  });
}

/** Ids follow the `conversations/` fields (docs/api.md §3.3) where one exists. */
const sessionColumns = col.columns([
  col.accessor('session_id', {
    header: 'Conversation',
    cell: (info) =>
      info.getValue() ? (
        <CopyableId value={info.getValue()} label="conversation id" length={10} middle link />
      ) : (
        <span className={styles.muted}>No conversation id</span>
      ),
    meta: { width: '8.5rem' },
  }),
  timeColumn('started', 'Started', 'startedMs'),
  timeColumn('last_active', 'Last active', 'lastActiveMs', {
    description: 'Time of the latest turn',
  }),
  countColumn(col, 'message_count', 'Turns'),
  countColumn(col, 'flagged_turns', 'Flagged', { description: 'Turns the input guard flagged' }),
  col.accessor('max_severity_rank', {
    id: 'max_severity',
    meta: { description: 'Highest severity among the turns' },
    header: 'Severity',
    sortDescFirst: true,
    cell: (info) =>
      info.getValue() > 0 ? (
        <SeverityBadge value={info.row.original.max_severity} />
      ) : (
        <span className={styles.muted}>None</span>
      ),
  }),
  countColumn(col, 'positive_feedback', 'Thumbs up'),
  countColumn(col, 'negative_feedback', 'Thumbs down'),
  countColumn(col, 'offerings_shown', 'Offerings', {
    description: 'Offerings shown: offering links shown to the visitor, summed over the turns',
  }),
  countColumn(col, 'offerings_clicked', 'Clicks', { description: CLICKS_DESCRIPTION }),
  col.accessor('total_tokens', {
    header: 'Tokens',
    sortDescFirst: true,
    cell: (info) => {
      const { tokens } = info.row.original;
      const note = tokensNote(tokens);
      return <span title={note}>{formatTokens(tokens)}</span>;
    },
    meta: {
      align: 'right',
      description: 'Input + output tokens; “≥” when some turns predate token tracking, “—” when all do',
    },
  }),
  col.display({
    id: 'ip_addresses',
    header: 'IP addresses',
    cell: (info) => <IpCell ips={info.row.original.ip_addresses} />,
  }),
]);

const SESSIONS_TABLE_OPTIONS: TableUrlStateOptions = {
  defaultSort: { id: 'last_active', desc: true },
  sortable: sortableColumnIds(sessionColumns),
};

const rowId = (row: SessionRow) => row.session_id || '(none)';
// A turn without a session id has no transcript to open.
const rowHref = (row: SessionRow) => (row.session_id ? paths.transcript.href(row.session_id) : undefined);

export function SessionsTable({
  rows,
  revealIps,
  isFetching,
}: {
  rows: readonly SessionRow[] | undefined;
  revealIps: boolean;
  isFetching?: boolean;
}) {
  const state = useTableUrlState(SESSIONS_TABLE_OPTIONS);
  const marks = useReadMarks();
  return (
    <IpRevealContext value={revealIps}>
      <DataTable
        mode="client"
        data={rows}
        columns={sessionColumns}
        state={state}
        caption="Visitor conversations"
        getRowId={rowId}
        getRowHref={rowHref}
        isRowRead={marks.enabled ? (row) => marks.isRead(row.session_id) : undefined}
        isFetching={isFetching}
        skeletonRows={5}
        emptyTitle="No conversations"
      />
    </IpRevealContext>
  );
}
