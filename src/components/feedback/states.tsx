import { isApiError } from '@/api/errors';
import { Button } from '@/components/ui/button';
import styles from './states.module.css';

/** What failed, in words, with a retry. Used by every section, never for the whole page. */
export function SectionError({
  error,
  onRetry,
  retrying = false,
  what,
}: {
  error: unknown;
  onRetry?: () => void;
  /** A retry is on its way: the button says so and waits. */
  retrying?: boolean;
  /** What the section was loading, e.g. "the budget". */
  what: string;
}) {
  const message = errorMessage(error);
  const staffOnly = isApiError(error) && error.status === 403;
  return (
    <div role="alert" className={styles.error}>
      <p className={styles.errorTitle}>Could not load {what}.</p>
      <p className={styles.errorText}>{message}</p>
      {isApiError(error) && error.kind === 'malformed' && (
        <p className={styles.errorText}>Endpoint: {error.endpoint}</p>
      )}
      {onRetry && !staffOnly && (
        <Button size="small" className={styles.retry} onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      )}
    </div>
  );
}

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>{title}</p>
      {children && <div className={styles.emptyText}>{children}</div>}
    </div>
  );
}

/** The loading pulse, for a container whose skeletons pulse together (`<Skeleton still />`). */
export const pulseClass = styles.pulse;

/** A grey block of a given size that stands where content will be (no layout jump). */
export function Skeleton({
  width = '100%',
  height = '1rem',
  label,
  still = false,
}: {
  width?: string;
  height?: string;
  label?: string;
  /** Its container pulses (`pulseClass`) instead of each block. */
  still?: boolean;
}) {
  return (
    <span
      className={still ? styles.skeleton : `${styles.skeleton} ${styles.pulse}`}
      style={{ width, height }}
      aria-hidden={label ? undefined : true}
      role={label ? 'status' : undefined}
      aria-label={label}
    />
  );
}
