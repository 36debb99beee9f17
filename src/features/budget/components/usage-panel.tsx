import { formatCompact, formatNumber } from '@/lib/format/number';
import type { BudgetKind, UsageState } from '../utils/budget-math';
import { meterText, percentText, stateMessage, type UsageUnit } from '../utils/budget-text';
import styles from './budget-card.module.css';
import { Gauge } from './gauge';

export type Headline = { text: string; kind: BudgetKind; detail: string | null };

/** One budget (tokens, or requests when a server sends them): gauge, headline, figures. */
export function UsagePanel({
  title,
  unit,
  state,
  headline = { text: stateMessage(state, unit), kind: state.kind, detail: null },
}: {
  title: string;
  unit: UsageUnit;
  state: UsageState;
  headline?: Headline;
}) {
  const noun = unit === 'token' ? 'Tokens' : 'Requests';
  return (
    <div className={styles.panel} data-kind={state.kind}>
      <h3 className={styles.panelTitle}>{title}</h3>
      {state.kind !== 'no-cap' && (
        <Gauge
          ratio={state.ratio}
          kind={state.kind}
          label={`${noun} used today`}
          valueText={meterText(state, unit)}
          centre={percentText(state)}
        />
      )}
      <div className={styles.status}>
        <p className={styles.headline} data-kind={headline.kind}>
          {headline.text}
        </p>
        {headline.detail && <p className={styles.headlineDetail}>{headline.detail}</p>}
      </div>
      <dl className={styles.figures}>
        <Figure label="Used" value={state.used} />
        {state.remaining !== null && <Figure label="Remaining" value={state.remaining} />}
        {state.limit !== null && <Figure label="Daily cap" value={state.limit} />}
      </dl>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  const full = formatNumber(value);
  const compact = formatCompact(value);
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span className={styles.full}>{full}</span>
        {/* "100 (100)" says nothing twice. */}
        {compact !== full && <span className={styles.compact}> ({compact})</span>}
      </dd>
    </div>
  );
}
