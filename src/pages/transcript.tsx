import { NotBuilt } from './not-built';

export function TranscriptPage() {
  return <NotBuilt title="Transcript" what="a conversation as a transcript" />;
}
