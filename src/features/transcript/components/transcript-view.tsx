import { useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { Link } from 'react-router';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { EmptyState, SectionError, Skeleton } from '@/components/feedback/states';
import { CopyButton } from '@/components/ui/copy-button';
import { PageHeader } from '@/components/ui/page-header';
import type { Interaction } from '@/api/schemas/interaction';
import { useReadMarks } from '@/hooks/use-read-marks';
import { shortMiddle } from '@/lib/format/text';
import { paths } from '@/lib/paths';
import { isAddressableId, transcriptQueries } from '../api/queries';
import { TranscriptBody, type Landing } from './transcript-body';
import styles from './transcript-view.module.css';

/**
 * `/sessions/:sessionId`: one conversation as a transcript, with its own loading/empty/error
 * states. Opened, it is read (read marks); `landing` says where it starts when opened from a list.
 */
export function TranscriptView({ sessionId, landing }: { sessionId: string; landing?: Landing }) {
  const query = useQuery(transcriptQueries.bySession(sessionId));
  const { markRead, markUnread, enabled: marking } = useReadMarks();
  const loaded = query.data;
  const read = useEffectEvent((turns: readonly Interaction[]) =>
    markRead(
      sessionId,
      turns.filter((turn) => turn.feedback !== null).map((turn) => turn.uuid),
    ),
  );
  useEffect(() => {
    if (loaded && loaded.length > 0) read(loaded);
  }, [loaded]);
  // While the whole conversation loads (or after it failed), its first turns from the paged
  // list: a long transcript opens at once. Never for an id the server cannot address.
  const waiting = query.data === undefined;
  const head = useQuery({
    ...transcriptQueries.head(sessionId),
    enabled: waiting && isAddressableId(sessionId),
  });
  const headTurns = waiting && head.data && head.data.items.length > 0 ? head.data : null;
  const subtitle = (
    <span className={styles.sessionId}>
      <span>
        Conversation id <code title={sessionId}>{shortMiddle(sessionId, 32)}</code>
      </span>
      <CopyButton value={sessionId} label="conversation id" />
    </span>
  );

  // What the page shows whichever turns it has.
  const page = { sessionId, subtitle, landing };
  const bySessionKey = transcriptQueries.bySession(sessionId).queryKey;
  if (headTurns) {
    return (
      <TranscriptBody
        {...page}
        turns={headTurns.items}
        partial={{
          total: Math.max(headTurns.total, headTurns.items.length),
          rest: query.isError ? (
            <SectionError error={query.error} what="this conversation" onRetry={() => void query.refetch()} />
          ) : (
            <SlowLoading queryKeys={[bySessionKey]} what="this conversation">
              <Skeleton height="12rem" label="Loading the rest of the conversation" />
            </SlowLoading>
          ),
        }}
      />
    );
  }
  const header = (
    <PageHeader
      title="Conversation"
      documentTitle={`Conversation ${shortMiddle(sessionId, 12)}`}
      subtitle={subtitle}
    />
  );
  if (query.isPending) {
    return (
      <>
        {header}
        <SlowLoading queryKeys={[bySessionKey]} what="this conversation">
          <TranscriptSkeleton />
        </SlowLoading>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {header}
        <SectionError error={query.error} what="this conversation" onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (query.data.length === 0) {
    return (
      <>
        <PageHeader title="Conversation" documentTitle="No such conversation" subtitle={subtitle} />
        <div className={styles.emptyCard}>
          <EmptyState title="No conversation with this id">
            <p>
              {isAddressableId(sessionId)
                ? 'The server has no turns for this conversation id. It may be mistyped, or from another deployment.'
                : 'Conversation ids with a dot or a slash cannot be looked up on the server.'}{' '}
              Find it in <Link to={paths.conversations.href()}>Conversations</Link> or{' '}
              <Link to={paths.visitors.href()}>Visitors</Link>.
            </p>
          </EmptyState>
        </div>
      </>
    );
  }
  return (
    <TranscriptBody
      {...page}
      turns={query.data}
      onMarkUnread={marking ? () => markUnread(sessionId) : undefined}
    />
  );
}

function TranscriptSkeleton() {
  return (
    <div className={styles.skeleton} aria-busy="true">
      <Skeleton height="6.5rem" label="Loading the conversation" />
      <Skeleton height="2.4rem" />
      {[0, 1, 2].map((i) => (
        <div key={i} className={styles.skeletonTurn}>
          <Skeleton width="10rem" height="0.9rem" />
          <Skeleton height="3rem" />
          <Skeleton height="5rem" />
        </div>
      ))}
    </div>
  );
}
