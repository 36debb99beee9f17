import { useQuery } from '@tanstack/react-query';
import type { ApiGeneration } from '@/api/filters';
import type { UserMe } from '@/api/schemas/user';
import { setApiGeneration } from '@/api/server-info';
import { sessionQueries } from '../api/queries';
import { useToken } from './use-token';

export type SessionState =
  | { status: 'anonymous' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'forbidden'; me: UserMe }
  | { status: 'ready'; me: UserMe; version: string | null; generation: ApiGeneration };

/** Who is signed in, whether they may see the dashboard, and which API generation serves them. */
export function useSession(): SessionState {
  const token = useToken();
  // Two queries side by side (both start at once), rather than `useQueries`: the first load
  // is smaller without its observer.
  const me = useQuery({ ...sessionQueries.me(), enabled: token !== null });
  const version = useQuery({ ...sessionQueries.version(), enabled: token !== null });
  if (token === null) return { status: 'anonymous' };
  if (me.error) return { status: 'error', error: me.error, retry: () => void me.refetch() };
  if (!me.data || !version.data) return { status: 'loading' };
  if (!me.data.is_staff && !me.data.is_support) return { status: 'forbidden', me: me.data };
  setApiGeneration(version.data.generation);
  return { status: 'ready', me: me.data, version: version.data.version, generation: version.data.generation };
}
