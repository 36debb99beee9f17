/** Named server behaviours, selectable in tests, in Playwright and with `?scenario=` in demo mode. */

export const SCENARIO_NAMES = [
  'default',
  'empty',
  'slow',
  'server-error',
  'no-cap',
  'budget-warning',
  'budget-critical',
  'budget-exhausted',
  'budget-stale',
  'budget-requests',
  'old-server',
  'old-conversations',
  'budget-rising',
  'budget-on-pace',
  'live',
  'hostile',
  'large',
  'huge',
  'homeport',
  'homeport-oidc',
  'sign-in',
  'hostile-lengths',
] as const;

export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export type BudgetMode =
  /**
   * Climbs through the UTC day from 0 at midnight: today's visitor turns (what today's `kpi/`
   * counts) plus signed-in users' chat at a steady 1.2 M a day. About 70 % of a 5 M cap by
   * midnight: never on pace to reach it.
   */
  | { kind: 'rising'; limit: number }
  /** A steady pace from 0 at midnight that would use `capsPerDay` × the cap by the next reset. */
  | { kind: 'paced'; limit: number; capsPerDay: number }
  /** A constant value, whatever the time (exhausted, stale, nothing used). */
  | { kind: 'fixed'; tokens: number; limit: number }
  /**
   * Climbs within every UTC hour: `from` × limit at :00, `perMinute` × limit more each minute,
   * at most `max` × limit. Crosses the watch thresholds minutes apart (budget watch e2e, demo).
   */
  | { kind: 'climbing'; limit: number; from: number; perMinute: number; max: number };

export type ScenarioConfig = {
  version: string;
  /** Which filter names the list/by-user/conversations/kpi endpoints understand. */
  filterNames: 'current' | 'legacy';
  /** `absent`: the route does not exist (8.1.0); `legacy-fields`: the 2026-07-26 nightly row. */
  conversations: 'current' | 'legacy-fields' | 'absent';
  /** Turns carry `input_tokens`/`output_tokens` keys (migration 0015). */
  turnTokenFields: boolean;
  /** KPI carries the visitor and judge token totals (arrived by the 2026-07-26 nightly). */
  kpiTokens: boolean;
  /** KPI carries `clarification_requests_total` and `clarification_rate` (docs/api.md §10). */
  kpiClarification: boolean;
  /**
   * New turns, votes and judge verdicts arrive every minute after the dataset was built
   * (mocks/arrivals.ts): what "Since your last visit" finds after "Mark all as seen".
   */
  arrivals: boolean;
  /** conversations/ and kpi/ honour the conversation-level (HAVING) params. */
  conversationParams: boolean;
  /** `hostile`: the hostile-content corpus in every text field (mocks/content/hostile.ts). */
  data: 'default' | 'empty' | 'hostile' | 'hostile-lengths' | 'large' | 'huge';
  /** Added to every response, including users/me. */
  delayMs: number;
  /** Every chat endpoint answers 500; users/me and version still work. */
  chatError: boolean;
  budget: BudgetMode;
  /** Request counters that the current backend does not send (docs/api.md §3.6). */
  requests?: { today: number; limit: number };
  /** `configuration/` says WALDUR_CORE.OIDC_ACCESS_TOKEN_ENABLED: `Bearer` OIDC tokens work. */
  oidcAccessTokens: boolean;
  /**
   * The fixtures stand in for HomePort's sign-in on this origin (docs/api.md §9): when the
   * address names the scenario, the demo starts signed in through HomePort's session, with a
   * password sign-in (`local`) or an OIDC one (`oidc`).
   */
  homeportSignIn?: 'local' | 'oidc';
  /** The demo signs in as its staff user by itself; `false`: the sign-in page asks, as in production. */
  demoSignIn?: boolean;
};

const DEFAULT_LIMIT = 5_000_000;

const BASE: ScenarioConfig = {
  version: '8.1.3',
  filterNames: 'current',
  conversations: 'current',
  turnTokenFields: true,
  kpiTokens: true,
  kpiClarification: true,
  arrivals: false,
  conversationParams: true,
  data: 'default',
  delayMs: 0,
  chatError: false,
  budget: { kind: 'rising', limit: DEFAULT_LIMIT },
  oidcAccessTokens: false,
};

