import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router';
import type { Interaction } from '@/api/schemas/interaction';
import { Button } from '@/components/ui/button';
import { useShortcuts } from '@/components/shortcuts/shortcuts';
import { PageHeader } from '@/components/ui/page-header';
import { useTimeZone } from '@/hooks/use-preferences';
import { downloadText } from '@/lib/download';
import { formatNumber, shortId, utcDay } from '@/lib/format';
import { useTranscriptSearch, useWarmSearchTexts } from '../hooks/use-transcript-search';
import { exportFileName, transcriptToJson, transcriptToMarkdown } from '../utils/export';
import { firstMatchFrom, NO_MATCHES, stepIndex, type FindResult } from '../utils/find';
import { FindBar } from './find-bar';
import { TranscriptHeader } from './transcript-header';
import { TranscriptToolbar } from './transcript-toolbar';
import { Turn } from './turn';
import styles from './transcript-body.module.css';

/** Above this, printing renders the turns on screen and says so; all of them would stall the tab. */
export const PRINT_ALL_LIMIT = 1000;
const ESTIMATED_TURN_HEIGHT = 320;
const GAP_BELOW_STICKY = 8;

type Layout = { appHeader: number; toolbar: number; listTop: number };

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
};

export function TranscriptBody({ sessionId, turns, subtitle, partial }: Props) {
  const total = partial ? partial.total : turns.length;
  const zone = useTimeZone();
  const [searchParams, setSearchParams] = useSearchParams();
  const turnParam = searchParams.get('turn');
  const selectedIndex = useMemo(
    () => (turnParam ? turns.findIndex((t) => t.uuid === turnParam) : -1),
    [turns, turnParam],
  );

  const [revealIp, setRevealIp] = useState(false);
  const toggleIp = useCallback(() => setRevealIp((v) => !v), []);
  const [printing, setPrinting] = useState(false);

  const listRef = useRef<HTMLOListElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const findInputRef = useRef<HTMLInputElement>(null);

  // Sticky app header and toolbar: the list scrolls under them, so scroll targets sit below them.
  const [layout, setLayout] = useState<Layout>({ appHeader: 0, toolbar: 0, listTop: 0 });
  useLayoutEffect(() => {
    const measure = () => {
      const list = listRef.current;
      if (!list) return;
      const main = list.closest('main');
      const next: Layout = {
        appHeader: main ? Math.max(0, Math.round(main.getBoundingClientRect().top + window.scrollY)) : 0,
        toolbar: Math.round(toolbarRef.current?.getBoundingClientRect().height ?? 0),
        listTop: Math.round(list.getBoundingClientRect().top + window.scrollY),
      };
      setLayout((prev) =>
        prev.appHeader === next.appHeader && prev.toolbar === next.toolbar && prev.listTop === next.listTop
          ? prev
          : next,
      );
    };
    const frame = requestAnimationFrame(measure);
    window.addEventListener('resize', measure);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    if (toolbarRef.current) observer?.observe(toolbarRef.current);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, []);
  const stickyBottom = layout.appHeader + layout.toolbar + GAP_BELOW_STICKY;

  const virtualizer = useWindowVirtualizer({
    count: turns.length,
    estimateSize: () => ESTIMATED_TURN_HEIGHT,
    overscan: 3,
    scrollMargin: layout.listTop,
    scrollPaddingStart: stickyBottom,
  });

  /** The first turn at the top of the reading area. */
  const readerTurn = useCallback((): number => {
    const top = window.scrollY + stickyBottom;
    const items = virtualizer.getVirtualItems();
    return (items.find((item) => item.end > top) ?? items[0])?.index ?? 0;
  }, [virtualizer, stickyBottom]);

  // ---- selection (?turn=), j/k, first/last, flagged ------------------------------------------
  const [scrollRequest, setScrollRequest] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  // Key repeats can arrive before the URL change re-renders: keys move from this, not the render.
  const selectedRef = useRef(selectedIndex);
  useEffect(() => {
    selectedRef.current = selectedIndex;
  }, [selectedIndex]);

  const selectTurn = useCallback(
    (index: number, focus: boolean) => {
      if (turns.length === 0) return;
      const clamped = Math.max(0, Math.min(turns.length - 1, index));
      selectedRef.current = clamped;
      pendingFocus.current = focus ? clamped : null;
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('turn', turns[clamped].uuid);
          return next;
        },
        { replace: true },
      );
      setScrollRequest((n) => n + 1);
    },
    [turns, setSearchParams],
  );

  useEffect(() => {
    if (selectedIndex < 0 || printing) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'start' });
    const focusIndex = pendingFocus.current;
    pendingFocus.current = null;
    if (focusIndex === null) return;
    return afterFrames(() => {
      const article = listRef.current?.querySelector<HTMLElement>(`li[data-index="${focusIndex}"] article`);
      if (!article) return false;
      article.focus({ preventScroll: true });
      return true;
    });
    // `virtualizer` is one stable instance; scrollRequest re-runs this for a repeated selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex, scrollRequest]);

  const flagged = useMemo(() => turns.flatMap((t, i) => (t.is_flagged ? [i] : [])), [turns]);
  const base = () => (selectedIndex >= 0 ? selectedIndex : readerTurn());
  const current = () => selectedRef.current;
  const nextFlagged = () => {
    if (!flagged.length) return;
    const from = current() >= 0 ? current() : readerTurn() - 1;
    selectTurn(flagged.find((i) => i > from) ?? flagged[0], true);
  };
  const previousFlagged = () => {
    if (!flagged.length) return;
    const from = current() >= 0 ? current() : readerTurn();
    selectTurn([...flagged].reverse().find((i) => i < from) ?? flagged[flagged.length - 1], true);
  };

  // ---- find --------------------------------------------------------------------------------
  const [findQuery, setFindQuery] = useState('');
  useWarmSearchTexts(turns);
  const search = useTranscriptSearch(turns, findQuery);
  const { pattern, result: found } = search;
  const [match, setMatch] = useState<{ result: FindResult; index: number; reveal: number; queued: number }>({
    result: NO_MATCHES,
    index: -1,
    reveal: 0,
    queued: 0,
  });
  // New results start at the first match where the reader is, plus any Enter pressed while the
  // search was still running (state adjusted during render, not in an effect).
  if (match.result !== found) {
    const first = firstMatchFrom(found, base());
    const index = first < 0 ? -1 : (((first + match.queued) % found.total) + found.total) % found.total;
    setMatch({ result: found, index, reveal: match.reveal + 1, queued: 0 });
  }
  // Only the first turns are here: matches are marked in them, but none is "current" (nothing
  // scrolls) until every turn has loaded and been counted.
  const activeIndex = !partial && match.result === found ? match.index : -1;
  const active = activeIndex >= 0 ? found.positions[activeIndex] : undefined;
  const stepMatch = (delta: 1 | -1) => {
    if (partial) return;
    setMatch((m) =>
      search.searching
        ? { ...m, queued: m.queued + delta }
        : { ...m, index: stepIndex(m.index, m.result.total, delta), reveal: m.reveal + 1 },
    );
  };

  useEffect(() => {
    if (!active || printing) return;
    return revealMatch(virtualizer, listRef.current, active.turn, active.indexInTurn, stickyBottom);
    // Runs when the current match changes or is asked for again (reveal), not on every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [match.reveal, activeIndex, pattern]);

  // ---- keys, export, print -----------------------------------------------------------------
  // Page shortcuts: they take `/` over the shell's "search on this page", and are listed in
  // the shell's shortcut sheet (`?`) under "Transcript".
  const reading = [
    {
      keys: 'j',
      label: 'Next turn',
      run: () => selectTurn(current() >= 0 ? current() + 1 : readerTurn(), true),
    },
    {
      keys: 'k',
      label: 'Previous turn',
      run: () => selectTurn(current() >= 0 ? current() - 1 : readerTurn(), true),
    },
    { keys: 'Home', label: 'First turn', run: () => selectTurn(0, true) },
    {
      keys: '/',
      label: 'Find in transcript',
      run: () => {
        findInputRef.current?.focus();
        findInputRef.current?.select();
      },
    },
    { keys: 'Enter', label: 'Next match (in the find box)' },
    { keys: 'Shift+Enter', label: 'Previous match (in the find box)' },
    { keys: 'Escape', label: 'Clear, then leave the find box' },
  ];
  // While only the first page is here, j/k/Home move through it and a find query can be typed;
  // flagged jumps and End need every turn.
  useShortcuts(
    'Transcript',
    partial
      ? reading
      : [
          ...reading,
          { keys: 'n', label: 'Next flagged turn', run: nextFlagged },
          { keys: 'p', label: 'Previous flagged turn', run: previousFlagged },
          { keys: 'End', label: 'Last turn', run: () => selectTurn(turns.length - 1, true) },
        ],
    { scope: 'page' },
  );

  const exportAs = (kind: 'md' | 'json') => {
    const options = { zone, revealIp, exportedAt: new Date() };
    if (kind === 'md') {
      downloadText(
        exportFileName(sessionId, 'md'),
        transcriptToMarkdown(sessionId, turns, options),
        'text/markdown;charset=utf-8',
      );
    } else {
      downloadText(
        exportFileName(sessionId, 'json'),
        transcriptToJson(sessionId, turns, options),
        'application/json',
      );
    }
  };

  useEffect(() => {
    // Print shows every turn (un-virtualised) up to PRINT_ALL_LIMIT; the browser waits for this.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const printAll = printing && !partial && turns.length <= PRINT_ALL_LIMIT;

  // ---- render ------------------------------------------------------------------------------
  const showDate = useMemo(
    () =>
      turns.length > 0 &&
      utcDay(Date.parse(turns[0].created)) !== utcDay(Date.parse(turns[turns.length - 1].created)),
    [turns],
  );
  const missingTurn = turnParam !== null && selectedIndex < 0 && !partial;
  const renderTurn = (index: number) => (
    <Turn
      turn={turns[index]}
      index={index}
      total={total}
      pattern={pattern}
      selected={index === selectedIndex}
      revealIp={revealIp}
      showDate={showDate}
      activeMatch={active && active.turn === index ? active.indexInTurn : null}
      clicksPending={partial !== undefined}
    />
  );
  const items = virtualizer.getVirtualItems();
  const listStyle: CSSProperties = printAll ? {} : { height: virtualizer.getTotalSize() };

  return (
    <div
      className={styles.body}
      style={
        {
          '--transcript-toolbar-top': `${layout.appHeader}px`,
          '--transcript-sticky': `${stickyBottom}px`,
        } as CSSProperties
      }
    >
      <PageHeader
        title="Conversation"
        documentTitle={`Conversation ${shortId(sessionId)}`}
        subtitle={subtitle}
        actions={
          <div className={styles.actions}>
            <Button size="small" onClick={() => exportAs('md')} disabled={!!partial}>
              Export Markdown
            </Button>
            <Button size="small" onClick={() => exportAs('json')} disabled={!!partial}>
              Export JSON
            </Button>
            <Button
              size="small"
              disabled={!!partial}
              onClick={() => {
                flushSync(() => setPrinting(true));
                window.print();
              }}
            >
              Print
            </Button>
          </div>
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
          The turn in the link ({shortId(turnParam, 12)}) is not part of this conversation.
        </p>
      )}
      <TranscriptToolbar
        toolbarRef={toolbarRef}
        find={
          <FindBar
            query={findQuery}
            onQueryChange={setFindQuery}
            current={activeIndex}
            total={found.total}
            searching={search.searching}
            progress={search.progress}
            onNext={() => stepMatch(1)}
            onPrevious={() => stepMatch(-1)}
            inputRef={findInputRef}
            pending={!!partial}
          />
        }
        disabled={!!partial}
        flaggedCount={flagged.length}
        onPreviousFlagged={previousFlagged}
        onNextFlagged={nextFlagged}
        onFirst={() => selectTurn(0, true)}
        onLast={() => selectTurn(turns.length - 1, true)}
        position={
          partial
            ? `${formatNumber(turns.length)} of ${formatNumber(total)} turns loaded`
            : selectedIndex >= 0
              ? `Turn ${formatNumber(selectedIndex + 1)} of ${formatNumber(turns.length)}`
              : `${formatNumber(turns.length)} turns`
        }
      />
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

/** Runs `attempt` on animation frames until it returns true (or ~1 s passes). Returns a cancel. */
function afterFrames(attempt: () => boolean, maxFrames = 60): () => void {
  let frame = 0;
  let id = 0;
  const tick = () => {
    if (attempt() || ++frame >= maxFrames) return;
    id = requestAnimationFrame(tick);
  };
  id = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(id);
}

/**
 * Brings match `k` of turn `turn` into the middle of the reading area. A turn outside the
 * virtualised window is scrolled to first; once its marks are in the DOM the exact mark is
 * centred, through the virtualizer so that its own scroll correction does not fight it.
 */
function revealMatch(
  virtualizer: Virtualizer<Window, Element>,
  list: HTMLElement | null,
  turn: number,
  k: number,
  stickyBottom: number,
): () => void {
  if (!list) return () => undefined;
  const findMark = () =>
    list.querySelector(`li[data-index="${turn}"]`)?.querySelectorAll<HTMLElement>('mark[data-find]')[k] ??
    null;
  if (!findMark()) virtualizer.scrollToIndex(turn, { align: 'start' });
  return afterFrames(() => {
    const mark = findMark();
    if (!mark) return false;
    const rect = mark.getBoundingClientRect();
    const viewTop = stickyBottom;
    const viewBottom = window.innerHeight;
    if (rect.top < viewTop || rect.bottom > viewBottom) {
      const target =
        window.scrollY + rect.top - viewTop - Math.max(0, (viewBottom - viewTop - rect.height) / 2);
      virtualizer.scrollToOffset(Math.max(0, target));
    }
    return true;
  }, 120);
}
