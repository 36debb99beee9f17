import { useId, type ReactNode } from 'react';
import styles from './filters.module.css';

/** A field's error (from a 400) below its control. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className={styles.error}>
      {error}
    </p>
  );
}

/** What a labelled field's control spreads onto itself: its id and what describes it. */
type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** A control with its label above, and its hint and its error below, wired to describe it. */
export function LabelledField({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  /** Why the control is disabled, or what it means; shown as its description. */
  hint?: ReactNode;
  /** A server message for this filter (400 field error). */
  error?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span id={hintId} className={`${styles.label} ${styles.hintText}`}>
          {hint}
        </span>
      )}
      <FieldError id={errorId} error={error} />
    </div>
  );
}
