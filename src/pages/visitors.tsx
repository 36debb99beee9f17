import { PageHeader } from '@/components/ui/page-header';
import { visitorQueries } from '@/features/visitors/api/queries';
import { VisitorsView } from '@/features/visitors/components/visitors-view';

/** The router calls this when the page's module has loaded, before the page renders. */
export const prepareVisitorsPage = visitorQueries.prepareList;

export function VisitorsPage() {
  return (
    <>
      <PageHeader
        title="Visitors"
        documentTitle="Visitors"
        subtitle="Pseudonymous visitors of the public assistant (one per IP address) with their turn and feedback counters"
      />
      <VisitorsView />
    </>
  );
}
