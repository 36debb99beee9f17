import type { Interaction } from '@/api/schemas/interaction';
import { CopyableId } from '@/components/data-table/copyable-id';
import { RowLink } from '@/components/data-table/row-link';
import { createDataTableColumnHelper } from '@/components/data-table/table-features';
import { Badge, SeverityBadge } from '@/components/ui/severity-badge';
import { Time } from '@/components/ui/time';
import { EMPTY, excerpt } from '@/lib/format/text';
import { actionLabel, hasSafetyFlag } from '../utils/turn-row';
import { FeedbackSummary } from './feedback-summary';
import styles from './turns.module.css';

const col = createDataTableColumnHelper<Interaction>();

function Safety({ turn }: { turn: Interaction }) {
  const action = actionLabel(turn.action_taken);
  if (!hasSafetyFlag(turn) && !action) return <span className={styles.muted}>{EMPTY}</span>;
  return (
    <span className={styles.badges}>
      {hasSafetyFlag(turn) && <SeverityBadge value={turn.severity} />}
      {action && <Badge tone={turn.action_taken === 'redact' ? 'warn' : 'neutral'}>{action}</Badge>}
    </span>
  );
}

/** Column ids are the API's field names, so `created` and `result_count` sort on the server. */
export const turnColumns = col.columns([
  col.accessor('created', {
    header: 'Created',
    sortDescFirst: true,
    meta: {
      width: '12.5rem',
      description: 'When the visitor sent the message',
      csv: { header: 'Created (UTC)' },
    },
    cell: (info) => (
      <span className={styles.time}>
        <RowLink title="Open in its transcript">
          <Time value={info.getValue()} />
        </RowLink>
      </span>
    ),
  }),
  col.accessor('user_slug', {
    header: 'Visitor',
    meta: { width: '9rem' },
    cell: (info) =>
      info.getValue() ? (
        <CopyableId value={info.getValue()} label="visitor slug" />
      ) : (
        <span className={styles.muted}>{EMPTY}</span>
      ),
  }),
  col.accessor('user_input', {
    header: 'Message',
    meta: { description: 'The visitor’s message as stored (redacted where PII was found)' },
    cell: (info) => {
      const text = info.getValue();
      const short = excerpt(text, 160);
      return short ? (
        <span className={styles.excerpt} title={excerpt(text, 600)}>
          {short}
        </span>
      ) : (
        <span className={styles.muted}>(empty)</span>
      );
    },
  }),
  col.display({
    id: 'safety',
    header: 'Safety',
    meta: { width: '11rem', description: 'Severity and the guard’s action', csv: false },
    cell: (info) => <Safety turn={info.row.original} />,
  }),
  col.accessor('result_count', {
    header: 'Offerings',
    sortDescFirst: true,
    meta: {
      align: 'right',
      width: '6rem',
      description: 'Offerings shown in the reply',
      csv: { header: 'Offerings shown' },
    },
  }),
  col.display({
    id: 'feedback',
    header: 'Feedback',
    meta: { width: '16rem', csv: false },
    cell: (info) => <FeedbackSummary feedback={info.row.original.feedback} />,
  }),
]);