export const SCENARIOS: Record<ScenarioName, ScenarioConfig> = {
  default: BASE,
  empty: { ...BASE, data: 'empty', budget: { kind: 'fixed', tokens: 0, limit: DEFAULT_LIMIT } },
  slow: { ...BASE, delayMs: 2_500 },
  'server-error': { ...BASE, chatError: true },
  'no-cap': { ...BASE, budget: { kind: 'rising', limit: 0 } },
  'budget-warning': { ...BASE, budget: { kind: 'fixed', tokens: 4_250_000, limit: DEFAULT_LIMIT } },
  'budget-critical': { ...BASE, budget: { kind: 'fixed', tokens: 4_800_000, limit: DEFAULT_LIMIT } },
  'budget-exhausted': { ...BASE, budget: { kind: 'fixed', tokens: 5_012_400, limit: DEFAULT_LIMIT } },
  // The reader does not apply the midnight reset, so the value survives 00:00 UTC.
  'budget-stale': { ...BASE, budget: { kind: 'fixed', tokens: 3_900_000, limit: DEFAULT_LIMIT } },
  'budget-requests': { ...BASE, requests: { today: 1_840, limit: 2_500 } },
  // 70 % at :00 of each hour, +5 % a minute: 80 % at :02, 95 % at :05, 100 % at :06, then 110 %.
  'budget-rising': {
    ...BASE,
    budget: { kind: 'climbing', limit: DEFAULT_LIMIT, from: 0.7, perMinute: 0.05, max: 1.1 },
  },
  // 1.3 caps a day from midnight: under 80 % until 14:46 UTC, yet on pace to reach the cap at
  // 18:28 UTC (exhausted from then on).
  'budget-on-pace': { ...BASE, budget: { kind: 'paced', limit: DEFAULT_LIMIT, capsPerDay: 1.3 } },
  live: { ...BASE, arrivals: true },
  'old-server': {
    ...BASE,
    version: '8.1.0',
    filterNames: 'legacy',
    conversations: 'absent',
    turnTokenFields: false,
    kpiTokens: false,
    kpiClarification: false,
    conversationParams: false,
  },
  // The 2026-07-26 nightly: conversations/ existed with its first fields, the filters still had
  // their old names. No release carried this exact mix; the version string is made up.
  'old-conversations': {
    ...BASE,
    version: '8.1.1',
    filterNames: 'legacy',
    conversations: 'legacy-fields',
    kpiClarification: false,
    conversationParams: false,
  },
  hostile: { ...BASE, data: 'hostile' },
  // The benchmark's dataset (`largeDbOptions`: 50,000 visitors, ~200,000 turns, a 3,000-turn
  // transcript); built on the first request that needs it, in about 4 s.
  large: { ...BASE, data: 'large' },
  // Four times `large` for the whole lists (`hugeDbOptions`: 200,000 visitors, 200,000
  // conversations, the same 3,000-turn transcript); built on first use, in 10–20 s.
  huge: { ...BASE, data: 'huge' },
  homeport: { ...BASE, homeportSignIn: 'local' },
  'homeport-oidc': { ...BASE, oidcAccessTokens: true, homeportSignIn: 'oidc' },
  // A tab without a token goes to the sign-in page (or borrows another tab's session) instead of
  // being signed in as the demo's staff user.
  'sign-in': { ...BASE, demoSignIn: false },
  // 20,000-character unbroken strings in every free-text field (mocks/scenarios/hostile-lengths-db.ts).
  'hostile-lengths': { ...BASE, data: 'hostile-lengths' },
};

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

/** Endpoints that can be given a fault, by name. */
const FAULT_ENDPOINTS = [
  'configuration',
  'me',
  'version',
  'list',
  'retrieve',
  'by-session',
  'by-user',
  'by-user-detail',
  'conversations',
  'kpi',
  'budget',
  'feedbacks',
  'feedback-detail',
] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];

const FAULT_KINDS = [
  '500',
  '502',
  '503',
  '429',
  'html',
  'truncated',
  'network',
  'slow',
  // Never answers: a request that only a Cancel ends, for tests that must not race a clock.
  'stall',
  'malformed',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export type Faults = Partial<Record<FaultEndpoint, FaultKind>>;

export function isFaultEndpoint(value: string): value is FaultEndpoint {
  return (FAULT_ENDPOINTS as readonly string[]).includes(value);
}

export function isFaultKind(value: string): value is FaultKind {
  return (FAULT_KINDS as readonly string[]).includes(value);
}
