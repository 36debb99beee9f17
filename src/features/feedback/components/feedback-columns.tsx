import type { Feedback } from '@/api/schemas/feedback';
import { RowLink } from '@/components/data-table/row-link';
import { createDataTableColumnHelper } from '@/components/data-table/table-features';
import { Badge } from '@/components/ui/severity-badge';
import { ShortText } from '@/components/ui/short-text';
import { ThumbIcon } from '@/components/ui/thumb-icon';
import { Time } from '@/components/ui/time';
import { EMPTY, excerpt, intentWords } from '@/lib/format/text';
import { categoryLabel } from '@/lib/filter-fields';
import { VOTE_LABEL, voteWord } from '@/lib/vote';
import { isJudged, resolutionTone } from '../utils/feedback-row';
import styles from './feedback.module.css';

const col = createDataTableColumnHelper<Feedback>();

const muted = <span className={styles.muted}>{EMPTY}</span>;

function Vote({ score }: { score: number | null }) {
  const text =
    score === 1 ? (
      <>
        <ThumbIcon direction="up" /> {VOTE_LABEL.up}
      </>
    ) : score === -1 ? (
      <>
        <ThumbIcon direction="down" /> {VOTE_LABEL.down}
      </>
    ) : (
      'Judge only'
    );
  return (
    <span className={styles.vote}>
      <RowLink
        title={
          score === null
            ? 'No visitor vote: a verdict of the nightly judge. Open the turn.'
            : 'Open the turn in its transcript'
        }
      >
        {text}
      </RowLink>
    </span>
  );
}

/** Column ids are the API's field names; `score`, `submitted_at` and the resolution sort on the server. */
export const feedbackColumns = col.columns([
  col.accessor('score', {
    header: 'Vote',
    meta: {
      width: '9rem',
      description: 'The visitor’s thumbs, or “Judge only” for a verdict without a vote',
      csv: { value: (row: Feedback) => voteWord(row.score) },
    },
    cell: (info) => <Vote score={info.getValue()} />,
  }),
  col.accessor('category', {
    header: 'Category',
    meta: { width: '9rem' },
    cell: (info) =>
      info.getValue() ? <ShortText text={categoryLabel(info.getValue())} max={24} expand={false} /> : muted,
  }),
  col.accessor('comment', {
    header: 'Comment',
    cell: (info) => {
      const text = info.getValue().trim();
      return text ? (
        <span className={styles.comment} title={text}>
          {excerpt(text, 160)}
        </span>
      ) : (
        muted
      );
    },
  }),
  col.accessor('llm_resolution_score', {
    header: 'Resolution',
    sortDescFirst: true,
    meta: {
      align: 'right',
      width: '7rem',
      description: 'The judge’s score: 5 fully resolved … 1 failed or refused',
    },
    cell: (info) => {
      const score = info.getValue();
      return score === null ? muted : <Badge tone={resolutionTone(score)}>{score} / 5</Badge>;
    },
  }),
  col.accessor('llm_intent_category', {
    header: 'Intent',
    meta: {
      width: '10.5rem',
      description: 'What the judge thinks the visitor wanted',
      csv: { value: (row: Feedback) => intentWords(row.llm_intent_category) },
    },
    cell: (info) =>
      info.getValue() ? <ShortText text={intentWords(info.getValue())} max={24} expand={false} /> : muted,
  }),
  col.accessor('llm_hallucination_detected', {
    header: 'Hallucination',
    meta: {
      width: '8rem',
      description: 'The judge found an offering or provider that the tools never returned',
      csv: { value: (row: Feedback) => (isJudged(row) ? row.llm_hallucination_detected : '') },
    },
    cell: (info) => {
      const row = info.row.original;
      if (!isJudged(row)) return muted;
      return info.getValue() ? (
        <Badge tone="bad" title={row.llm_hallucination_details || undefined}>
          Yes
        </Badge>
      ) : (
        'No'
      );
    },
  }),
  col.accessor('submitted_at', {
    header: 'Submitted',
    sortDescFirst: true,
    meta: { width: '12.5rem', csv: { header: 'Submitted (UTC)' } },
    cell: (info) => {
      const value = info.getValue();
      if (value)
        return (
          <span className={styles.nowrap}>
            <Time value={value} />
          </span>
        );
      const reviewed = info.row.original.llm_reviewed_at;
      return reviewed ? (
        <span className={`${styles.muted} ${styles.nowrap}`}>
          Reviewed <Time value={reviewed} />
        </span>
      ) : (
        muted
      );
    },
  }),
]);
