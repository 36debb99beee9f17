import { NotBuilt } from './not-built';

export function InteractionPage() {
  return <NotBuilt title="Turn" what="one turn in its transcript" />;
}
