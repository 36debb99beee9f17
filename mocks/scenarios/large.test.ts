import { describe, expect, it, vi } from 'vitest';
import type * as DbModule from '../db';

describe.each([
  ['large', 'largeDbOptions'],
  ['huge', 'hugeDbOptions'],
] as const)('%s scenario', (name, optionsName) => {
  it('builds the benchmark dataset only when selected and used, and only once', async () => {
    // The real dataset takes seconds and hundreds of MB: a fresh module graph with a tiny stand-in.
    vi.resetModules();
    const actual = await vi.importActual<typeof DbModule>('../db');
    const tiny = actual.buildDb({ sessions: 3, visitors: 3, longSessions: [] });
    const buildDb = vi.fn(() => tiny);
    vi.doMock('../db', () => ({ ...actual, buildDb }));
    const { scenarioConfig, scenarioDb, setScenario } = await import('.');

    scenarioDb();
    setScenario(name);
    expect(scenarioConfig().data).toBe(name);
    expect(buildDb).not.toHaveBeenCalled();
    const first = scenarioDb();
    expect(buildDb).toHaveBeenCalledExactlyOnceWith(actual[optionsName]);
    expect(scenarioDb()).toBe(first);
    expect(buildDb).toHaveBeenCalledTimes(1);

    vi.doUnmock('../db');
    vi.resetModules();
  });
});
