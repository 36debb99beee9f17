import { PageHeader } from '@/components/ui/page-header';
import { VisitorsView } from '@/features/visitors/components/visitors-view';

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

// Run by the router as soon as this module has loaded (src/app/router.tsx).
export { prepareVisitorsList as prepare } from '@/features/visitors/api/queries';
