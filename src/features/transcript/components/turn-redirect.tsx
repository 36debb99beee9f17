import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useSearchParams } from 'react-router';
import { isApiError } from '@/api/errors';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { EmptyState, SectionError, Skeleton } from '@/components/feedback/states';
import { PageHeader } from '@/components/ui/page-header';
import { shortId } from '@/lib/format/text';
import { paths } from '@/lib/paths';
import { REVIEW_PARAM, withReview } from '@/lib/review-context';
import { transcriptQueries } from '../api/queries';
import { Turn } from './turn';
import styles from './transcript-view.module.css';

/** `/interactions/:uuid`: looks the turn up and lands on its transcript at that turn. */
export function TurnRedirect({ uuid }: { uuid: string }) {
  const query = useQuery(transcriptQueries.turn(uuid));
  // The list it was opened from (`?from=`) goes along to the transcript.
  const [params] = useSearchParams();
  const from = params.get(REVIEW_PARAM);
  if (query.isSuccess && query.data.session_id) {
    const href = paths.transcript.href(query.data.session_id, query.data.uuid);
    return <Navigate to={from ? withReview(href, from) : href} replace />;
  }
  const notFound = query.isError && isApiError(query.error) && query.error.status === 404;
  return (
    <>
      <PageHeader
        title={notFound ? 'No such turn' : 'Turn'}
        documentTitle={notFound ? 'No such turn' : `Turn ${shortId(uuid)}`}
        subtitle={<code title={uuid}>{shortId(uuid, 36)}</code>}
      />
      {query.isPending && (
        <SlowLoading queryKeys={[transcriptQueries.turn(uuid).queryKey]} what="this turn">
          <Skeleton height="6rem" label="Opening the turn" />
        </SlowLoading>
      )}
      {notFound && (
        <div className={styles.emptyCard}>
          <EmptyState title="No such turn">
            <p>
              The server has no turn with this id. Browse the{' '}
              <Link to={paths.interactions.href()}>turns list</Link> instead.
            </p>
          </EmptyState>
        </div>
      )}
      {query.isError && !notFound && (
        <SectionError error={query.error} what="this turn" onRetry={() => void query.refetch()} />
      )}
      {query.isSuccess && (
        // A turn without a session id has no transcript to open; show the turn on its own.
        <>
          <p>This turn has no conversation id, so it is shown on its own.</p>
          <ol className={styles.single} aria-label="Turn">
            <li>
              <Turn
                turn={query.data}
                index={0}
                total={1}
                pattern={null}
                selected={false}
                revealIp={false}
                showDate
              />
            </li>
          </ol>
        </>
      )}
    </>
  );
}
