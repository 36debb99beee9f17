import { useMemo, type CSSProperties, type RefObject } from 'react';
import type { Interaction } from '@/api/schemas/interaction';
import { utcDay } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import type { TurnVirtualizer } from '../hooks/use-turn-virtualizer';
import type { MatchPosition } from '../utils/find';
import { Turn } from './turn';
import styles from './transcript-body.module.css';

type Props = {
  turns: readonly Interaction[];
  /** The conversation's length; more than `turns` while only its first turns are here. */
  total: number;
  partial: boolean;
  virtualizer: TurnVirtualizer;
  listRef: RefObject<HTMLOListElement | null>;
  printing: boolean;
  /** Every turn is rendered for the printout, not only the virtual window. */
  printAll: boolean;
  pattern: RegExp | null;
  selectedIndex: number;
  activeMatch: MatchPosition | undefined;
  revealIp: boolean;
};

/**
 * The turns as a list that renders only the window in view (plus a few), each row placed at its
 * measured offset. Not memoised: the virtualizer re-renders its owner on scroll, and the turns
 * themselves (memoised) only re-render when their own props change.
 */
export function TurnList({
  turns,
  total,
  partial,
  virtualizer,
  listRef,
  printing,
  printAll,
  pattern,
  selectedIndex,
  activeMatch,
  revealIp,
}: Props) {
  const showDate = useMemo(
    () =>
      turns.length > 0 &&
      utcDay(Date.parse(turns[0].created)) !== utcDay(Date.parse(turns[turns.length - 1].created)),
    [turns],
  );
  const renderTurn = (index: number) => (
    <Turn
      turn={turns[index]}
      index={index}
      total={total}
      pattern={pattern}
      selected={index === selectedIndex}
      revealIp={revealIp}
      showDate={showDate}
      activeMatch={activeMatch && activeMatch.turn === index ? activeMatch.indexInTurn : null}
      clicksPending={partial}
    />
  );
  const items = virtualizer.getVirtualItems();
  const listStyle: CSSProperties = printAll ? {} : { height: virtualizer.getTotalSize() };

  return (
    <>
      {printing && !printAll && (
        <p className={styles.printNote}>
          This conversation has {formatNumber(turns.length)} turns; only the turns on screen are printed.
          Export it as Markdown to print all of it.
        </p>
      )}
      {/* A log: the conversation's turns in order. Not live (aria-live off): virtualisation adds
          and removes turns while scrolling, which must not be read out as new messages. */}
      <div role="log" aria-live="off" aria-labelledby="transcript-turns-title">
        <h2 id="transcript-turns-title" className="visually-hidden">
          Turns
        </h2>
        <ol
          ref={listRef}
          className={printAll ? styles.printList : styles.list}
          style={listStyle}
          aria-label={
            partial
              ? `Turns (first ${formatNumber(turns.length)} of ${formatNumber(total)})`
              : `Turns (${formatNumber(turns.length)})`
          }
        >
          {printAll
            ? turns.map((_turn, index) => (
                <li key={index} className={styles.printItem}>
                  {renderTurn(index)}
                </li>
              ))
            : items.map((item) => (
                <li
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className={styles.item}
                  aria-posinset={item.index + 1}
                  aria-setsize={total}
                  style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
                >
                  {renderTurn(item.index)}
                </li>
              ))}
        </ol>
      </div>
    </>
  );
}
