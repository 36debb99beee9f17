import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';
import styles from './pages.module.css';

export function NotFound() {
  return (
    <section className={styles.message}>
      {/* PageHeader: the title, and the focus on the heading after a client-side navigation. */}
      <PageHeader title="Page not found" documentTitle="Page not found" />
      <p>
        There is no page at this address. The link may be mistyped or from an older version of the dashboard.
      </p>
      <p>
        <Link to={paths.overview.pattern}>Go to the overview</Link>
      </p>
    </section>
  );
}
