import { configure, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { expect, vi } from 'vitest';
import { server } from '@mocks/node';
import { renderRoute } from '@/test/render-route';
import * as arb from './arbitraries';

/**
 * Pages and the endpoints they call, for the fuzz tests: each page gets a generator of the
 * responses it needs and serves them with `server.use`. Paths are fixed; the data is not.
 */

const I = '*/api/anonymous-chat-interactions';
const FUZZ_SESSION = 'fuzz-session';
const FUZZ_SLUG = 'f'.repeat(64);
const FUZZ_TURN = '0f0f0f0f-0000-4000-8000-000000000001';

/** Endpoint name → MSW path; by-user/{slug}/ and by-session/{id}/ before {uuid}/. */
const ENDPOINTS = {
  budget: `${I}/budget/`,
  kpi: `${I}/kpi/`,
  'by-user': `${I}/by-user/`,
  'by-user-detail': `${I}/by-user/:slug/`,
  conversations: `${I}/conversations/`,
  'by-session': `${I}/by-session/:id/`,
  list: `${I}/`,
  retrieve: `${I}/:uuid/`,
  feedbacks: '*/api/anonymous-chat-feedbacks/',
} as const;
export type Endpoint = keyof typeof ENDPOINTS;

/** The request path an ApiError names for each endpoint. */
export const API_PATH: Record<Endpoint, string> = {
  budget: '/api/anonymous-chat-interactions/budget/',
  kpi: '/api/anonymous-chat-interactions/kpi/',
  'by-user': '/api/anonymous-chat-interactions/by-user/',
  'by-user-detail': `/api/anonymous-chat-interactions/by-user/${FUZZ_SLUG}/`,
  conversations: '/api/anonymous-chat-interactions/conversations/',
  'by-session': `/api/anonymous-chat-interactions/by-session/${FUZZ_SESSION}/`,
  list: '/api/anonymous-chat-interactions/',
  retrieve: `/api/anonymous-chat-interactions/${FUZZ_TURN}/`,
  feedbacks: '/api/anonymous-chat-feedbacks/',
};

export type Responses = Partial<Record<Endpoint, unknown>>;

export type PageSpec = {
  name: string;
  path: string;
  /** Valid responses for every endpoint the page calls. */
  data: fc.Arbitrary<Responses>;
  /** Which schema's corruptions apply to each endpoint, and whether the body is a list. */
  shapes: Partial<Record<Endpoint, { schema: keyof typeof arb.CORRUPTIONS; list: boolean }>>;
  /** Throws until the page shows its data (not only its frame). */
  ready: () => void;
};

const table = (name: string | RegExp) => () => {
  const element = screen.getByRole('table', { name });
  expect(element.closest('[aria-busy="true"]')).toBeNull();
  expect(within(element).getAllByRole('row').length).toBeGreaterThan(1);
};
const transcript = () => {
  expect(screen.getByRole('list', { name: /^Turns \(\d+\)/ })).toBeInTheDocument();
};

const rows = <T>(item: fc.Arbitrary<T>, maxLength = 12) => fc.array(item, { minLength: 1, maxLength });

export const PAGES: PageSpec[] = [
  {
    name: 'overview',
    ready: () => {
      expect(screen.getByRole('group', { name: 'Turns' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Token budget today' }).textContent).toMatch(/\d/);
    },
    path: '/',
    data: fc.record({ budget: arb.budget, kpi: arb.kpi }),
    shapes: { budget: { schema: 'budget', list: false }, kpi: { schema: 'kpi', list: false } },
  },
  {
    name: 'visitors',
    ready: table('Visitors'),
    path: '/users',
    // One row per visitor and one per conversation, as the server groups them.
    data: fc.record({
      'by-user': fc.uniqueArray(arb.userAggregate, { maxLength: 30, selector: (row) => row.user_slug }),
    }),
    shapes: { 'by-user': { schema: 'userAggregate', list: true } },
  },
  {
    name: 'visitor',
    ready: table(/^Visitor (sessions|conversations)$/),
    path: `/users/${FUZZ_SLUG}`,
    data: fc.record({ 'by-user-detail': rows(arb.interaction({ user_slug: FUZZ_SLUG })) }),
    shapes: { 'by-user-detail': { schema: 'interaction', list: true } },
  },
  {
    name: 'conversations',
    ready: table('Conversations'),
    path: '/sessions',
    data: fc.record({
      conversations: fc.uniqueArray(arb.conversation, { maxLength: 30, selector: (row) => row.session_id }),
    }),
    shapes: { conversations: { schema: 'conversation', list: true } },
  },
  {
    name: 'transcript',
    ready: transcript,
    path: `/sessions/${FUZZ_SESSION}`,
    data: fc.record({ 'by-session': rows(arb.interaction({ session_id: FUZZ_SESSION }), 6) }),
    shapes: { 'by-session': { schema: 'interaction', list: true } },
  },
  {
    name: 'turns review',
    ready: table('Turns'),
    path: '/interactions',
    data: fc.record({ list: fc.array(arb.interaction(), { maxLength: 25 }) }),
    shapes: { list: { schema: 'interaction', list: true } },
  },
  {
    name: 'one turn',
    ready: transcript,
    path: `/interactions/${FUZZ_TURN}`,
    data: fc
      .tuple(
        arb.interaction({ uuid: FUZZ_TURN, session_id: FUZZ_SESSION }),
        fc.array(arb.interaction({ session_id: FUZZ_SESSION }), { maxLength: 4 }),
      )
      .map(([turn, others]) => ({ retrieve: turn, 'by-session': [...others, turn] })),
    shapes: { retrieve: { schema: 'interaction', list: false } },
  },
  {
    name: 'feedback',
    ready: table('Feedback'),
    path: '/feedback',
    data: fc.record({ feedbacks: fc.array(arb.feedback, { maxLength: 25 }) }),
    shapes: { feedbacks: { schema: 'feedback', list: true } },
  },
];

/** Serves `responses` for this render (lists get the paging headers the server sends). */
export function serve(responses: Responses): void {
  server.resetHandlers();
  server.use(
    ...(Object.entries(responses) as [Endpoint, unknown][]).map(([endpoint, body]) =>
      http.get(ENDPOINTS[endpoint], () =>
        HttpResponse.json(body as never, {
          headers: Array.isArray(body) ? { 'X-Result-Count': String(body.length) } : undefined,
        }),
      ),
    ),
  );
}

/**
 * Waits until the page shows its data (`ready`) and no section is loading any more (skeletons
 * carry a "Loading …" status).
 */
export async function settled(ready: () => void = () => undefined): Promise<void> {
  await waitFor(
    () => {
      expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
      expect(screen.queryAllByRole('status', { name: /^Loading/i })).toEqual([]);
      ready();
    },
    { timeout: 10_000 },
  );
}

/**
 * Everything written to console.error and console.warn from now on. React reports render
 * errors caught by a boundary, key and prop mistakes, and state updates it could not place
 * there; a page that renders valid or invalid data cleanly writes nothing, so any line fails.
 */
export function watchConsole(): { lines: () => string[]; clear: () => void } {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  const format = (level: string) => (call: unknown[]) =>
    `${level}: ${call.map(String).join(' ').slice(0, 500)}`;
  return {
    lines: () => [...error.mock.calls.map(format('error')), ...warn.mock.calls.map(format('warn'))],
    clear: () => {
      error.mockClear();
      warn.mockClear();
    },
  };
}

export function pageFailed(): boolean {
  return screen.queryByRole('heading', { name: 'This page failed to load' }) !== null;
}

export function renderPage(path: string) {
  return renderRoute(path);
}

/**
 * `npm test` gates on a fixed seed, so a run is reproducible and a red CI means a code change.
 * `npm run fuzz` (FUZZ_SEED=random, FUZZ_RUNS=200) explores new seeds; fast-check prints the
 * seed and path of any counterexample, and `FUZZ_SEED=<seed>` replays it.
 */
const SEED = fuzzSeed(process.env.FUZZ_SEED);

function fuzzSeed(value: string | undefined): number | undefined {
  if (value === 'random') return undefined;
  if (value === undefined || value === '') return 20_261_126;
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", not ${value}`);
  return seed;
}

export function configureFuzz(): void {
  // Lazy routes load on the first render of a file: allow a slow, busy machine.
  configure({ asyncUtilTimeout: 10_000 });
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: SEED });
}

/** Run counts stay modest: every run renders a whole page. FUZZ_RUNS raises them. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
