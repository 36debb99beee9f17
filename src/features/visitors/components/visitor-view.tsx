import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { EmptyState, SectionError } from '@/components/feedback/states';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { paths } from '@/lib/paths';
import { isAddressableSlug, visitorQueries } from '../api/queries';
import { summarizeVisitor } from '../utils/sessions';
import { CLICKS_DESCRIPTION, SessionsTable } from './sessions-table';
import { VisitorSummary, VisitorSummarySkeleton } from './visitor-summary';
import styles from './visitor.module.css';

/**
 * `/users/:userSlug`: all turns of one visitor (`by-user/{slug}/`, one request), shown as header
 * totals and a sessions table grouped in the browser.
 */
export function VisitorView({ slug }: { slug: string }) {
  const detail = useQuery({ ...visitorQueries.detail(slug), select: summarizeVisitor });
  // Deliberately not in the URL: a pasted link never opens with raw IP addresses on screen.
  const [revealIps, setRevealIps] = useState(false);

  if (detail.error) {
    return (
      <Card>
        <SectionError
          error={detail.error}
          onRetry={() => void detail.refetch()}
          what="this visitor's turns"
        />
      </Card>
    );
  }

  const data = detail.data;
  if (data && data.turns.length === 0) {
    return (
      <Card>
        <EmptyState title="No turns for this visitor">
          <p className={styles.emptyLine}>
            {isAddressableSlug(slug)
              ? 'The server has no turns for this slug. Slugs are derived from the IP address with a secret salt: if the salt was rotated, old slugs no longer match anyone. Check that the link is complete.'
              : 'This slug contains a dot or a slash, which the server cannot look up. Real slugs are 64 hexadecimal characters.'}
          </p>
          <Link to={paths.visitors.href()}>Browse all visitors</Link>
        </EmptyState>
      </Card>
    );
  }

  const sections = (
    <div className={styles.sections}>
      <Card title="Totals" id="visitor-totals">
        {data ? <VisitorSummary totals={data.totals} /> : <VisitorSummarySkeleton />}
        <p className={styles.footnote}>
          All of this visitor&apos;s turns, in every conversation; list filters do not apply here.
        </p>
      </Card>
      <Card
        title="Conversations"
        id="visitor-sessions"
        actions={
          <Button
            size="small"
            className={styles.toggle}
            aria-pressed={revealIps}
            onClick={() => setRevealIps((value) => !value)}
            title={
              revealIps ? 'Hide the raw IP addresses again' : 'Show the raw IP address of each conversation'
            }
          >
            <span aria-hidden="true">{revealIps ? '◉' : '○'}</span> Reveal IP addresses
          </Button>
        }
      >
        <SessionsTable rows={data?.sessions} revealIps={revealIps} isFetching={detail.isFetching && !!data} />
        {data && !data.clicksReported && (
          <p className={styles.footnote}>
            <strong>Clicks</strong>: {CLICKS_DESCRIPTION}
          </p>
        )}
      </Card>
    </div>
  );
  if (!detail.isPending) return sections;
  return (
    <SlowLoading queryKeys={[visitorQueries.detail(slug).queryKey]} what="this visitor's turns">
      {sections}
    </SlowLoading>
  );
}
