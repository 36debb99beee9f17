import { describe, expect, it, vi } from 'vitest';
import { startMockWorker, workerRegistration } from './browser';
import { getFaults, getScenario, isTokenExpired } from './scenarios';

const start = vi.fn(async () => undefined);
vi.mock('msw/browser', () => ({ setupWorker: () => ({ start }) }));

function visit(search: string): void {
  window.history.replaceState(null, '', `/overview${search}`);
}

describe('startMockWorker', () => {
  it('starts the worker quietly, bypassing requests it does not handle', async () => {
    visit('');
    await startMockWorker();
    expect(start).toHaveBeenCalledWith({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js', options: { scope: '/' } },
    });
  });

  it('registers the worker under a sub-path build’s base, with the base as its scope', () => {
    expect(workerRegistration('/assistant-analytics/')).toEqual({
      url: '/assistant-analytics/mockServiceWorker.js',
      options: { scope: '/assistant-analytics/' },
    });
  });

  it('applies ?scenario= and ?fault= and keeps them for the tab', async () => {
    visit('?scenario=budget-exhausted&fault=kpi:500');
    await startMockWorker();
    expect(getScenario()).toBe('budget-exhausted');
    expect(getFaults()).toEqual({ kpi: '500' });

    visit('');
    await startMockWorker();
    expect(getScenario()).toBe('budget-exhausted');
    expect(getFaults()).toEqual({ kpi: '500' });

    visit('?scenario=old-server');
    await startMockWorker();
    expect(getScenario()).toBe('old-server');
    expect(getFaults()).toEqual({});
  });

  it('exposes controls for Playwright that survive a reload', async () => {
    visit('');
    await startMockWorker();
    window.__waaMocks?.setScenario('empty');
    window.__waaMocks?.setFaults({ budget: 'network' });
    window.__waaMocks?.expireToken('abc');
    await startMockWorker();
    expect(window.__waaMocks?.getScenario()).toBe('empty');
    expect(getFaults()).toEqual({ budget: 'network' });
    expect(isTokenExpired('abc')).toBe(true);
    window.__waaMocks?.resetMocks();
    await startMockWorker();
    expect(getScenario()).toBe('default');
  });
});
