import { useEffect } from 'react';
import { APP_NAME } from '@/lib/paths';

function pageTitle(page: string): string {
  return page ? `${page} · ${APP_NAME}` : APP_NAME;
}

/** Every page has a title. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = pageTitle(page);
  }, [page]);
}
