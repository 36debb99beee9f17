import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { paths } from '@/lib/paths';
import styles from './pages.module.css';

/** Error boundary for a route: the shell stays, the page says what broke. */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  const chunkFailed =
    error instanceof Error && /dynamically imported module|Importing a module script/i.test(error.message);
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : chunkFailed
      ? 'A part of the app could not be loaded — probably a new version was deployed.'
      : error instanceof Error
        ? error.message
        : 'Unknown error';
  return (
    <section className={styles.message} role="alert">
      <h1>This page failed to load</h1>
      <p>{message}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        or <Link to={paths.overview.pattern}>go to the overview</Link>.
      </p>
    </section>
  );
}
