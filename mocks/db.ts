import { judgeSummary, vote } from './content/feedback';
import { CLEAN, flaggedInput, type GuardVerdict, LEGACY_BLOCKED } from './content/guard';
import { INTENTS, type Intent } from './content/offerings';
import { followUpQuestion, openingQuestion, pastedLog } from './content/questions';
import {
  buildReply,
  chooseReplyKind,
  hallucinatedReply,
  type Reply,
  type ReplyKind,
} from './content/replies';
import { createRng, hashHex64, type Rng } from './random';
import { DAY, drfDateTime, HOUR, MINUTE, SECOND, startOfUtcDay, utcDay } from './time';
import type { FeedbackJson, InteractionJson } from './types';

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

export const CURRENT_MODEL = 'qwen3.5-122b-nothinking';
export const PREVIOUS_MODEL = 'llama-4-maverick';
export const CANARY_MODEL = 'gpt-oss-120b';
export const JUDGE_MODEL = CURRENT_MODEL;

/** History milestones, in days before now. */
const ERA = {
  /** Salt configured: earlier rows have an empty user_slug. */
  slugSalt: 92,
  /** Migration 0015: earlier rows have null token counts. */
  tokenCapture: 70,
  /** Migration 0016: earlier rows have no model. */
  modelTracking: 50,
  /** AI_ASSISTANT_MODEL switched from llama to qwen. */
  modelSwitch: 20,
  /** Nightly judge enabled. */
  judge: 60,
  /** The view started rejecting blocked input instead of storing it. */
  blockRejected: 75,
} as const;

type Persona = 'researcher' | 'student' | 'tourist' | 'prober' | 'bot';

type Visitor = { ip: string; slug: string; persona: Persona; weight: number };

/** Share of a persona's messages the input guard flags. */
const FLAG_RATE: Record<Persona, number> = {
  researcher: 0.02,
  student: 0.03,
  tourist: 0.04,
  prober: 0.35,
  bot: 0.06,
};

const IPV4_PREFIXES = [
  '193.40',
  '193.166',
  '195.80',
  '84.50',
  '90.190',
  '62.65',
  '130.237',
  '141.192',
  '78.28',
];
const IPV6_PREFIXES = ['2001:bb8', '2a02:29b8', '2001:6b0', '2001:708', '2a00:1d50'];

