import { normalizeSeverity, SEVERITY_LABEL } from '@/lib/severity';
import styles from './badge.module.css';

/** One shape and palette for severity everywhere; the word is always in the badge. */
export function SeverityBadge({ value }: { value: string | null | undefined }) {
  const severity = normalizeSeverity(value);
  return (
    <span className={`${styles.badge} ${styles.severity}`} data-severity={severity}>
      <span aria-hidden="true" className={styles.dot} />
      {SEVERITY_LABEL[severity]}
      <span className="visually-hidden"> severity</span>
    </span>
  );
}

/** A chart's colour key in badge form: the same shape, word and colour as in the tables. */
export function SeverityLegend({ values }: { values: readonly string[] }) {
  return (
    <ul className={styles.legend} aria-label="Legend">
      {values.map((value) => (
        <li key={value}>
          <SeverityBadge value={value} />
        </li>
      ))}
    </ul>
  );
}

type Tone = 'neutral' | 'accent' | 'good' | 'warn' | 'bad';
export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: Tone;
  children: React.ReactNode;
  title?: string;
}) {
  // The text is cut with an ellipsis past the badge's width (visitors write anything into the
  // fields badges show); `title` carries the whole value.
  return (
    <span className={styles.badge} data-tone={tone} title={title}>
      <span className={styles.text}>{children}</span>
    </span>
  );
}
