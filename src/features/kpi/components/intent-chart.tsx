import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { TurnFilters } from '@/api/filters';
import { ChartData } from '@/components/charts/chart-frame';
import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { EmptyState } from '@/components/feedback/states';
import { ShortText } from '@/components/ui/short-text';
import { formatNumber, formatPercent } from '@/lib/format/number';
import { kpiQueries } from '../api/queries';
import { reviewedConversationsHref } from '../utils/drilldown';
import { intentSeries, summarizeIntents } from '../utils/series';
import { ChartCard } from './chart-card';
import styles from './kpi.module.css';

const verdicts = (n: number) => `${formatNumber(n)} ${n === 1 ? 'verdict' : 'verdicts'}`;

/**
 * The judge's intent counts, largest first. Slugs differ per deployment, so they are shown
 * humanised and never looked up in a fixed list. The API cannot filter by intent; bars open the
 * reviewed conversations of the same range instead.
 */
export function IntentChart({ filters, windowDays }: { filters: TurnFilters; windowDays: number }) {
  const query = useQuery(kpiQueries.summary(filters, windowDays));
  const navigate = useNavigate();
  const href = reviewedConversationsHref(filters);
  return (
    <ChartCard
      id="intents"
      title="Judge intents"
      what="the judge intents"
      height={160}
      query={query}
      subtitle="What visitors wanted, as the nightly judge classified their conversations in the date range."
    >
      {(kpi) => {
        const bars = intentSeries(kpi.llm_intent_distribution);
        if (bars === null) {
          return (
            <EmptyState title="Not reviewed yet">
              The nightly judge has not reviewed any conversation in this range, so there are no intents to
              show. They appear after its next run.
            </EmptyState>
          );
        }
        if (bars.length === 0) {
          return (
            <EmptyState title="No intents recorded">The judge recorded no intent for this range.</EmptyState>
          );
        }
        return (
          <>
            <RankedBarChart
              data={bars.map((b) => ({
                key: b.slug,
                label: b.label,
                value: b.count,
                share: formatPercent(b.share),
              }))}
              summary={summarizeIntents(bars)}
              valueText={verdicts}
              seriesLabel="Verdicts"
              hint="Click to open the reviewed conversations (the API cannot filter by intent)"
              onSelect={() => void navigate(href)}
            />
            <p className={styles.chartLinks}>
              <Link to={href}>View the reviewed conversations in this range</Link>
            </p>
            <ChartData
              caption="Judge verdicts by intent, most frequent first"
              columns={[
                { key: 'intent', header: 'Intent' },
                { key: 'slug', header: 'Slug' },
                { key: 'verdicts', header: 'Verdicts', numeric: true },
                { key: 'share', header: 'Share', numeric: true },
              ]}
              rows={bars.map((b) => ({
                key: b.slug,
                header: <ShortText text={b.label} max={40} />,
                cells: [
                  <code>
                    <ShortText text={b.slug} max={40} />
                  </code>,
                  formatNumber(b.count),
                  formatPercent(b.share),
                ],
              }))}
            />
          </>
        );
      }}
    </ChartCard>
  );
}
