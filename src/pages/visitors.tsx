import { NotBuilt } from './not-built';

export function VisitorsPage() {
  return <NotBuilt title="Visitors" what="the pseudonymous visitors with their counters" />;
}
