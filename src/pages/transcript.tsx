import { useParams } from 'react-router';
import { TranscriptView } from '@/features/transcript/components/transcript-view';

export function TranscriptPage() {
  const { sessionId = '' } = useParams();
  // A new conversation is a new page: find, selection and revealed IPs start fresh.
  return <TranscriptView key={sessionId} sessionId={sessionId} />;
}
