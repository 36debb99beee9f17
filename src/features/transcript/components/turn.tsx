import { memo, useLayoutEffect, useRef } from 'react';
import type { Interaction } from '@/api/schemas/interaction';
import { CopyButton } from '@/components/ui/copy-button';
import { useTimeZone } from '@/hooks/use-preferences';
import { absoluteAppUrl } from '@/lib/base-path';
import { formatDateTime, formatTimeOfDay } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { paths } from '@/lib/paths';
import { normalizeSeverity } from '@/lib/severity';
import { AssistantReply } from './blocks/assistant-reply';
import { Highlight } from './highlight';
import { RawJson } from './raw-json';
import { SafetyBadges } from './safety-badges';
import { TurnFeedback } from './turn-feedback';
import { VisitorMessage } from './visitor-message';
import styles from './turn.module.css';

type Props = {
  turn: Interaction;
  index: number;
  total: number;
  pattern: RegExp | null;
  selected: boolean;
  revealIp: boolean;
  /** The conversation spans several days: show the date with each time. */
  showDate: boolean;
  /** Which of this turn's find matches is the current one (in document order), if any. */
  activeMatch?: number | null;
  /** Clicks are only counted by the whole-conversation endpoint, which has not answered yet. */
  clicksPending?: boolean;
};

/** One turn as a typeset log entry: badges first, the visitor, the assistant, a quiet meta line. */
export const Turn = memo(function Turn({
  turn,
  index,
  total,
  pattern,
  selected,
  revealIp,
  showDate,
  activeMatch = null,
  clicksPending = false,
}: Props) {
  const zone = useTimeZone();
  const ref = useRef<HTMLElement>(null);
  // The current match is marked on the DOM the turn rendered, so it survives virtual remounts.
  useLayoutEffect(() => {
    const article = ref.current;
    if (!article) return;
    article.querySelectorAll('mark[data-current]').forEach((mark) => mark.removeAttribute('data-current'));
    if (activeMatch !== null)
      article.querySelectorAll('mark[data-find]')[activeMatch]?.setAttribute('data-current', '');
  }, [activeMatch, pattern]);
  const time = showDate
    ? formatDateTime(turn.created, zone, { seconds: true })
    : formatTimeOfDay(turn.created, zone, { seconds: true });
  const label = `Turn ${index + 1} of ${total}, ${showDate ? formatDateTime(turn.created, zone) : formatTimeOfDay(turn.created, zone)}`;
  const severity = normalizeSeverity(turn.severity);
  return (
    <article
      ref={ref}
      className={styles.turn}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      data-turn-uuid={turn.uuid}
      data-selected={selected || undefined}
      data-flagged={turn.is_flagged || undefined}
      data-severity={turn.is_flagged ? severity : undefined}
      tabIndex={-1}
    >
      <header className={styles.head}>
        <h3 className={styles.number}>Turn {index + 1}</h3>
        <time
          className={styles.time}
          dateTime={turn.created}
          title={formatDateTime(turn.created, zone, { seconds: true })}
        >
          {time}
        </time>
        <SafetyBadges turn={turn} />
        <span className={styles.copyLink}>
          <CopyButton
            value={absoluteAppUrl(paths.transcript.href(turn.session_id, turn.uuid))}
            label={`link to turn ${index + 1}`}
            text="Copy link"
          />
        </span>
      </header>
      {turn.warning && (
        <p className={styles.warning}>
          <span className={styles.warningLabel}>Warning shown to the visitor:</span>{' '}
          <Highlight text={turn.warning} pattern={pattern} />
        </p>
      )}
      <div className={styles.visitor}>
        <p className={styles.role}>Visitor</p>
        <VisitorMessage text={turn.user_input} pattern={pattern} />
      </div>
      <div className={styles.assistant}>
        <p className={styles.role}>Assistant</p>
        <AssistantReply turn={turn} pattern={pattern} />
      </div>
      <footer className={styles.footer}>
        <div className={styles.meta}>
          {turn.input_tokens === null && turn.output_tokens === null ? (
            // Null counts: the turn is older than token tracking (docs/api.md §3.1); 0 is a count.
            <span title="This turn predates token tracking: no counts were recorded">
              Tokens not recorded
            </span>
          ) : (
            <span title="Prompt tokens in, completion tokens out (all tool rounds)">
              Tokens {formatNumber(turn.input_tokens)} in / {formatNumber(turn.output_tokens)} out
            </span>
          )}
          <span>
            {formatNumber(turn.result_count)} {turn.result_count === 1 ? 'offering' : 'offerings'} shown
          </span>
          {clicksPending ? (
            <span title="Counted when the whole conversation has loaded">… clicks</span>
          ) : (
            <span>
              {formatNumber(turn.click_count)} {turn.click_count === 1 ? 'click' : 'clicks'}
            </span>
          )}
          <TurnFeedback feedback={turn.feedback} pattern={pattern} />
        </div>
        <RawJson turn={turn} revealIp={revealIp} />
      </footer>
    </article>
  );
});
