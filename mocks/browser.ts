import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { DEMO_OIDC_TOKENS, DEMO_TOKENS } from './tokens';
import {
  expiredTokenList,
  expireToken,
  type Faults,
  getFaults,
  getScenario,
  parseMockSearch,
  resetMocks,
  scenarioConfig,
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
  if (named) signInToHomeport();
}

/**
 * HomePort's part in the `homeport` scenarios: it signs the demo staff user in on this origin,
 * under its own keys (docs/api.md §9), as a password sign-in or an OIDC one. Only when the
 * address names the scenario and nobody is signed in there yet, so that a sign-out sticks and a
 * test can seed its own session (an impersonation, a language) first.
 */
function signInToHomeport(): void {
  const how = scenarioConfig().homeportSignIn;
  try {
    if (!how || localStorage.getItem('waldur/auth/token')) return;
    localStorage.setItem('waldur/auth/token', how === 'oidc' ? DEMO_OIDC_TOKENS.staff : DEMO_TOKENS.staff);
    localStorage.setItem('waldur/auth/method', how === 'oidc' ? 'keycloak' : 'local');
  } catch {
    // Storage unavailable: the demo falls back to its own sign-in.
  }
}

/**
 * The worker file sits next to index.html, so a sub-path build (`BASE_PATH`) serves it under the
 * base; its scope is the base, the pages it answers for. API calls to `/api/` outside that path
 * are still its to answer: a worker sees every request of the pages it controls.
 */
export function workerRegistration(base: string = import.meta.env.BASE_URL) {
  return { url: `${base}mockServiceWorker.js`, options: { scope: base } };
}

/** Whether the demo signs in as its staff user by itself (every scenario but `sign-in`). */
export function demoSignsIn(): boolean {
  return scenarioConfig().demoSignIn !== false;
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
    serviceWorker: workerRegistration(),
  });
}
