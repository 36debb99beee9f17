import { NotBuilt } from './not-built';

export function InteractionsPage() {
  return <NotBuilt title="Turns review" what="the server-paged list of turns to review" />;
}
