import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import {
  expiredTokenList,
  expireToken,
  type Faults,
  getFaults,
  getScenario,
  parseMockSearch,
  resetMocks,
  type ScenarioName,
  setFaults,
  setScenario,
} from './scenarios';

/** What Playwright drives through `window.__waaMocks`. */
export type MockControls = {
  setScenario: (name: ScenarioName) => void;
  setFaults: (faults: Faults) => void;
  expireToken: (token: string) => void;
  resetMocks: () => void;
  getScenario: () => ScenarioName;
};

// Augmenting Window takes declaration merging, which only an interface offers.
declare global {
  interface Window {
    __waaMocks?: MockControls;
  }
}

const STORAGE_KEY = 'waa.mocks';

type Stored = { scenario: ScenarioName; faults: Faults; expired: string[] };

function readStored(): Partial<Stored> {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Partial<Stored>) : {};
  } catch {
    return {};
  }
}

/** Kept per tab so in-app navigation and reloads keep the chosen behaviour. */
function persist(): void {
  const state: Stored = { scenario: getScenario(), faults: getFaults(), expired: expiredTokenList() };
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage can be unavailable (privacy mode); the mocks then simply forget on reload.
  }
}

function restore(search: string): void {
  const fromUrl = parseMockSearch(search);
  const named = fromUrl.scenario !== undefined || fromUrl.faults !== undefined;
  // A `?scenario=` or `?fault=` in the address starts over; otherwise the tab's choice stays.
  const state: Partial<Stored> = named
    ? { scenario: fromUrl.scenario ?? 'default', faults: fromUrl.faults ?? {}, expired: [] }
    : readStored();
  resetMocks();
  try {
    if (state.scenario) setScenario(state.scenario);
  } catch {
    // A stale name from an older build: stay on the default scenario.
  }
  setFaults(state.faults ?? {});
  for (const token of state.expired ?? []) expireToken(token);
  persist();
}

export async function startMockWorker(): Promise<void> {
  restore(window.location.search);
  window.__waaMocks = {
    setScenario: (name) => {
      setScenario(name);
      persist();
    },
    setFaults: (faults) => {
      setFaults(faults);
      persist();
    },
    expireToken: (token) => {
      expireToken(token);
      persist();
    },
    resetMocks: () => {
      resetMocks();
      persist();
    },
    getScenario,
  };
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
