import type { Feedback } from '@/api/schemas/feedback';
import { Badge } from '@/components/ui/severity-badge';
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
          <span aria-hidden="true">▲ </span>Helpful
        </Badge>
      )}
      {feedback.score === -1 && (
        <Badge tone="bad">
          <span aria-hidden="true">▼ </span>Not helpful
        </Badge>
      )}
      {feedback.category && <Badge tone="neutral">{humanizeSlug(feedback.category)}</Badge>}
      {feedback.comment && (
        <q className={styles.comment} dir="auto">
          <Highlight text={feedback.comment} pattern={pattern} />
        </q>
      )}
    </span>
  );
}
