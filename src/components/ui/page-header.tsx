import { useEffect, useRef, type ReactNode } from 'react';
import { useDocumentTitle } from '@/hooks/use-document-title';
import styles from './page-header.module.css';

/**
 * The page's one h1. It receives focus when the page mounts so that screen-reader and keyboard
 * users land on the new page after a client-side navigation.
 */
export function PageHeader({
  title,
  documentTitle,
  subtitle,
  actions,
}: {
  title: ReactNode;
  documentTitle: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  useDocumentTitle(documentTitle);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('nav, main') === null || active.tagName === 'MAIN') {
      ref.current?.focus({ preventScroll: true });
    }
  }, []);
  return (
    <div className={styles.header}>
      <div className={styles.titles}>
        <h1 ref={ref} tabIndex={-1} className={styles.title}>
          {title}
        </h1>
        {subtitle && <div className={styles.subtitle}>{subtitle}</div>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
