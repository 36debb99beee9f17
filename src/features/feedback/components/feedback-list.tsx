import type { Feedback } from '@/api/schemas/feedback';
import { csvColumns } from '@/components/data-table/csv-columns';
import { ServerList } from '@/components/list/server-list';
import { Notice } from '@/components/ui/notice';
import { useServerList, type ListDefinition } from '@/hooks/use-server-list';
import { paths } from '@/lib/paths';
import { FEEDBACK_LIST } from '../api/queries';
import {
  FEEDBACK_DEFAULT_SORT,
  FEEDBACK_FILTER_GROUPS,
  FEEDBACK_SORTABLE,
  feedbackListSchema,
} from '../utils/feedback-filters';
import { FEEDBACK_CSV_EXTRA, feedbackForJson, feedbackHref } from '../utils/feedback-row';
import { feedbackColumns } from './feedback-columns';
import styles from './feedback.module.css';

/** The feedback list (server-paged); the transcript page walks it too. */
export const FEEDBACK: ListDefinition<typeof feedbackListSchema, Feedback> = {
  caption: 'Feedback',
  noun: ['row', 'rows'],
  schema: feedbackListSchema,
  groups: FEEDBACK_FILTER_GROUPS,
  columns: feedbackColumns,
  defaultSort: FEEDBACK_DEFAULT_SORT,
  rowId: (row) => row.interaction_uuid,
  rowHref: feedbackHref,
  exportName: 'feedback',
  csv: csvColumns(feedbackColumns, FEEDBACK_CSV_EXTRA),
  empty: {
    title: 'No feedback yet',
    text: 'Rows appear when visitors vote on a reply or when the nightly judge reviews a conversation.',
    filteredHint: 'Try another vote or category, or a wider range.',
  },
  read: (row, marks) => marks.isTurnRead(row.interaction_uuid),
  review: { list: 'feedback', path: paths.feedback.pattern },
  mode: 'paged',
  list: FEEDBACK_LIST,
  sortable: FEEDBACK_SORTABLE,
  toJson: feedbackForJson,
};

/** Visitor votes and judge verdicts, server-paged, filtered and ordered through the URL. */
export function FeedbackList() {
  const list = useServerList(FEEDBACK);
  const { filters, table } = list;
  const dated = Boolean(filters.submitted_from || filters.submitted_to || filters.submitted_range);
  // Postgres sorts NULLs first on DESC (docs/api.md §2.9).
  const judgeFirst =
    filters.score === undefined && !dated && table.sort?.id === 'submitted_at' && table.sort.desc;

  return (
    <ServerList
      list={list}
      filterLabel="Filter feedback"
      notices={
        dated && (
          <Notice>
            <p>Judge-only rows have no submission time, so a “Submitted” range shows visitor votes only.</p>
          </Notice>
        )
      }
      countNote={
        judgeFirst && (
          <span className={styles.hint}>
            {' '}
            · Newest first puts judge-only rows (no vote, so no submission time) at the top; choose a Vote to
            see visitor feedback only.
          </span>
        )
      }
    />
  );
}
