import { useEffect, useRef, useState } from 'react';

export const TEXT_FILTER_DEBOUNCE_MS = 350;

const clean = (text: string) => text.trim();

/**
 * Local text for a filter field that applies itself after a pause in typing (and at once
 * through `flush`, for Enter and blur). The URL stays the source of truth: when `value`
 * changes from elsewhere (a chip removed, Back) the text follows it.
 */
export function useCommittedText(
  value: string | undefined,
  onCommit: (value: string | undefined) => void,
  debounceMs = TEXT_FILTER_DEBOUNCE_MS,
): { text: string; setText: (text: string) => void; flush: () => void } {
  const [text, setText] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (clean(text) !== (value ?? '')) setText(value ?? '');
  }

  const latest = useRef({ value, onCommit, text });
  useEffect(() => {
    latest.current = { value, onCommit, text };
  });

  const commit = (next: string) => {
    const trimmed = clean(next);
    if (trimmed === (latest.current.value ?? '')) return;
    latest.current.onCommit(trimmed === '' ? undefined : trimmed);
  };

  useEffect(() => {
    if (clean(text) === (value ?? '')) return;
    const timer = window.setTimeout(() => commit(latest.current.text), debounceMs);
    return () => window.clearTimeout(timer);
    // Only a change of the text restarts the pause; the rest is read through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, debounceMs]);

  return { text, setText, flush: () => commit(text) };
}
