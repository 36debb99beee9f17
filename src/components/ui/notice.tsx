import type { ReactNode } from 'react';
import styles from './notice.module.css';

/**
 * A quiet message above a list that explains what the user sees (a page that no longer
 * exists, a filter that cannot match), with an optional action. A status, not an alert.
 */
export function Notice({
  title,
  children,
  actions,
  tone = 'info',
}: {
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  tone?: 'info' | 'warn';
}) {
  return (
    <div role="status" className={styles.notice} data-tone={tone}>
      <div className={styles.body}>
        {title && <p className={styles.title}>{title}</p>}
        {children}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
