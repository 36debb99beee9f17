import type { Feedback } from '@/api/schemas/feedback';
import { Badge } from '@/components/ui/severity-badge';
import { ThumbIcon } from '@/components/ui/thumb-icon';
import { VOTE_LABEL } from '@/lib/vote';
import { humanizeSlug } from '@/lib/format/text';
import { Highlight } from './highlight';
import styles from './turn.module.css';

/** The visitor's thumbs, category and comment for one turn. */
export function TurnFeedback({ feedback, pattern }: { feedback: Feedback | null; pattern: RegExp | null }) {
  if (!feedback || (feedback.score === null && !feedback.comment)) {
    const judged = feedback && (feedback.llm_reviewed_at || feedback.llm_resolution_score !== null);
    return (
      <span className={styles.quiet}>
        {judged ? 'No visitor feedback · judge verdict above' : 'No feedback'}
      </span>
    );
  }
  return (
    <span className={styles.feedback}>
      {feedback.score === 1 && (
        <Badge tone="good">
          <ThumbIcon direction="up" /> {VOTE_LABEL.up}
        </Badge>
      )}
      {feedback.score === -1 && (
        <Badge tone="bad">
          <ThumbIcon direction="down" /> {VOTE_LABEL.down}
        </Badge>
      )}
      {feedback.category && (
        <Badge tone="neutral" title={`Category: ${feedback.category}`}>
          {humanizeSlug(feedback.category)}
        </Badge>
      )}
      {feedback.comment && (
        <q className={styles.comment} dir="auto">
          <Highlight text={feedback.comment} pattern={pattern} />
        </q>
      )}
    </span>
  );
}
