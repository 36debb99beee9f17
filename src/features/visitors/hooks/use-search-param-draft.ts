import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { updateSearchParams } from '@/hooks/use-table-url-state';

export type SearchParamDraft = {
  /** What the input shows: updated on every keystroke, without touching the URL. */
  draft: string;
  setDraft: (value: string) => void;
  /** Writes the draft to the URL now (Enter in the field). */
  flush: () => void;
  /** The value the URL holds. */
  committed: string;
};

/**
 * A text field backed by one search param. Typing updates local state at once; the URL follows
 * after `delay` ms of quiet, with `replace` (no history entry per keystroke) and the page reset.
 * When the URL changes from outside (back/forward, a "clear" button), the field follows it.
 */
export function useSearchParamDraft(key: string, delay: number): SearchParamDraft {
  const [searchParams, setSearchParams] = useSearchParams();
  const committed = searchParams.get(key) ?? '';
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  // The last value this field wrote: when the URL catches up with it, the user may already have
  // typed more, and the echo must not overwrite that.
  const [written, setWritten] = useState<string | null>(null);

  // Adjust state during render when the URL moved (React's "storing information from previous
  // renders"): only a change from outside (back/forward, a "clear" button) replaces the draft.
  if (committed !== seen) {
    setSeen(committed);
    if (committed !== written && committed !== draft.trim()) setDraft(committed);
  }

  const write = useCallback(
    (value: string) => {
      const next = value.trim();
      setWritten(next);
      updateSearchParams(setSearchParams, { [key]: next }, { replace: true });
    },
    [key, setSearchParams],
  );

  useEffect(() => {
    if (draft.trim() === committed) return undefined;
    const id = window.setTimeout(() => write(draft), delay);
    return () => window.clearTimeout(id);
  }, [draft, committed, delay, write]);

  const flush = useCallback(() => {
    if (draft.trim() !== committed) write(draft);
  }, [draft, committed, write]);

  return { draft, setDraft, flush, committed };
}
