import {
  buildConversation,
  type ContentContext,
  ReplyCache,
  turnsWithoutSession,
} from './dataset/conversation';
import { planSessions, type PlanSettings } from './dataset/plan';
import { indexDb } from './dataset/store';
import { makeVisitors } from './dataset/visitors';
import { createRng } from './random';
import type { InteractionJson } from './types';

export type DbOptions = {
  seed?: number;
  /** "Now" in epoch ms; every timestamp is placed relative to it. */
  now?: number;
  /** Visitor pool. A session is bound to one IP, so at most `sessions` visitors appear. */
  visitors?: number;
  /** Conversations with a session id. */
  sessions?: number;
  /** Total turns to aim for; drawn per session when absent. */
  turns?: number;
  /** Extra-long conversations, by turn count. */
  longSessions?: readonly number[];
  /** Days of history. */
  days?: number;
  /** Distinct replies kept per (intent, kind); a cap that keeps large datasets small in memory. */
  replyVariants?: number;
};

export const defaultDbOptions = {
  seed: 20260822,
  visitors: 300,
  sessions: 700,
  longSessions: [240],
  days: 100,
  replyVariants: 48,
} as const satisfies DbOptions;

/**
 * The `large` scenario (`npm run bench`); never built unless that scenario is selected.
 * A conversation is bound to one IP, so 50,000 visitors need at least 50,000 conversations,
 * and every one of them must fall inside the slug era (92 days) for `by-user/` to list all
 * 50,000: 50,400 conversations over 90 days give exactly 50,000 visitors, about 200,000
 * turns and one 3,000-turn transcript. Builds in about 4 s (Node and Chromium alike).
 */
export const largeDbOptions = {
  seed: 424242,
  visitors: 50_000,
  sessions: 50_400,
  turns: 200_000,
  longSessions: [3_000],
  days: 90,
  replyVariants: 48,
} as const satisfies DbOptions;

/**
 * The `huge` scenario (`npm run bench` at four times `large`): 200,000 visitors with one
 * conversation each (so `by-user/` and `conversations/` both answer 200,000 rows), the same
 * 3,000-turn transcript, and few enough turns (250,000) that the dataset stays a few hundred MB
 * in Node and builds in seconds. Never built unless that scenario is selected.
 */
export const hugeDbOptions = {
  seed: 848484,
  visitors: 200_000,
  sessions: 200_000,
  turns: 250_000,
  longSessions: [3_000],
  days: 90,
  replyVariants: 48,
} as const satisfies DbOptions;

/** One stored turn: the exact JSON the list endpoint sends, plus what the server keeps unexposed. */
export type DbTurn = {
  readonly json: InteractionJson;
  readonly createdMs: number;
  /** Sub-millisecond part of `created` (Python keeps microseconds). */
  readonly micro: number;
  /** UTC day of `created`. */
  readonly day: string;
  /** The `model` column: surfaced only as `conversations[].models_used`. */
  readonly model: string;
  /** Rows in the click table for this turn. */
  readonly clicks: number;
  readonly userText: string;
  readonly replyText: string;
  /** uuid without dashes, lowercased: Django's UUID lookup accepts either spelling. */
  readonly key: string;
};

export type Db = {
  readonly now: number;
  readonly seed: number;
  /** Newest first: the list endpoint's default order. */
  readonly turns: readonly DbTurn[];
  readonly byKey: ReadonlyMap<string, DbTurn>;
  /** Oldest first. */
  readonly bySession: ReadonlyMap<string, readonly DbTurn[]>;
  /** Oldest first. */
  readonly bySlug: ReadonlyMap<string, readonly DbTurn[]>;
  /** Turns that carry a feedback row, newest turn first. */
  readonly feedback: readonly DbTurn[];
};

type Settings = PlanSettings & { seed: number; visitors: number; replyVariants: number };

function resolveOptions(options: DbOptions): Settings {
  const sessions = Math.max(0, options.sessions ?? defaultDbOptions.sessions);
  return {
    seed: options.seed ?? defaultDbOptions.seed,
    now: options.now ?? Date.now(),
    days: Math.max(1, options.days ?? defaultDbOptions.days),
    sessions,
    visitors: Math.max(1, options.visitors ?? defaultDbOptions.visitors),
    longSessions: sessions > 0 ? (options.longSessions ?? defaultDbOptions.longSessions) : [],
    turns: options.turns,
    replyVariants: options.replyVariants ?? defaultDbOptions.replyVariants,
  };
}

/** One stream per concern, forked in a fixed order: the same seed always gives the same data. */
function seededStreams(seed: number, replyVariants: number) {
  const root = createRng(seed);
  const visitors = root.fork(1);
  const plan = root.fork(2);
  const content = root.fork(3);
  const replies = new ReplyCache(root.fork(4), replyVariants);
  const ids = root.fork(5);
  return { visitors, plan, content, replies, ids };
}

/**
 * The dataset: a pool of visitors, the conversations they have (who, what about, when), the
 * turns of each, and two legacy turns without a session; then the indexes the handlers read.
 */
export function buildDb(options: DbOptions = {}): Db {
  const settings = resolveOptions(options);
  const { now, seed } = settings;
  const streams = seededStreams(seed, settings.replyVariants);
  // A conversation is bound to one IP, so there are never more visitors than conversations.
  const visitors = makeVisitors(
    streams.visitors,
    Math.min(settings.visitors, Math.max(1, settings.sessions)),
  );
  const plans = planSessions(settings, visitors, streams);
  const context: ContentContext = {
    now,
    ids: streams.ids,
    replies: streams.replies,
    legacyBlocked: { used: 0 },
  };
  const built: DbTurn[] = [];
  for (const plan of plans) for (const turn of buildConversation(plan, context)) built.push(turn);
  if (settings.sessions > 0)
    built.push(...turnsWithoutSession(streams.content, streams.ids, now, settings.days));
  return indexDb(built, now, seed);
}

/** The dataset with more turns in it (newer ones, or a conversation judged later), indexed again. */
export function extendDb(base: Db, extra: readonly DbTurn[]): Db {
  return indexDb([...base.turns, ...extra], base.now, base.seed);
}

export function emptyDb(now = Date.now()): Db {
  return indexDb([], now, 0);
}

/** Normalises a UUID as Django's UUIDField lookup would: dashes optional, any case. */
export function uuidKey(raw: string): string {
  return raw.replace(/-/g, '').toLowerCase();
}

let defaultDb: Db | null = null;
let current: Db | null = null;

/** The active dataset; the default one is built on first use and kept for the life of the process. */
export function getDb(): Db {
  if (current) return current;
  defaultDb ??= buildDb();
  current = defaultDb;
  return current;
}

export function setDb(db: Db): void {
  current = db;
}

/** Back to the default dataset, without rebuilding it. */
export function resetDb(): void {
  current = null;
}
