import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { paths } from '@/lib/paths';
import styles from './pages.module.css';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <section className={styles.message}>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. The link may be mistyped or from an older version of the dashboard.
      </p>
      <p>
        <Link to={paths.overview.pattern}>Go to the overview</Link>
      </p>
    </section>
  );
}
