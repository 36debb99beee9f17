import { Badge } from '@/components/ui/severity-badge';
import { ShortText } from '@/components/ui/short-text';
import { Time } from '@/components/ui/time';
import { intentWords } from '@/lib/format/text';
import type { JudgeVerdict as Verdict } from '../utils/stats';
import styles from './transcript-header.module.css';

/** The nightly judge's review of the conversation, read from its last turn. */
export function JudgeVerdict({ verdict, pending }: { verdict: Verdict | null; pending: boolean }) {
  return (
    <section className={styles.verdict} aria-labelledby="transcript-verdict-title">
      <h2 id="transcript-verdict-title" className={styles.verdictTitle}>
        Judge verdict
      </h2>
      {pending ? (
        <p className={styles.note}>Read from the last turn, when the whole conversation has loaded.</p>
      ) : !verdict ? (
        <p className={styles.note}>
          Not reviewed yet. The nightly judge reviews a conversation once its last turn is more than 6 hours
          old.
        </p>
      ) : (
        <>
          <dl className={styles.verdictFacts}>
            <div>
              <dt>Resolution</dt>
              <dd>
                <Badge tone={verdict.tone}>
                  {verdict.resolution !== null ? `${verdict.resolution}/5 · ` : ''}
                  {verdict.resolutionWord}
                </Badge>
              </dd>
            </div>
            <div>
              <dt>Intent</dt>
              <dd>{verdict.intent ? <ShortText text={intentWords(verdict.intent)} /> : '—'}</dd>
            </div>
            <div>
              <dt>Hallucination</dt>
              <dd>
                {verdict.hallucination ? (
                  <>
                    <Badge tone="bad">Detected</Badge>
                    {verdict.hallucinationDetails && (
                      <span className={styles.details}>
                        {' '}
                        <ShortText text={verdict.hallucinationDetails} max={600} />
                      </span>
                    )}
                  </>
                ) : (
                  <Badge tone="good">None found</Badge>
                )}
              </dd>
            </div>
          </dl>
          {verdict.summary && (
            <p className={styles.summaryText}>
              <ShortText text={verdict.summary} max={600} />
            </p>
          )}
          <p className={styles.note}>
            Reviewed <Time value={verdict.reviewedAt} />
            {verdict.model && (
              <>
                {' '}
                by <ShortText text={verdict.model} />
              </>
            )}
          </p>
        </>
      )}
    </section>
  );
}
