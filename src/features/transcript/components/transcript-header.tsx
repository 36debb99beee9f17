import { memo } from 'react';
import { Link } from 'react-router';
import type { Interaction } from '@/api/schemas/interaction';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { SeverityBadge } from '@/components/ui/severity-badge';
import { Time } from '@/components/ui/time';
import { formatDuration } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { shortId } from '@/lib/format/text';
import { paths } from '@/lib/paths';
import { judgeVerdict, transcriptStats } from '../utils/stats';
import { JudgeVerdict } from './judge-verdict';
import styles from './transcript-header.module.css';

type Props = {
  turns: readonly Interaction[];
  revealIp: boolean;
  onToggleIp: () => void;
  /** Only the first turns are here yet; the conversation has this many. */
  pendingTotal?: number;
};

/** A fact that needs every turn, while they load. */
function Pending() {
  return (
    <span className={styles.note} title="Counted when the whole conversation has loaded">
      …
    </span>
  );
}

/** Who, when, how long, how much, what was flagged, and the judge's verdict. */
export const TranscriptHeader = memo(function TranscriptHeader({
  turns,
  revealIp,
  onToggleIp,
  pendingTotal,
}: Props) {
  const stats = transcriptStats(turns);
  const verdict = judgeVerdict(turns);
  const pending = pendingTotal !== undefined;
  return (
    <div className={styles.header}>
      <section className={styles.summary} aria-labelledby="transcript-summary-title">
        <h2 id="transcript-summary-title" className="visually-hidden">
          Summary
        </h2>
        <dl className={styles.facts}>
          <div>
            <dt>Visitor</dt>
            <dd className={styles.visitor}>
              {stats.userSlug ? (
                <>
                  <Link to={paths.visitor.href(stats.userSlug)} title={stats.userSlug}>
                    {shortId(stats.userSlug, 12)}
                  </Link>
                  <CopyButton value={stats.userSlug} label="visitor id" />
                </>
              ) : (
                <span title="The server has no slug salt, so visitors are not identified">
                  Not identified
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Started</dt>
            <dd>
              <Time value={stats.started} />
            </dd>
          </div>
          <div>
            <dt>Duration</dt>
            <dd title="From the first message to the end of the last reply">
              {pending ? <Pending /> : formatDuration(stats.durationMs)}
            </dd>
          </div>
          <div>
            <dt>Turns</dt>
            <dd>{formatNumber(pending ? pendingTotal : stats.turns)}</dd>
          </div>
          <div>
            <dt>Tokens</dt>
            <dd
              title={
                pending
                  ? undefined
                  : stats.turnsWithoutTokens
                    ? `${stats.turnsWithoutTokens} turn(s) predate token tracking and are not counted`
                    : 'Input (prompt) / output (completion) tokens'
              }
            >
              {pending ? (
                <Pending />
              ) : (
                <>
                  {formatNumber(stats.inputTokens)} in / {formatNumber(stats.outputTokens)} out
                  {stats.turnsWithoutTokens > 0 && stats.totalTokens !== null && (
                    <span className={styles.note}> (partial)</span>
                  )}
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>Flagged</dt>
            <dd className={styles.flags}>
              {pending ? (
                <Pending />
              ) : stats.flaggedTurns === 0 ? (
                'None'
              ) : (
                <>
                  {formatNumber(stats.flaggedTurns)} {stats.flaggedTurns === 1 ? 'turn' : 'turns'}
                  <SeverityBadge value={stats.maxSeverity} />
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>Offerings</dt>
            <dd>
              {pending ? (
                <Pending />
              ) : (
                <>
                  {formatNumber(stats.offeringsShown)} shown · {formatNumber(stats.clicks)}{' '}
                  {stats.clicks === 1 ? 'click' : 'clicks'}
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>Feedback</dt>
            <dd>
              {pending ? (
                <Pending />
              ) : (
                <>
                  {formatNumber(stats.thumbsUp)} thumbs up · {formatNumber(stats.thumbsDown)} thumbs down
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>IP address</dt>
            <dd className={styles.ip}>
              {revealIp ? (
                <span className={styles.ipValue}>{stats.ipAddresses.join(', ') || 'Not recorded'}</span>
              ) : (
                <span className={styles.note}>Hidden</span>
              )}
              <Button size="small" onClick={onToggleIp} aria-pressed={revealIp} disabled={pending}>
                {revealIp ? 'Hide IP' : 'Reveal IP'}
              </Button>
            </dd>
          </div>
        </dl>
      </section>
      <JudgeVerdict verdict={verdict} pending={pending} />
    </div>
  );
});
