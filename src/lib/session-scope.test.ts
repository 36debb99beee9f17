import { afterEach, describe, expect, it, vi } from 'vitest';
import { endSession, onSessionEnd } from './session-scope';

const removals: (() => void)[] = [];
afterEach(() => removals.splice(0).forEach((remove) => remove()));

describe('session scope', () => {
  it('runs every registered cleanup when the session ends, until removed', () => {
    const first = vi.fn();
    const second = vi.fn();
    const removeFirst = onSessionEnd(first);
    removals.push(removeFirst, onSessionEnd(second));
    endSession();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    removeFirst();
    endSession();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('runs the others when one cleanup throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    removals.push(
      onSessionEnd(() => {
        throw new Error('boom');
      }),
      onSessionEnd(after),
    );
    endSession();
    expect(after).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
