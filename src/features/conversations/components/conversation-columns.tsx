import { Link } from 'react-router';
import type { Conversation } from '@/api/schemas/conversation';
import { CopyableId } from '@/components/data-table/copyable-id';
import { countColumn, createDataTableColumnHelper } from '@/components/data-table/table-features';
import { CopyButton } from '@/components/ui/copy-button';
import { SeverityBadge } from '@/components/ui/severity-badge';
import { Time } from '@/components/ui/time';
import { parseTimestamp } from '@/lib/format/date';
import { EMPTY, shortId } from '@/lib/format/text';
import { paths } from '@/lib/paths';
import { normalizeSeverity } from '@/lib/severity';
import { severitySortKey } from '../utils/conversation-row';
import styles from './conversations.module.css';

const col = createDataTableColumnHelper<Conversation>();
const muted = <span className={styles.muted}>{EMPTY}</span>;

function Visitor({ slug }: { slug: string }) {
  if (!slug) return muted;
  return (
    <span className={styles.visitor}>
      <Link to={paths.visitor.href(slug)} title={`Visitor ${slug}`}>
        <span aria-hidden="true">{shortId(slug, 12)}</span>
        <span className="visually-hidden">Visitor {slug}</span>
      </Link>
      <CopyButton value={slug} label="visitor slug" />
    </span>
  );
}

/** A long header that may take two lines, so a narrow column stays narrow. */
function Wrap({ children }: { children: string }) {
  return <span className={styles.wrapHeader}>{children}</span>;
}

/** Every column of the conversations table; ids are the API's field names. */
export const conversationColumns = col.columns([
  col.accessor('session_id', {
    header: 'Conversation',
    meta: { width: '9.5rem', description: 'Open the transcript' },
    // Both ends: one visitor's conversations often share the start of their ids.
    cell: (info) => <CopyableId value={info.getValue()} label="conversation id" length={10} middle link />,
  }),
  col.accessor('user_slug', {
    header: 'Visitor',
    meta: { width: '9.5rem' },
    cell: (info) => <Visitor slug={info.getValue()} />,
  }),
  // Flagged and severity early: what a reviewer scans for, in view on a tablet too.
  col.accessor('is_flagged', {
    header: 'Flagged',
    sortDescFirst: true,
    cell: (info) =>
      // Plain words: a coloured pill here would read as a severity.
      info.getValue() ? (
        <span className={styles.flagged}>Flagged</span>
      ) : (
        <span className={styles.muted}>Not flagged</span>
      ),
  }),
  col.accessor(severitySortKey, {
    id: 'max_severity',
    header: () => <Wrap>Highest severity</Wrap>,
    sortDescFirst: true,
    meta: {
      csv: { header: 'Highest severity', value: (row: Conversation) => normalizeSeverity(row.max_severity) },
    },
    cell: (info) => (info.getValue() > 0 ? <SeverityBadge value={info.row.original.max_severity} /> : muted),
  }),
  // Sorted as instants, not as strings: timestamps may come in more than one ISO form.
  col.accessor((row) => parseTimestamp(row.last_active)?.getTime() ?? null, {
    id: 'last_active',
    header: 'Last active',
    sortDescFirst: true,
    meta: { csv: { header: 'Last active (UTC)', value: (row: Conversation) => row.last_active } },
    cell: (info) => (
      <span className={styles.nowrap}>
        <Time value={info.row.original.last_active} compact />
      </span>
    ),
  }),
  col.accessor((row) => parseTimestamp(row.started)?.getTime() ?? null, {
    id: 'started',
    header: 'Started',
    sortDescFirst: true,
    meta: { csv: { header: 'Started (UTC)', value: (row: Conversation) => row.started } },
    cell: (info) => (
      <span className={styles.nowrap}>
        <Time value={info.row.original.started} compact />
      </span>
    ),
  }),
  countColumn(col, 'message_count', 'Turns', { description: 'Turns that pass the turn filters' }),
  col.group({
    id: 'offerings',
    header: 'Offerings',
    columns: col.columns([
      countColumn(col, 'offerings_shown', 'Shown', {
        description: 'Offerings shown in replies',
        csv: 'Offerings shown',
      }),
      countColumn(col, 'offerings_clicked', 'Clicked', {
        description: 'Clicks on offerings (repeat clicks count)',
        csv: 'Offerings clicked',
      }),
    ]),
  }),
  col.group({
    id: 'tokens',
    header: 'Tokens',
    columns: col.columns([
      countColumn(col, 'input_tokens', 'In', { description: 'Input (prompt) tokens', csv: 'Input tokens' }),
      countColumn(col, 'output_tokens', 'Out', {
        description: 'Output (completion) tokens',
        csv: 'Output tokens',
      }),
      countColumn(col, 'total_tokens', 'Total', {
        description: 'Input + output; judge tokens excluded',
        csv: 'Total tokens',
      }),
    ]),
  }),
  col.accessor('has_feedback', {
    header: 'Voted',
    sortDescFirst: true,
    meta: { description: 'A visitor voted on a reply (judge verdicts do not count)' },
  }),
  col.accessor('is_reviewed', {
    header: 'Reviewed',
    sortDescFirst: true,
    meta: { description: 'The nightly judge has scored it' },
  }),
  col.accessor('models_used', {
    header: 'Model',
    meta: { description: 'Chat models that answered' },
    cell: (info) =>
      info.getValue() ? (
        <span className={styles.model} title={info.getValue()}>
          {info.getValue()}
        </span>
      ) : (
        muted
      ),
  }),
]);
