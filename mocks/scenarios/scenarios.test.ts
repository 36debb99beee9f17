import { describe, expect, it } from 'vitest';
import { getDb, setDb, buildDb } from '../db';
import {
  expireToken,
  getFaults,
  getScenario,
  isTokenExpired,
  parseMockSearch,
  resetMocks,
  SCENARIO_NAMES,
  type ScenarioName,
  setFaults,
  setScenario,
} from '.';

describe('parseMockSearch', () => {
  it('reads a scenario and comma-separated endpoint:fault pairs', () => {
    expect(parseMockSearch('?scenario=budget-exhausted&fault=kpi:500,budget:network')).toEqual({
      scenario: 'budget-exhausted',
      faults: { kpi: '500', budget: 'network' },
    });
  });

  it('leaves out what the search does not name and drops what it does not know', () => {
    expect(parseMockSearch('')).toEqual({});
    expect(parseMockSearch('?scenario=chaos')).toEqual({});
    expect(parseMockSearch('?fault=kpi:explode,nowhere:500,by-user:slow')).toEqual({
      faults: { 'by-user': 'slow' },
    });
    expect(parseMockSearch('fault=me:html&fault=version:503')).toEqual({
      faults: { me: 'html', version: '503' },
    });
  });
});

describe('scenario state', () => {
  it('lists every scenario and rejects unknown names', () => {
    expect(SCENARIO_NAMES).toContain('old-server');
    expect(() => setScenario('chaos' as ScenarioName)).toThrow(/Unknown mock scenario/);
  });

  it('resetMocks restores the default scenario, no faults, no expired tokens and the default db', () => {
    const original = getDb();
    setScenario('slow');
    setFaults({ kpi: '500' });
    expireToken('abc');
    setDb(buildDb({ sessions: 2, visitors: 2, longSessions: [] }));
    resetMocks();
    expect(getScenario()).toBe('default');
    expect(getFaults()).toEqual({});
    expect(isTokenExpired('abc')).toBe(false);
    expect(getDb()).toBe(original);
  });
});
