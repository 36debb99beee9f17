import { useParams } from 'react-router';
import { TurnRedirect } from '@/features/transcript/components/turn-redirect';

export function InteractionPage() {
  const { uuid = '' } = useParams();
  return <TurnRedirect key={uuid} uuid={uuid} />;
}