function makeIp(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const ip = rng.chance(0.8)
      ? `${rng.pick(IPV4_PREFIXES)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
      : `${rng.pick(IPV6_PREFIXES)}:${rng.int(1, 0xffff).toString(16)}:${rng.int(1, 0xffff).toString(16)}::${rng.int(1, 0xfff).toString(16)}`;
    if (!taken.has(ip)) {
      taken.add(ip);
      return ip;
    }
  }
}

function makeVisitors(rng: Rng, count: number): Visitor[] {
  const taken = new Set<string>();
  const visitors: Visitor[] = [];
  for (let i = 0; i < count; i += 1) {
    const ip = makeIp(rng, taken);
    const persona = rng.weighted<Persona>([
      ['researcher', 70],
      ['student', 17],
      ['tourist', 9],
      ['prober', 4],
    ]);
    // Heavy tail: a few visitors come back many times.
    const weight = 0.15 + rng.next() ** 4 * 12;
    visitors.push({ ip, slug: hashHex64(ip), persona, weight });
  }
  return visitors;
}

function drawLength(rng: Rng): number {
  const [min, max] = rng.weighted<readonly [number, number]>([
    [[1, 2], 42],
    [[3, 6], 33],
    [[7, 15], 18],
    [[16, 40], 7],
  ]);
  return rng.int(min, max);
}

/** Per-session lengths; scaled to the requested total when there is one. */
function sessionLengths(
  rng: Rng,
  sessions: number,
  longSessions: readonly number[],
  target?: number,
): number[] {
  const lengths = Array.from({ length: sessions }, () => drawLength(rng));
  const longTotal = longSessions.reduce((sum, n) => sum + n, 0);
  if (target !== undefined && sessions > 0) {
    const wanted = Math.max(sessions, target - longTotal);
    const raw = lengths.reduce((sum, n) => sum + n, 0);
    const factor = wanted / raw;
    let total = 0;
    for (let i = 0; i < sessions; i += 1) {
      lengths[i] = Math.max(1, Math.round(lengths[i] * factor));
      total += lengths[i];
    }
    for (let guard = 0; total !== wanted && guard < wanted * 4; guard += 1) {
      const i = rng.int(0, sessions - 1);
      if (total < wanted) {
        lengths[i] += 1;
        total += 1;
      } else if (lengths[i] > 1) {
        lengths[i] -= 1;
        total -= 1;
      }
    }
  }
  return lengths;
}

/** Cumulative weights for picking by binary search (linear picks are too slow at 50k visitors). */
function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    sum += weights[i];
    out[i] = sum;
  }
  return out;
}

function pickCumulative(cum: Float64Array, rng: Rng): number {
  const roll = rng.next() * cum[cum.length - 1];
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > roll) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Busier recently and on weekdays. Today is handed out separately, so it is never empty. */
function dayWeights(now: number, days: number): number[] {
  const today = startOfUtcDay(now);
  const weights: number[] = [];
  for (let d = 0; d < days; d += 1) {
    const weekday = new Date(today - d * DAY).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 0.55 : 1;
    const growth = Math.exp(-d / 45);
    weights.push(d === 0 ? 0 : weekend * growth);
  }
  return weights;
}

/** Seconds into the day: mostly European working hours, some around the clock. */
function timeOfDay(rng: Rng): number {
  if (rng.chance(0.25)) return rng.next() * DAY;
  const hours = 11 + (rng.next() + rng.next() + rng.next() - 1.5) * 5;
  return Math.min(DAY - MINUTE, Math.max(0, hours * HOUR));
}

function gapMs(rng: Rng, persona: Persona): number {
  if (persona === 'bot') return rng.int(4, 40) * SECOND;
  if (rng.chance(0.08)) return rng.int(5, 30) * MINUTE;
  return rng.int(20, 240) * SECOND;
}

type PlannedSession = {
  sessionId: string;
  visitor: Visitor;
  intent: Intent;
  times: number[];
  canary: boolean;
  switchesModel: boolean;
  /** Each conversation draws from its own stream, so one change does not reshuffle the rest. */
  rng: Rng;
};

function modelFor(ms: number, now: number, session: PlannedSession, index: number): string {
  const age = now - ms;
  if (age > ERA.modelTracking * DAY) return '';
  if (session.switchesModel) return index < session.times.length / 2 ? PREVIOUS_MODEL : CURRENT_MODEL;
  if (age > ERA.modelSwitch * DAY) return PREVIOUS_MODEL;
  return session.canary ? CANARY_MODEL : CURRENT_MODEL;
}

/** The first nightly run (02:00 UTC) that may judge a session whose last turn was at `lastMs`. */
function nightlyRunAfter(lastMs: number): number {
  const eligible = lastMs + 6 * HOUR;
  const run = startOfUtcDay(eligible) + 2 * HOUR;
  return run >= eligible ? run : run + DAY;
}

class ReplyCache {
  private readonly cache = new Map<string, Reply[]>();
  constructor(
    private readonly rng: Rng,
    private readonly variants: number,
  ) {}

  get(intent: Intent, kind: ReplyKind, rng: Rng): Reply {
    const key = `${intent}:${kind}`;
    let list = this.cache.get(key);
    if (!list) {
      list = [];
      this.cache.set(key, list);
    }
    if (list.length < this.variants) {
      const reply = buildReply(kind, intent, this.rng);
      list.push(reply);
      return reply;
    }
    return rng.pick(list);
  }
}

/** A feedback row with neither a vote nor a verdict yet, to fill in. */
export function feedbackRow(interactionUuid: string): FeedbackJson {
  return {
    interaction_uuid: interactionUuid,
    score: null,
    comment: '',
    category: '',
    submitted_from_ip: null,
    submitted_at: null,
    llm_resolution_score: null,
    llm_intent_category: '',
    llm_hallucination_detected: false,
    llm_hallucination_details: '',
    llm_summary: '',
    llm_reviewed_at: null,
    llm_judge_input_tokens: 0,
    llm_judge_output_tokens: 0,
    llm_judge_model: '',
    modified_at: '',
  };
}

export function buildDb(options: DbOptions = {}): Db {
  const seed = options.seed ?? defaultDbOptions.seed;
  const now = options.now ?? Date.now();
  const days = Math.max(1, options.days ?? defaultDbOptions.days);
  const sessionCount = Math.max(0, options.sessions ?? defaultDbOptions.sessions);
  const visitorCount = Math.max(1, options.visitors ?? defaultDbOptions.visitors);
  const longSessions = sessionCount > 0 ? (options.longSessions ?? defaultDbOptions.longSessions) : [];

  const root = createRng(seed);
  const visitorRng = root.fork(1);
  const planRng = root.fork(2);
  const contentRng = root.fork(3);
  const replies = new ReplyCache(root.fork(4), options.replyVariants ?? defaultDbOptions.replyVariants);
  const idRng = root.fork(5);

  const visitors = makeVisitors(visitorRng, Math.min(visitorCount, Math.max(1, sessionCount)));
  const visitorCum = cumulative(visitors.map((visitor) => visitor.weight));
  const todayStart = startOfUtcDay(now);
  const elapsedToday = now - todayStart;
  const dayCum = cumulative(dayWeights(now, days));
  const todayCandidates = Math.ceil(Math.max(0, sessionCount - longSessions.length) / 33);
  const todayQuota = Math.max(1, Math.round((todayCandidates * elapsedToday) / DAY));

  // Plan sessions: who, what about, when.
  const regular = Math.max(0, sessionCount - longSessions.length);
  const lengths = [...longSessions, ...sessionLengths(planRng, regular, longSessions, options.turns)];
  const plans: PlannedSession[] = [];
  for (let i = 0; i < lengths.length; i += 1) {
    const isLong = i < longSessions.length;
    const visitor = i < visitors.length ? visitors[i] : visitors[pickCumulative(visitorCum, planRng)];
    const persona: Persona = isLong ? 'bot' : visitor.persona;
    const intent: Intent =
      persona === 'tourist'
        ? 'unclear'
        : planRng.weighted<Intent>([
            ['gpu_compute', 30],
            ['hpc_compute', 14],
            ['hpc_storage', 18],
            ['cloud_vms', 13],
            ['research_software', 11],
            ['consultation', 6],
            ['unclear', 8],
          ]);
    const gaps: number[] = [0];
    let duration = 0;
    for (let t = 1; t < lengths[i]; t += 1) {
      const gap = gapMs(planRng, persona);
      gaps.push(gap);
      duration += gap;
    }
    let start: number;
    if (isLong) {
      start = todayStart - 5 * DAY + 8 * HOUR;
    } else {
      // Every 33rd conversation is a candidate for today, whatever the dataset size; as many of
      // them happen today as the share of the day that has passed (at least one), so today's
      // tokens and turns accrue over the day as a real server's do (the budget card's pace).
      const picked = pickCumulative(dayCum, planRng);
      const candidate = (i - longSessions.length) % 33 === 0;
      const d = candidate && (i - longSessions.length) / 33 < todayQuota ? 0 : picked;
      const fraction = planRng.next();
      const clock = timeOfDay(planRng);
      if (d === 0) {
        // A few seconds of slack keep the sub-second jitter below from landing after now.
        const end = todayStart + fraction * Math.max(0, elapsedToday - 5 * SECOND);
        const room = end - todayStart;
        // Squeeze today's sessions into the hours that have passed.
        if (duration > room) {
          const scale = duration > 0 ? room / duration : 0;
          duration = 0;
          for (let g = 1; g < gaps.length; g += 1) {
            gaps[g] = Math.floor(gaps[g] * scale);
            duration += gaps[g];
          }
        }
        start = end - duration;
      } else {
        start = todayStart - d * DAY + clock;
        if (start + duration > now - MINUTE) start = now - MINUTE - duration;
      }
    }
    const times: number[] = [];
    let at = Math.floor(start) + planRng.int(0, 999);
    for (const gap of gaps) {
      at += gap;
      times.push(at);
    }
    plans.push({
      sessionId: idRng.uuid(),
      visitor: isLong ? { ...visitor, persona: 'bot' } : visitor,
      intent,
      times,
      canary: planRng.chance(0.06),
      switchesModel: planRng.chance(0.03),
      rng: contentRng.fork(i),
    });
  }

  const built: DbTurn[] = [];
  let legacyBlockedLeft = sessionCount > 0 ? LEGACY_BLOCKED.length : 0;

  for (const plan of plans) {
    const { visitor, rng } = plan;
    const lastMs = plan.times[plan.times.length - 1];
    const lastAge = now - lastMs;
    const run = nightlyRunAfter(lastMs);
    const judgeRoll = rng.next();
    const hallucinationRoll = rng.next();
    const reviewed = lastAge < ERA.judge * DAY && run + 50 * MINUTE < now && judgeRoll < 0.9;
    const hallucinated = reviewed && hallucinationRoll < 0.06;
    const emptySlug = now - plan.times[0] > ERA.slugSalt * DAY;
    const slug = emptySlug ? '' : visitor.slug;
    const turns: DbTurn[] = [];
    let negativeVotes = 0;
    let positiveVotes = 0;

    for (let index = 0; index < plan.times.length; index += 1) {
      const createdMs = plan.times[index];
      const age = now - createdMs;
      const isLast = index === plan.times.length - 1;
      let intent = plan.intent;
      if (index > 0 && rng.chance(0.08)) intent = rng.pick(INTENTS);
      // A change of topic, or a visitor without one, reads as a fresh question, not a follow-up.
      const opening = index === 0 || intent !== plan.intent || intent === 'unclear';

      let guard: GuardVerdict;
      const flagRate = FLAG_RATE[visitor.persona];
      if (legacyBlockedLeft > 0 && age > ERA.blockRejected * DAY && rng.chance(0.05)) {
        guard = LEGACY_BLOCKED[LEGACY_BLOCKED.length - legacyBlockedLeft];
        legacyBlockedLeft -= 1;
      } else if (rng.chance(flagRate)) {
        guard = flaggedInput(rng, visitor.persona === 'prober' || visitor.persona === 'bot');
      } else {
        const text = rng.chance(0.002)
          ? pastedLog(rng)
          : opening
            ? openingQuestion(intent, rng)
            : followUpQuestion(intent, rng);
        guard = { ...CLEAN, userInput: text };
      }

      const refuse = guard.injectionCategories.length > 0 && guard.actionTaken !== 'redact';
      let reply: Reply;
      let hallucinationDetails = '';
      if (hallucinated && isLast) {
        const made = hallucinatedReply(rng);
        reply = made.reply;
        hallucinationDetails = made.details;
      } else if (refuse) {
        reply = replies.get('unclear', 'markdown', rng);
      } else if (/^(thanks|thank you)\b/i.test(guard.userInput)) {
        reply = replies.get(intent, 'thanks', rng);
      } else {
        reply = replies.get(intent, chooseReplyKind(intent, rng, index === 0), rng);
      }

      const uuid = idRng.hex(32);
      const emptyReply = reply.blocks.length === 0;
      let inputTokens: number | null = null;
      let outputTokens: number | null = null;
      if (age <= ERA.tokenCapture * DAY) {
        const history = Math.min(index, 50);
        const firstRound = 5200 + history * 380 + rng.int(0, 900);
        inputTokens = Math.round(firstRound * (1 + reply.toolRounds * 0.92));
        outputTokens = emptyReply
          ? 0
          : Math.round(40 + reply.text.length / 3.6 + reply.toolRounds * 45 + rng.int(0, 120));
      }
      const streamMs = emptyReply ? rng.int(500, 3000) : rng.int(2000, 25000);
      const lastActive = emptyReply && rng.chance(0.5) ? null : Math.min(now, createdMs + streamMs);

      const offeringUuids = reply.offeringUuids;
      let clicks = 0;
      if (offeringUuids.length > 0 && rng.chance(visitor.persona === 'bot' ? 0.02 : 0.2)) {
        clicks = Math.min(
          offeringUuids.length,
          rng.weighted<number>([
            [1, 70],
            [2, 22],
            [3, 8],
          ]),
        );
      }

      let feedback: FeedbackJson | null = null;
      const voteRate = emptyReply ? 0.3 : offeringUuids.length > 0 ? 0.09 : 0.05;
      if (visitor.persona !== 'bot' && !guard.isFlagged && rng.chance(voteRate)) {
        const submittedMs = Math.min(now, createdMs + rng.int(20, 600) * SECOND);
        const given = emptyReply
          ? {
              score: -1 as const,
              category: 'slow_or_failed',
              comment: rng.chance(0.5) ? 'The answer never finished loading.' : '',
            }
          : vote(rng, rng.chance(0.72));
        if (given.score === 1) positiveVotes += 1;
        else negativeVotes += 1;
        feedback = {
          ...feedbackRow(uuid),
          score: given.score,
          comment: given.comment,
          category: given.category,
          submitted_from_ip: visitor.ip,
          submitted_at: drfDateTime(submittedMs),
          modified_at: drfDateTime(submittedMs),
        };
      }

      if (reviewed && isLast) {
        const reviewedMs = run + rng.int(0, 50 * MINUTE);
        const resolution = hallucinated
          ? rng.int(1, 3)
          : rng.weighted<number>(
              negativeVotes > positiveVotes
                ? [
                    [1, 25],
                    [2, 30],
                    [3, 25],
                    [4, 15],
                    [5, 5],
                  ]
                : plan.intent === 'unclear'
                  ? [
                      [1, 20],
                      [2, 20],
                      [3, 30],
                      [4, 20],
                      [5, 10],
                    ]
                  : [
                      [1, 6],
                      [2, 9],
                      [3, 15],
                      [4, 32],
                      [5, 38],
                    ],
            );
        let intentSlug: string = rng.chance(0.07) ? 'unclear' : plan.intent;
        if (intentSlug === 'consultation' && lastAge > 45 * DAY) intentSlug = 'consultancy';
        const base = feedback ?? feedbackRow(uuid);
        const submitted = base.submitted_at ? Date.parse(base.submitted_at) : 0;
        feedback = {
          ...base,
          llm_resolution_score: resolution,
          llm_intent_category: intentSlug,
          llm_hallucination_detected: hallucinated,
          llm_hallucination_details: hallucinationDetails,
          llm_summary: judgeSummary(plan.intent, rng),
          llm_reviewed_at: drfDateTime(reviewedMs),
          llm_judge_input_tokens: Math.min(30_000, 900 + plan.times.length * 350 + rng.int(0, 400)),
          llm_judge_output_tokens: rng.int(60, 220),
          llm_judge_model: lastAge > ERA.modelSwitch * DAY ? PREVIOUS_MODEL : JUDGE_MODEL,
          modified_at: drfDateTime(Math.max(reviewedMs, submitted)),
        };
      }

      const json: InteractionJson = {
        uuid,
        user_slug: slug,
        user_input: guard.userInput,
        assistant_blocks: reply.blocks,
        click_count: 0,
        input_tokens: inputTokens,
        output_tokens: outputTokens,
        offering_uuids: offeringUuids,
        result_count: offeringUuids.length,
        is_flagged: guard.isFlagged,
        severity: guard.severity,
        injection_categories: guard.injectionCategories,
        pii_categories: guard.piiCategories,
        action_taken: guard.actionTaken,
        warning: guard.warning,
        ip_address: visitor.ip,
        session_id: plan.sessionId,
        last_active_at: lastActive === null ? null : drfDateTime(lastActive),
        created: drfDateTime(createdMs),
        feedback,
      };
      turns.push({
        json,
        createdMs,
        micro: rng.int(0, 999),
        day: utcDay(createdMs),
        model: modelFor(createdMs, now, plan, index),
        clicks,
        userText: guard.userInput.toLowerCase(),
        replyText: reply.text,
        key: uuid,
      });
    }
    for (const turn of turns) built.push(turn);
  }

  if (sessionCount > 0) built.push(...legacyTurnsWithoutSession(contentRng, idRng, now, days));

  return indexDb(built, now, seed);
}

/** Two very old turns from before clients sent a session id; conversations/ must skip them. */
function legacyTurnsWithoutSession(rng: Rng, idRng: Rng, now: number, days: number): DbTurn[] {
  const base = startOfUtcDay(now) - (days - 2) * DAY + 9 * HOUR + rng.int(0, 3600) * SECOND;
  return [0, 1].map((i) => {
    const createdMs = base + i * 95 * SECOND;
    const uuid = idRng.hex(32);
    const reply = buildReply('markdown', 'unclear', rng);
    const userInput = i === 0 ? 'hello?' : 'what services do you offer';
    return {
      json: {
        uuid,
        user_slug: '',
        user_input: userInput,
        assistant_blocks: reply.blocks,
        click_count: 0,
        input_tokens: null,
        output_tokens: null,
        offering_uuids: [],
        result_count: 0,
        is_flagged: false,
        severity: '',
        injection_categories: [],
        pii_categories: [],
        action_taken: 'allow',
        warning: '',
        ip_address: i === 0 ? null : '193.40.5.17',
        session_id: '',
        last_active_at: null,
        created: drfDateTime(createdMs),
        feedback: null,
      },
      createdMs,
      micro: 0,
      day: utcDay(createdMs),
      model: '',
      clicks: 0,
      userText: userInput,
      replyText: reply.text,
      key: uuid,
    };
  });
}

function indexDb(built: DbTurn[], now: number, seed: number): Db {
  built.sort((a, b) => a.createdMs - b.createdMs);
  const byKey = new Map<string, DbTurn>();
  const bySession = new Map<string, DbTurn[]>();
  const bySlug = new Map<string, DbTurn[]>();
  for (const turn of built) {
    byKey.set(turn.key, turn);
    const session = bySession.get(turn.json.session_id);
    if (session) session.push(turn);
    else bySession.set(turn.json.session_id, [turn]);
    const visitor = bySlug.get(turn.json.user_slug);
    if (visitor) visitor.push(turn);
    else bySlug.set(turn.json.user_slug, [turn]);
  }
  const turns = built.reverse();
  return {
    now,
    seed,
    turns,
    byKey,
    bySession,
    bySlug,
    feedback: turns.filter((turn) => turn.json.feedback !== null),
  };
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
