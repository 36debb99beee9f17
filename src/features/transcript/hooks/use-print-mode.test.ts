import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePrintMode } from './use-print-mode';

const printEvent = (type: 'beforeprint' | 'afterprint') => act(() => window.dispatchEvent(new Event(type)));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('usePrintMode', () => {
  it("renders every turn for the browser's own Print command, and the window again after it", () => {
    const { result } = renderHook(() => usePrintMode(1000, true));
    expect(result.current).toMatchObject({ printing: false, printAll: false });
    printEvent('beforeprint');
    expect(result.current).toMatchObject({ printing: true, printAll: true });
    printEvent('afterprint');
    expect(result.current).toMatchObject({ printing: false, printAll: false });
  });

  it('prints only the turns on screen for a very long or a partly loaded conversation', () => {
    const long = renderHook(() => usePrintMode(1001, true));
    printEvent('beforeprint');
    expect(long.result.current).toMatchObject({ printing: true, printAll: false });
    long.unmount();

    const partial = renderHook(() => usePrintMode(10, false));
    printEvent('beforeprint');
    expect(partial.result.current).toMatchObject({ printing: true, printAll: false });
  });

  it('has rendered for print when the Print button opens the dialog', () => {
    const { result } = renderHook(() => usePrintMode(10, true));
    let printAllAtDialog: boolean | undefined;
    // happy-dom has no print dialog.
    const print = vi.fn(() => {
      printAllAtDialog = result.current.printAll;
    });
    vi.stubGlobal('print', print);
    act(() => result.current.print());
    expect(print).toHaveBeenCalledOnce();
    expect(printAllAtDialog).toBe(true);
  });
});
