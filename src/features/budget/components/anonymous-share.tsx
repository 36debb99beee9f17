import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '@/components/feedback/states';
import { Explained } from '@/components/ui/explained';
import { formatNumber, formatPercent } from '@/lib/format/number';
import { anonymousTokensQuery } from '../api/anonymous-tokens';
import styles from './budget-card.module.css';

const WHAT =
  "Input and output tokens of anonymous visitors' turns today (from the key figures), out of the budget counter, which also counts signed-in users' chat in Waldur.";

/**
 * How much of today's budget anonymous visitors used. Loaded in its own chunk after the card
 * (it waits for `kpi/`, the card does not), so the tooltip library stays off the first load.
 */
export function AnonymousShare({
  day,
  tokensToday,
  stale,
}: {
  /** The budget's UTC day: the day before `resets_at`. */
  day: string;
  tokensToday: number;
  stale: boolean;
}) {
  const query = useQuery({ ...anonymousTokensQuery(day), enabled: !stale });
  if (stale)
    return <NoShare reason="The budget still shows yesterday's total; today's share follows its reset." />;
  if (query.isPending) return <span className={styles.muted}>Loading…</span>;
  if (query.isError)
    return <NoShare reason={`Today's key figures could not be loaded: ${errorMessage(query.error)}`} />;
  const tokens = query.data;
  if (tokens === null)
    return (
      <NoShare reason="This server does not report token totals in its key figures (they arrived with Waldur 8.1.2)." />
    );
  if (tokensToday === 0) return <NoShare reason="No tokens have been used today yet." />;
  // The two counters are read at different moments; the visitors' part cannot exceed the whole.
  const share = Math.min(1, tokens / tokensToday);
  return (
    <Explained reason={WHAT}>
      {formatPercent(share)} <span className={styles.muted}>({formatNumber(tokens)} tokens)</span>
    </Explained>
  );
}

function NoShare({ reason }: { reason: string }) {
  return (
    <Explained reason={reason} label="Anonymous visitors' share: not available">
      —
    </Explained>
  );
}
