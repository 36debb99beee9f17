import { describe, expect, it } from 'vitest';
import { besideIndex, inAppPath, routerBasename } from './base-path';

describe('base path', () => {
  it('gives the router a basename without the trailing slash', () => {
    expect(routerBasename('/')).toBe('/');
    expect(routerBasename('/assistant-analytics/')).toBe('/assistant-analytics');
    expect(routerBasename('/a/b/')).toBe('/a/b');
  });

  it('turns a browser pathname into the in-app path', () => {
    expect(inAppPath('/users', '/')).toBe('/users');
    expect(inAppPath('/assistant-analytics/', '/assistant-analytics/')).toBe('/');
    expect(inAppPath('/assistant-analytics', '/assistant-analytics/')).toBe('/');
    expect(inAppPath('/assistant-analytics/sign-in', '/assistant-analytics/')).toBe('/sign-in');
    // A look-alike prefix is not the base.
    expect(inAppPath('/assistant-analytics-old/x', '/assistant-analytics/')).toBe(
      '/assistant-analytics-old/x',
    );
  });

  it('puts files next to index.html under the base', () => {
    expect(besideIndex('config.json', '/')).toBe('/config.json');
    expect(besideIndex('config.json', '/assistant-analytics/')).toBe('/assistant-analytics/config.json');
    expect(besideIndex('/mockServiceWorker.js', '/assistant-analytics/')).toBe(
      '/assistant-analytics/mockServiceWorker.js',
    );
  });
});
