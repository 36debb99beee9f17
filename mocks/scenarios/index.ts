import { withArrivals } from '../arrivals';
import { buildDb, type Db, emptyDb, getDb, hugeDbOptions, largeDbOptions, resetDb } from '../db';
import { buildHostileDb } from './hostile-db';
import { buildHostileLengthsDb } from './hostile-lengths-db';
import {
  type Faults,
  isFaultEndpoint,
  isFaultKind,
  isScenarioName,
  SCENARIOS,
  type ScenarioConfig,
  type ScenarioName,
} from './definitions';

export {
  SCENARIO_NAMES,
  type FaultEndpoint,
  type FaultKind,
  type Faults,
  type ScenarioConfig,
  type ScenarioName,
} from './definitions';

let scenario: ScenarioName = 'default';
let faults: Faults = {};
const expiredTokens = new Set<string>();

export function setScenario(name: ScenarioName): void {
  if (!isScenarioName(name)) throw new Error(`Unknown mock scenario "${String(name)}"`);
  scenario = name;
}

export function getScenario(): ScenarioName {
  return scenario;
}

export function scenarioConfig(): ScenarioConfig {
  return SCENARIOS[scenario];
}

let empty: Db | null = null;
let hostileDb: Db | null = null;
let hostileLengthsDb: Db | null = null;
let largeDb: Db | null = null;
let hugeDb: Db | null = null;

/** The dataset the active scenario serves. */
export function scenarioDb(): Db {
  if (SCENARIOS[scenario].data === 'hostile') {
    hostileDb ??= buildHostileDb();
    return hostileDb;
  }
  if (SCENARIOS[scenario].data === 'hostile-lengths') {
    hostileLengthsDb ??= buildHostileLengthsDb();
    return hostileLengthsDb;
  }
  if (SCENARIOS[scenario].data === 'large') {
    largeDb ??= buildDb(largeDbOptions);
    return largeDb;
  }
  if (SCENARIOS[scenario].data === 'huge') {
    hugeDb ??= buildDb(hugeDbOptions);
    return hugeDb;
  }
  if (SCENARIOS[scenario].arrivals) return withArrivals(getDb(), Date.now());
  if (SCENARIOS[scenario].data !== 'empty') return getDb();
  empty ??= emptyDb();
  return empty;
}

/**
 * Replaces the active faults. Entries with an unknown endpoint or fault are dropped, because
 * Playwright passes plain strings through `window.__waaMocks`.
 */
export function setFaults(next: Faults): void {
  const clean: Faults = {};
  for (const [endpoint, fault] of Object.entries(next)) {
    if (isFaultEndpoint(endpoint) && typeof fault === 'string' && isFaultKind(fault)) clean[endpoint] = fault;
  }
  faults = clean;
}

export function getFaults(): Faults {
  return faults;
}

/** That token answers 401 "Token has expired." on every endpoint until resetMocks(). */
export function expireToken(token: string): void {
  expiredTokens.add(token);
}

export function isTokenExpired(token: string): boolean {
  return expiredTokens.has(token);
}

export function expiredTokenList(): string[] {
  return [...expiredTokens];
}

/** Default scenario, no faults, no expired tokens, default dataset. */
export function resetMocks(): void {
  scenario = 'default';
  faults = {};
  expiredTokens.clear();
  resetDb();
}

export type MockSearch = { scenario?: ScenarioName; faults?: Faults };

/**
 * Reads `?scenario=name&fault=kpi:500,budget:network`. Keys are present only when the search
 * names them; unknown scenario names and malformed fault entries are ignored.
 */
export function parseMockSearch(search: string): MockSearch {
  const params = new URLSearchParams(search);
  const out: MockSearch = {};
  const name = params.get('scenario')?.trim() ?? '';
  if (isScenarioName(name)) out.scenario = name;
  const faultParams = params.getAll('fault');
  if (faultParams.length > 0) {
    const parsed: Faults = {};
    for (const entry of faultParams.join(',').split(',')) {
      const [endpoint, fault] = entry.split(':').map((part) => part.trim());
      if (endpoint && fault && isFaultEndpoint(endpoint) && isFaultKind(fault)) parsed[endpoint] = fault;
    }
    out.faults = parsed;
  }
  return out;
}
