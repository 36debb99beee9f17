import { NotBuilt } from './not-built';

export function VisitorPage() {
  return <NotBuilt title="Visitor" what="one visitor's sessions and totals" />;
}
