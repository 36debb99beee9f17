import type { RefObject } from 'react';
import { useShortcuts } from '@/components/shortcuts/shortcuts';
import type { TurnSelection } from './use-turn-selection';

type Options = {
  selection: TurnSelection;
  turnCount: number;
  findInputRef: RefObject<HTMLInputElement | null>;
  /** Every turn is here: flagged jumps and End need all of them. */
  complete: boolean;
};

/**
 * Page shortcuts: they take `/` over the shell's "search on this page", and are listed in the
 * shell's shortcut sheet (`?`) under "Transcript". While only the first page of turns is here,
 * j/k/Home move through it and a find query can be typed.
 */
export function useTranscriptShortcuts({ selection, turnCount, findInputRef, complete }: Options): void {
  const reading = [
    { keys: 'j', label: 'Next turn', run: () => selection.step(1) },
    { keys: 'k', label: 'Previous turn', run: () => selection.step(-1) },
    { keys: 'Home', label: 'First turn', run: () => selection.select(0) },
    {
      keys: '/',
      label: 'Find in transcript',
      run: () => {
        findInputRef.current?.focus();
        findInputRef.current?.select();
      },
    },
    // Handled by the find box itself; listed so that the sheet shows them.
    { keys: 'Enter', label: 'Next match (in the find box)' },
    { keys: 'Shift+Enter', label: 'Previous match (in the find box)' },
    { keys: 'Escape', label: 'Clear, then leave the find box' },
  ];
  useShortcuts(
    'Transcript',
    complete
      ? [
          ...reading,
          { keys: 'n', label: 'Next flagged turn', run: () => selection.stepFlagged(1) },
          { keys: 'p', label: 'Previous flagged turn', run: () => selection.stepFlagged(-1) },
          { keys: 'End', label: 'Last turn', run: () => selection.select(turnCount - 1) },
        ]
      : reading,
    { scope: 'page' },
  );
}
