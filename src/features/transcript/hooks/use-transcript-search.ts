import { useEffect, useState } from 'react';
import type { Interaction } from '@/api/schemas/interaction';
import { compileQuery, countInTurn, NO_MATCHES, resultFromCounts, type FindResult } from '../utils/find';
import { turnSearchTexts } from '../utils/turn-text';

export type TranscriptSearch = {
  /** The query `result` and `pattern` belong to; lags the typed query while searching. */
  query: string;
  pattern: RegExp | null;
  result: FindResult;
  /** The typed query has not been searched to the end yet. */
  searching: boolean;
  /** 0..1 while searching a long transcript for the first time. */
  progress: number;
};

/** Work per slice: small enough that typing and scrolling stay smooth. */
const SLICE_MS = 10;

type Done = Omit<TranscriptSearch, 'searching' | 'progress'>;
const EMPTY: Done = { query: '', pattern: null, result: NO_MATCHES };

/**
 * Find over every turn's data, not the DOM, so it works while the list is virtualised. The
 * first search of a long transcript parses every markdown reply once (for exact counts), so the
 * work is done in time slices; later searches hit the cache and finish in one slice.
 */
export function useTranscriptSearch(turns: readonly Interaction[], query: string): TranscriptSearch {
  const [done, setDone] = useState<Done>(EMPTY);
  const [progress, setProgress] = useState(0);

  useEffect(() => {
    const pattern = compileQuery(query);
    let timer = 0;
    let cancelled = false;
    const perTurn: number[] = [];
    let lastProgress = 0;
    const slice = () => {
      if (cancelled) return;
      if (pattern) {
        const deadline = performance.now() + SLICE_MS;
        while (perTurn.length < turns.length && performance.now() < deadline) {
          perTurn.push(countInTurn(turnSearchTexts(turns[perTurn.length]), pattern));
        }
        if (perTurn.length < turns.length) {
          const now = performance.now();
          if (now - lastProgress > 100) {
            lastProgress = now;
            setProgress(perTurn.length / turns.length);
          }
          timer = window.setTimeout(slice, 0);
          return;
        }
      }
      setProgress(0);
      setDone({ query, pattern, result: pattern ? resultFromCounts(perTurn) : NO_MATCHES });
    };
    timer = window.setTimeout(slice, 0);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [turns, query]);

  return { ...done, searching: done.query !== query, progress };
}

/**
 * Prepares every turn's searchable text while the browser is idle, so that the first search of
 * a long transcript is instant.
 */
export function useWarmSearchTexts(turns: readonly Interaction[]): void {
  useEffect(() => {
    let index = 0;
    let handle = 0;
    const idle = typeof window.requestIdleCallback === 'function';
    const schedule = () => {
      handle = idle ? window.requestIdleCallback(work, { timeout: 2000 }) : window.setTimeout(work, 50);
    };
    const work = (deadline?: IdleDeadline) => {
      const stop = performance.now() + Math.min(SLICE_MS, deadline ? deadline.timeRemaining() : SLICE_MS);
      // At least one turn per call, however little idle time is left.
      do {
        if (index < turns.length) turnSearchTexts(turns[index]);
        index += 1;
      } while (index < turns.length && performance.now() < stop);
      if (index < turns.length) schedule();
    };
    // Let the first screen of turns render before starting.
    const start = window.setTimeout(schedule, 300);
    return () => {
      window.clearTimeout(start);
      if (idle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [turns]);
}
