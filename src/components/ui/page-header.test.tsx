import { beforeEach, describe, expect, it } from 'vitest';
import { isNavigatedPage, resetPageFocus } from './page-header';

describe('isNavigatedPage', () => {
  beforeEach(resetPageFocus);

  it('leaves the first page of a loaded document alone, also when it mounts its header again', () => {
    expect(isNavigatedPage('default', 'POP')).toBe(false);
    expect(isNavigatedPage('default', 'POP')).toBe(false);
  });

  it('moves the focus on every page reached by a navigation, and back to the first page too', () => {
    expect(isNavigatedPage('default', 'POP')).toBe(false);
    expect(isNavigatedPage('k1', 'PUSH')).toBe(true);
    expect(isNavigatedPage('default', 'POP')).toBe(true);
  });

  it('moves it on the first page when that page was reached by a redirect (after sign-in)', () => {
    expect(isNavigatedPage('k2', 'REPLACE')).toBe(true);
    expect(isNavigatedPage('k3', 'PUSH')).toBe(true);
  });
});
