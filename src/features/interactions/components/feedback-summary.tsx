import type { Feedback } from '@/api/schemas/feedback';
import { Badge } from '@/components/ui/severity-badge';
import { ThumbIcon } from '@/components/ui/thumb-icon';
import { EMPTY, humanizeSlug } from '@/lib/format/text';
import { feedbackKind } from '../utils/turn-row';
import styles from './turns.module.css';

/** A turn's feedback in a table cell: the visitor's thumbs (and category), or the judge's score. */
export function FeedbackSummary({ feedback }: { feedback: Feedback | null }) {
  const kind = feedbackKind(feedback);
  if (kind === 'none' || !feedback) return <span className={styles.muted}>{EMPTY}</span>;
  const comment = feedback.comment.trim();
  return (
    <span className={styles.wrapBadges}>
      {kind === 'up' && (
        <Badge tone="good">
          <ThumbIcon direction="up" /> Thumbs up
        </Badge>
      )}
      {kind === 'down' && (
        <Badge tone="bad" title={feedback.category ? `Category: ${feedback.category}` : undefined}>
          <ThumbIcon direction="down" /> Thumbs down
          {feedback.category && ` · ${humanizeSlug(feedback.category.replaceAll('_or_', ' or '))}`}
        </Badge>
      )}
      {kind === 'judge' && (
        <Badge title="No visitor vote; the nightly judge reviewed the conversation">Judge only</Badge>
      )}
      {comment && (
        <Badge title={comment}>
          Comment<span className="visually-hidden">: {comment}</span>
        </Badge>
      )}
    </span>
  );
}
