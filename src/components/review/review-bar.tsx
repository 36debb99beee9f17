import type { RowData } from '@tanstack/react-table';
import { Link, useNavigate } from 'react-router';
import { useShortcuts } from '@/components/shortcuts/shortcuts';
import { buttonClass } from '@/components/ui/button';
import {
  usePagedReview,
  useWholeReview,
  type ReviewPosition,
  type ReviewTarget,
} from '@/hooks/use-review-list';
import type { ListDefinition } from '@/hooks/use-server-list';
import { formatNumber } from '@/lib/format/number';
import { saveReviewContext, type ReviewContext } from '@/lib/review-context';
import type { FilterSchema } from '@/lib/url-filters';
import styles from './review-bar.module.css';

type Props<S extends FilterSchema, Row extends RowData> = {
  definition: ListDefinition<S, Row>;
  context: ReviewContext;
};

/**
 * The review flow above a transcript opened from a list: back to that list (its filters, sort,
 * page, and the row focused again), where this one is in it ("Conversation 3 of 51"), and the
 * previous and next row in the list's order, across its pages. Keys: `[`, `]`, `u`.
 */
export function ReviewBar<S extends FilterSchema, Row extends RowData>({
  definition,
  context,
}: Props<S, Row>) {
  return definition.mode === 'whole' ? (
    <WholeReviewBar definition={definition} context={context} />
  ) : (
    <PagedReviewBar definition={definition} context={context} />
  );
}

/** A list of one mode: each mode has its own hook, so each has its own component. */
type ModeProps<S extends FilterSchema, Row extends RowData, M extends ListDefinition<S, Row>['mode']> = {
  definition: Extract<ListDefinition<S, Row>, { mode: M }>;
  context: ReviewContext;
};

function WholeReviewBar<S extends FilterSchema, Row extends RowData>(props: ModeProps<S, Row, 'whole'>) {
  return <ReviewNav {...props} position={useWholeReview(props.definition, props.context)} />;
}

function PagedReviewBar<S extends FilterSchema, Row extends RowData>(props: ModeProps<S, Row, 'paged'>) {
  return <ReviewNav {...props} position={usePagedReview(props.definition, props.context)} />;
}

function positionText(position: ReviewPosition, noun: string): string {
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  switch (position.state) {
    case 'ready':
      return `${Noun} ${formatNumber(position.position ?? 0)} of ${formatNumber(position.total ?? 0)}`;
    case 'loading':
      return 'Finding its place in the list…';
    case 'missing':
      return `No longer in this list (${formatNumber(position.total ?? 0)} ${position.total === 1 ? noun : `${noun}s`} now)`;
    case 'error':
      return 'The list could not be loaded';
  }
}

function ReviewNav<S extends FilterSchema, Row extends RowData>({
  definition,
  context,
  position,
}: Props<S, Row> & { position: ReviewPosition }) {
  const navigate = useNavigate();
  const noun = definition.noun[0];
  const path = definition.review?.path ?? '/';
  const back = position.backSearch ? `${path}?${position.backSearch}` : path;
  const backState = { focusRow: context.row };
  const go = (target: ReviewTarget | null) => {
    if (!target) return false;
    saveReviewContext(target.context);
    void navigate(target.href);
  };
  useShortcuts('Review', [
    { keys: '[', label: `Previous ${noun} in the list`, run: () => go(position.previous) },
    { keys: ']', label: `Next ${noun} in the list`, run: () => go(position.next) },
    { keys: 'u', label: 'Back to the list', run: () => void navigate(back, { state: backState }) },
  ]);

  return (
    <nav className={styles.bar} aria-label="Review">
      <Link to={back} state={backState} className={styles.back} aria-keyshortcuts="u">
        ← Back to {definition.caption}
      </Link>
      <span className={styles.position} role="status">
        {positionText(position, noun)}
      </span>
      <span className={styles.steps}>
        <Step target={position.previous} keys="[" label={`Previous ${noun}`} />
        <Step target={position.next} keys="]" label={`Next ${noun}`} />
      </span>
    </nav>
  );
}

/** A real link (a middle click opens it in a new tab), its context kept as it is pressed. */
function Step({ target, keys, label }: { target: ReviewTarget | null; keys: string; label: string }) {
  const text = keys === '[' ? `← ${label}` : `${label} →`;
  if (!target) {
    return (
      <span className={`${buttonClass} ${styles.step}`} aria-disabled="true">
        {text}
      </span>
    );
  }
  const keep = () => saveReviewContext(target.context);
  return (
    <Link
      to={target.href}
      className={`${buttonClass} ${styles.step}`}
      aria-keyshortcuts={keys}
      title={`${label} (${keys})`}
      onPointerDown={keep}
      onClick={keep}
      onContextMenu={keep}
    >
      {text}
    </Link>
  );
}
