import { hashKey, useIsFetching, useQueryClient, type Query, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import styles from './slow-loading.module.css';

/** After this long a first load is "slow": the section says so and offers to cancel it. */
const SLOW_AFTER_MS = 5_000;

type Phase = 'waiting' | 'slow' | 'cancelled';

/**
 * The loading state of one section (pass its skeleton as children). A first load that takes
 * longer than `slowAfterMs` adds "Still loading …" with a Cancel button; Cancel aborts the
 * requests (`cancelQueries`, which aborts each fetch through its signal) and leaves a Retry in
 * the section's place. Only the queries named by `queryKeys` are touched; other sections go on.
 */
export function SlowLoading({
  queryKeys,
  what,
  children,
  slowAfterMs = SLOW_AFTER_MS,
  wrap = (notice) => notice,
}: {
  /** The exact keys of the queries the section waits for. */
  queryKeys: readonly QueryKey[];
  /** What the section loads, e.g. "the key figures". */
  what: string;
  children?: ReactNode;
  slowAfterMs?: number;
  /** Puts the notice where it may stand, e.g. in a full-width table row. */
  wrap?: (notice: ReactNode) => ReactNode;
}) {
  const client = useQueryClient();
  const hashes = new Set(queryKeys.map((key) => hashKey(key)));
  const predicate = (query: Query) => hashes.has(query.queryHash);
  const fetching = useIsFetching({ predicate }) > 0;
  const [phase, setPhase] = useState<Phase>('waiting');
  // A refetch started elsewhere (a poll, another tab's retry) ends the cancelled state.
  const [seenFetching, setSeenFetching] = useState(fetching);
  if (fetching !== seenFetching) {
    setSeenFetching(fetching);
    if (fetching && phase === 'cancelled') setPhase('waiting');
  }

  useEffect(() => {
    if (phase !== 'waiting') return;
    const id = window.setTimeout(() => setPhase('slow'), slowAfterMs);
    return () => window.clearTimeout(id);
  }, [phase, slowAfterMs]);

  const cancel = () => {
    setPhase('cancelled');
    void client.cancelQueries({ predicate });
  };
  const retry = () => {
    setPhase('waiting');
    void client.refetchQueries({ predicate });
  };

  if (phase === 'cancelled') {
    return wrap(
      <div className={styles.notice} role="status">
        <p>Loading {what} was cancelled.</p>
        <Button size="small" onClick={retry}>
          Retry
        </Button>
      </div>,
    );
  }
  return (
    <>
      {phase === 'slow' &&
        wrap(
          <div className={styles.notice} role="status">
            <p>Still loading {what}… The server is taking longer than usual.</p>
            <Button size="small" onClick={cancel}>
              Cancel
            </Button>
          </div>,
        )}
      {children}
    </>
  );
}
