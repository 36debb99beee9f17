import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { getApiGeneration } from '@/api/server-info';
import { Button } from '@/components/ui/button';
import { useTimeZone } from '@/hooks/use-preferences';
import { formatDateTime, formatUtcDay, utcDay } from '@/lib/format/date';
import { shortId } from '@/lib/format/text';
import { paths } from '@/lib/paths';
import { JUDGE_LAG_MS, lastVisitQueries, type NewTurn } from '../api/queries';
import { seenMark, useLastVisit } from '../utils/last-visit';
import type { ScanResult } from '../utils/scan';
import styles from './last-visit.module.css';
import { NewItem, type NewCount } from './new-item';

/** Hallucinated conversations linked one by one; more go through the list. */
const SHOWN_CONVERSATIONS = 3;

function counted<T>(...queries: UseQueryResult<ScanResult<T>>[]): NewCount {
  const results = queries.map((q) => q.data);
  const ready = results.every((r) => r !== undefined);
  return {
    result: ready
      ? { found: results.flatMap((r) => r?.found ?? []), complete: results.every((r) => r?.complete) }
      : undefined,
    error: queries.find((q) => q.error)?.error ?? null,
    isFetching: queries.some((q) => q.isFetching),
    retry: () => queries.forEach((q) => q.error && void q.refetch()),
  };
}

/**
 * "Since your last visit": new high and critical flagged turns, new thumbs down with a comment,
 * new hallucinations found by the judge, each counted from the paged lists newest first and
 * linked to the closest list; "Mark all as seen" moves the mark to now.
 */
export function LastVisitPanel({ owner }: { owner: string }) {
  const headingId = useId();
  const zone = useTimeZone();
  const { since, marked, markSeen } = useLastVisit(owner);
  const generation = getApiGeneration();
  const high = useQuery(lastVisitQueries.flagged(since, 'high', generation));
  const critical = useQuery(lastVisitQueries.flagged(since, 'critical', generation));
  const comments = useQuery(lastVisitQueries.comments(since));
  const hallucinations = useQuery(lastVisitQueries.hallucinations(since, generation));
  const day = utcDay(since);

  const newest = [
    ...[...(high.data?.found ?? []), ...(critical.data?.found ?? [])].map((t) => Date.parse(t.created)),
    ...(comments.data?.found ?? []).map((row) => Date.parse(row.submitted_at ?? '')),
    ...(hallucinations.data?.found ?? []).map((t) => Date.parse(t.feedback?.llm_reviewed_at ?? '')),
  ].filter(Number.isFinite);
  const criticalCount = critical.data?.found.length ?? 0;
  const days = `Whole UTC days from ${formatUtcDay(day)}, newest first: the new ones are at the top.`;

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <header className={styles.header}>
        <div>
          <h2 id={headingId}>Since your last visit</h2>
          <p className={styles.since}>
            {marked
              ? `Since you marked all as seen, ${formatDateTime(new Date(since), zone, { seconds: false })}`
              : 'No visit marked in this browser yet: the last 24 hours'}
          </p>
        </div>
        <Button size="small" onClick={() => markSeen(seenMark(Date.now(), newest))}>
          Mark all as seen
        </Button>
      </header>
      <ul className={styles.items}>
        <NewItem label="Flagged turns of high or critical severity" count={counted(high, critical)}>
          <ListLinks note={days}>
            <Link to={paths.interactions.href({ severity: 'high', created_after: day })}>
              View the high-severity turns
            </Link>
            {criticalCount > 0 && (
              <Link to={paths.interactions.href({ severity: 'critical', created_after: day })}>
                View the critical ones
              </Link>
            )}
          </ListLinks>
        </NewItem>
        <NewItem label="Thumbs down with a comment" count={counted(comments)}>
          <ListLinks note={days}>
            <Link to={paths.feedback.href({ score: '-1', has_comment: 'true', submitted_from: day })}>
              View them in Feedback
            </Link>
          </ListLinks>
        </NewItem>
        <NewItem label="Conversations where the judge found a hallucination" count={counted(hallucinations)}>
          <Hallucinations found={hallucinations.data?.found ?? []} since={since} />
        </NewItem>
      </ul>
    </section>
  );
}

/** Links to the lists that show the new ones, and a note on how those lists match them. */
function ListLinks({ note, children }: { note: string; children: ReactNode }) {
  return (
    <>
      <p className={styles.links}>{children}</p>
      <p className={styles.note}>{note}</p>
    </>
  );
}

function Hallucinations({ found, since }: { found: readonly NewTurn[]; since: number }) {
  // On servers without conversations/ the feedback list, which shows the verdicts, is closest.
  const list =
    getApiGeneration() === 'legacy'
      ? paths.feedback.href()
      : paths.conversations.href({ is_reviewed: 'true', created_after: utcDay(since - JUDGE_LAG_MS) });
  return (
    <>
      <ul className={styles.conversations}>
        {found.slice(0, SHOWN_CONVERSATIONS).map((turn) => (
          <li key={turn.uuid}>
            <Link to={paths.transcript.href(turn.session_id, turn.uuid)}>
              Conversation {shortId(turn.session_id)}
            </Link>
          </li>
        ))}
      </ul>
      <p className={styles.links}>
        <Link to={list}>View the reviewed conversations</Link>
      </p>
      <p className={styles.note}>
        No list can filter by hallucination:{' '}
        {found.length > SHOWN_CONVERSATIONS ? `the newest ${SHOWN_CONVERSATIONS} are` : 'they are'} linked
        above.
      </p>
    </>
  );
}
