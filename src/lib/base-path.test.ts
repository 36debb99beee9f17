import { describe, expect, it } from 'vitest';
import { besideIndex, inAppPath, routerBasename } from './base-path';

describe('base path', () => {
  it.each([
    ['/', '/'],
    ['/assistant-analytics/', '/assistant-analytics'],
    ['/a/b/', '/a/b'],
  ])('gives the router a basename without the trailing slash: %s → %s', (base, basename) => {
    expect(routerBasename(base)).toBe(basename);
  });

  it.each([
    ['/users', '/', '/users'],
    ['/assistant-analytics/', '/assistant-analytics/', '/'],
    ['/assistant-analytics', '/assistant-analytics/', '/'],
    ['/assistant-analytics/sign-in', '/assistant-analytics/', '/sign-in'],
    // A look-alike prefix is not the base.
    ['/assistant-analytics-old/x', '/assistant-analytics/', '/assistant-analytics-old/x'],
  ])('turns the browser pathname %s under base %s into the in-app path %s', (pathname, base, path) => {
    expect(inAppPath(pathname, base)).toBe(path);
  });

  it('puts files next to index.html under the base', () => {
    expect(besideIndex('config.json', '/')).toBe('/config.json');
    expect(besideIndex('config.json', '/assistant-analytics/')).toBe('/assistant-analytics/config.json');
    expect(besideIndex('/mockServiceWorker.js', '/assistant-analytics/')).toBe(
      '/assistant-analytics/mockServiceWorker.js',
    );
  });
});
