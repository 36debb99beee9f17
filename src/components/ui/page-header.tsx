import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';
import styles from './page-header.module.css';

/**
 * The history entry the document was loaded on, until the first client-side navigation. That
 * first page leaves the focus at the top of the document (where the skip link is); every page
 * reached by a navigation inside the app takes it.
 */
let loadedOn: string | null | undefined;

/** Whether a page on `key` should take the focus when it mounts. */
export function isNavigatedPage(key: string, navigationType: string): boolean {
  if (loadedOn === undefined) {
    // The first page of the document: loaded (POP), or reached by a redirect after sign-in.
    loadedOn = navigationType === 'POP' ? key : null;
    return loadedOn === null;
  }
  if (loadedOn !== null && key === loadedOn) return false;
  loadedOn = null;
  return true;
}

/** For tests: the next page behaves as the first of a freshly loaded document. */
export function resetPageFocus(): void {
  loadedOn = undefined;
}

/**
 * The page's one h1. After a client-side navigation it receives focus, so that screen-reader
 * and keyboard users land on the new page rather than on whatever was focused before.
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
  const { key } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    if (!isNavigatedPage(key, navigationType)) return;
    // The focus comes from the link or shortcut that opened the page (the link is gone, or in
    // the header's nav), but a control inside the page's own content keeps it.
    const active = document.activeElement;
    const main = document.getElementById('main');
    const inContent = active !== null && active !== main && main?.contains(active) === true;
    if (!inContent) ref.current?.focus({ preventScroll: true });
    // Once per page: a later change of the search params is not a new page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
