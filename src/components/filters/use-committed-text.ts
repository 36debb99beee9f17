import { useEffect, useEffectEvent, useState } from 'react';

const TEXT_FILTER_DEBOUNCE_MS = 350;

const clean = (text: string) => text.trim();

/**
 * The one text-field hook: local text for a filter that applies itself after a pause in typing
 * (and at once through `flush`, for Enter and blur). The URL stays the source of truth: when
 * `value` changes from elsewhere (a chip removed, Back) the text follows it. `onInput` hears
 * every keystroke, for a search over rows already on screen.
 */
export function useCommittedText(
  value: string | undefined,
  onCommit: (value: string | undefined) => void,
  {
    debounceMs = TEXT_FILTER_DEBOUNCE_MS,
    onInput,
  }: { debounceMs?: number; onInput?: (text: string) => void } = {},
): { text: string; setText: (text: string) => void; flush: () => void } {
  const [text, setLocal] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // What this field last applied: when the URL catches up with it, the user may have typed
  // more in the meantime, and that echo must not overwrite the field.
  const [written, setWritten] = useState<string | undefined>(undefined);
  if (seen !== value) {
    setSeen(value);
    if ((value ?? '') !== written && clean(text) !== (value ?? '')) setLocal(value ?? '');
  }

  const commit = (next: string) => {
    const trimmed = clean(next);
    if (trimmed === (value ?? '')) return;
    setWritten(trimmed);
    onCommit(trimmed === '' ? undefined : trimmed);
  };
  const commitAfterPause = useEffectEvent(commit);

  useEffect(() => {
    if (clean(text) === (value ?? '')) return;
    const timer = window.setTimeout(() => commitAfterPause(text), debounceMs);
    return () => window.clearTimeout(timer);
  }, [text, value, debounceMs]);

  const setText = (next: string) => {
    setLocal(next);
    onInput?.(next);
  };
  return { text, setText, flush: () => commit(text) };
}
