import {
  useCallback,
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { Interaction } from '@/api/schemas/interaction';
import { PageHeader } from '@/components/ui/page-header';
import { formatNumber } from '@/lib/format/number';
import { shortId, shortMiddle } from '@/lib/format/text';
import { useFindNavigation } from '../hooks/use-find-navigation';
import { usePrintMode } from '../hooks/use-print-mode';
import { useStickyOffsets } from '../hooks/use-sticky-offsets';
import { useTranscriptShortcuts } from '../hooks/use-transcript-shortcuts';
import { useTurnSelection } from '../hooks/use-turn-selection';
import { useTurnVirtualizer } from '../hooks/use-turn-virtualizer';
import { FindBar } from './find-bar';
import { TranscriptActions } from './transcript-actions';
import { TranscriptHeader } from './transcript-header';
import { TranscriptToolbar } from './transcript-toolbar';
import { TurnList } from './turn-list';
import styles from './transcript-body.module.css';

type Props = {
  sessionId: string;
  turns: readonly Interaction[];
  subtitle: ReactNode;
  /**
   * Only the first turns are here (from the paged list) while the whole conversation loads:
   * `total` is its length, `rest` stands where the other turns will be (loading or its error).
   * Find, jumps, export and print wait for the whole; clicks are not known yet.
   */
  partial?: { total: number; rest: ReactNode };
  landing?: Landing;
  onMarkUnread?: () => void;
};

/**
 * Why the transcript was opened from a list, for where it lands when the link names no turn:
 * the list's search (find starts with it) or the worst flagged turn.
 */
export type Landing = { find: string; worst: boolean };

/** A loaded conversation: its header, the sticky toolbar (find, jumps) and the list of turns. */
export function TranscriptBody({ sessionId, turns, subtitle, partial, landing, onMarkUnread }: Props) {
  const pending = partial !== undefined;
  const total = partial ? partial.total : turns.length;
  const [revealIp, setRevealIp] = useState(false);
  const toggleIp = useCallback(() => setRevealIp((v) => !v), []);

  const listRef = useRef<HTMLOListElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const findInputRef = useRef<HTMLInputElement>(null);
  const sticky = useStickyOffsets(listRef, toolbarRef);
  const { virtualizer, readerTurn } = useTurnVirtualizer(turns.length, sticky);
  const { printing, printAll, print } = usePrintMode(turns.length, !pending);
  const selection = useTurnSelection({
    turns,
    scroller: virtualizer,
    readerTurn,
    listRef,
    printing,
    landOnWorst: landing?.worst,
    complete: !pending,
  });
  const find = useFindNavigation({
    turns,
    pending,
    startTurn: selection.startTurn,
    scroller: virtualizer,
    listRef,
    stickyBottom: sticky.stickyBottom,
    printing,
    initialQuery: landing?.find,
  });
  // The address bar names the turn of the current match (replaced, not pushed): a link to what
  // is on screen. Only when the match moves to another turn, never per keystroke otherwise.
  const matchTurn = find.active?.turn;
  const follow = useEffectEvent((index: number) => selection.follow(index));
  useEffect(() => {
    if (matchTurn !== undefined) follow(matchTurn);
  }, [matchTurn]);
  useTranscriptShortcuts({ selection, turnCount: turns.length, findInputRef, complete: !pending });

  const { selectedIndex, linkedTurn } = selection;
  const missingTurn = linkedTurn !== null && selectedIndex < 0 && !pending;

  return (
    <div
      className={styles.body}
      style={
        {
          '--transcript-toolbar-top': `${sticky.appHeader}px`,
          '--transcript-sticky': `${sticky.stickyBottom}px`,
        } as CSSProperties
      }
    >
      <PageHeader
        title="Conversation"
        documentTitle={`Conversation ${shortMiddle(sessionId, 12)}`}
        subtitle={subtitle}
        actions={
          <TranscriptActions
            sessionId={sessionId}
            turns={turns}
            revealIp={revealIp}
            onPrint={print}
            onMarkUnread={onMarkUnread}
            disabled={pending}
          />
        }
      />
      <TranscriptHeader
        turns={turns}
        revealIp={revealIp}
        onToggleIp={toggleIp}
        pendingTotal={partial?.total}
      />
      {missingTurn && (
        <p className={styles.notice} role="status">
          The turn in the link ({shortId(linkedTurn, 12)}) is not part of this conversation.
        </p>
      )}
      <TranscriptToolbar
        toolbarRef={toolbarRef}
        find={
          <FindBar
            query={find.query}
            onQueryChange={find.setQuery}
            current={find.activeIndex}
            total={find.total}
            onNext={() => find.step(1)}
            onPrevious={() => find.step(-1)}
            inputRef={findInputRef}
            pending={pending}
          />
        }
        disabled={pending}
        flaggedCount={selection.flaggedCount}
        onPreviousFlagged={() => selection.stepFlagged(-1)}
        onNextFlagged={() => selection.stepFlagged(1)}
        onFirst={() => selection.select(0)}
        onLast={() => selection.select(turns.length - 1)}
        position={
          partial
            ? `${formatNumber(turns.length)} of ${formatNumber(total)} turns loaded`
            : selectedIndex >= 0
              ? `Turn ${formatNumber(selectedIndex + 1)} of ${formatNumber(turns.length)}`
              : `${formatNumber(turns.length)} turns`
        }
      />
      <TurnList
        turns={turns}
        total={total}
        partial={pending}
        virtualizer={virtualizer}
        listRef={listRef}
        printing={printing}
        printAll={printAll}
        pattern={find.pattern}
        selectedIndex={selectedIndex}
        activeMatch={find.active}
        revealIp={revealIp}
      />
      {partial && (
        <div className={styles.rest}>
          <p className={styles.restNote} role="status">
            The first {formatNumber(turns.length)} of {formatNumber(total)} turns are shown; the rest of the
            conversation is on its way. Find's count, flagged-turn jumps, export and print are ready when it
            has arrived.
          </p>
          {partial.rest}
        </div>
      )}
    </div>
  );
}
