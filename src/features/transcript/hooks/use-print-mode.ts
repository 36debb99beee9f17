import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Above this, printing renders the turns on screen and says so; all of them would stall the tab. */
const PRINT_ALL_LIMIT = 1000;

export type PrintMode = {
  /** The browser is printing (or about to). */
  printing: boolean;
  /** Every turn is rendered, un-virtualised, for the printout. */
  printAll: boolean;
  /** The Print button: renders for print first, then opens the browser's dialog. */
  print: () => void;
};

/**
 * Print shows every turn (un-virtualised) up to PRINT_ALL_LIMIT, also for the browser's own
 * Print command: `beforeprint` renders synchronously, and the browser waits for it. While only
 * the first turns of a conversation are here (`complete` false), it prints what is on screen.
 */
export function usePrintMode(turnCount: number, complete: boolean): PrintMode {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return { printing, printAll: printing && complete && turnCount <= PRINT_ALL_LIMIT, print };
}
