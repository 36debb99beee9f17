import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';

/** Plain notice for a route whose page is scheduled but not built yet. */
export function NotBuilt({ title, what }: { title: string; what: string }) {
  return (
    <>
      <PageHeader title={title} documentTitle={title} />
      <Card>
        <p>
          This page is not built yet. It will show {what}. Meanwhile the <Link to={paths.overview.pattern}>overview</Link>{' '}
          shows today's token budget.
        </p>
      </Card>
    </>
  );
}
