import type { Intent } from '../content/offerings';
import type { Rng } from '../random';
import { DAY, HOUR, MINUTE, SECOND, startOfUtcDay } from '../time';
import { dayWeights } from './history';
import type { Persona, Visitor } from './visitors';

/** Who talks, about what and when: everything about a conversation except its content. */
export type PlannedSession = {
  sessionId: string;
  visitor: Visitor;
  intent: Intent;
  /** Epoch ms of each turn, oldest first. */
  times: number[];
  canary: boolean;
  switchesModel: boolean;
  /** Each conversation draws from its own stream, so one change does not reshuffle the rest. */
  rng: Rng;
};

export type PlanSettings = {
  now: number;
  days: number;
  sessions: number;
  longSessions: readonly number[];
  /** Total turns to aim for; drawn per session when absent. */
  turns?: number;
};

/** The random streams planning draws from (`content` only hands each conversation its own). */
type PlanStreams = { plan: Rng; content: Rng; ids: Rng };

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

function drawIntent(rng: Rng, persona: Persona): Intent {
  if (persona === 'tourist') return 'unclear';
  return rng.weighted<Intent>([
    ['gpu_compute', 30],
    ['hpc_compute', 14],
    ['hpc_storage', 18],
    ['cloud_vms', 13],
    ['research_software', 11],
    ['consultation', 6],
    ['unclear', 8],
  ]);
}

/** The pauses before each turn (0 before the first). */
function drawGaps(rng: Rng, length: number, persona: Persona): number[] {
  const gaps: number[] = [0];
  for (let t = 1; t < length; t += 1) gaps.push(gapMs(rng, persona));
  return gaps;
}

const sum = (values: readonly number[]) => values.reduce((total, n) => total + n, 0);

/**
 * Today's conversations fit into the hours that have passed: a few seconds of slack keep the
 * sub-second jitter added later from landing after now, and long ones are squeezed (`gaps`
 * shrinks in place). Returns the start.
 */
function startToday(todayStart: number, elapsedToday: number, fraction: number, gaps: number[]): number {
  const end = todayStart + fraction * Math.max(0, elapsedToday - 5 * SECOND);
  const room = end - todayStart;
  let duration = sum(gaps);
  if (duration > room) {
    const scale = duration > 0 ? room / duration : 0;
    duration = 0;
    for (let g = 1; g < gaps.length; g += 1) {
      gaps[g] = Math.floor(gaps[g] * scale);
      duration += gaps[g];
    }
  }
  return end - duration;
}

/** Each turn's time: the start with sub-second jitter, then the gaps. */
function turnTimes(rng: Rng, start: number, gaps: readonly number[]): number[] {
  const times: number[] = [];
  let at = Math.floor(start) + rng.int(0, 999);
  for (const gap of gaps) {
    at += gap;
    times.push(at);
  }
  return times;
}

/**
 * Every conversation of the dataset: the long ones first (a bot, five days ago), then the
 * regular ones, each visitor starting one before visitors are picked by how often they return.
 */
export function planSessions(
  settings: PlanSettings,
  visitors: readonly Visitor[],
  streams: PlanStreams,
): PlannedSession[] {
  const { now, longSessions } = settings;
  const { plan: rng } = streams;
  const visitorCum = cumulative(visitors.map((visitor) => visitor.weight));
  const dayCum = cumulative(dayWeights(now, settings.days));
  const todayStart = startOfUtcDay(now);
  const regularCount = Math.max(0, settings.sessions - longSessions.length);
  const lengths = [...longSessions, ...sessionLengths(rng, regularCount, longSessions, settings.turns)];
  const todayQuota = Math.max(1, Math.round((Math.ceil(regularCount / 33) * (now - todayStart)) / DAY));

  const startFor = (i: number, gaps: number[]): number => {
    if (i < longSessions.length) return todayStart - 5 * DAY + 8 * HOUR;
    const picked = pickCumulative(dayCum, rng);
    // Every 33rd conversation is a candidate for today, whatever the dataset size; as many of
    // them happen today as the share of the day that has passed (at least one), so today's
    // tokens and turns accrue over the day as a real server's do (the budget card's pace).
    const candidate = (i - longSessions.length) % 33 === 0;
    const d = candidate && (i - longSessions.length) / 33 < todayQuota ? 0 : picked;
    const fraction = rng.next();
    const clock = timeOfDay(rng);
    if (d === 0) return startToday(todayStart, now - todayStart, fraction, gaps);
    const start = todayStart - d * DAY + clock;
    const duration = sum(gaps);
    return start + duration > now - MINUTE ? now - MINUTE - duration : start;
  };

  return lengths.map((length, i): PlannedSession => {
    const isLong = i < longSessions.length;
    const picked = i < visitors.length ? visitors[i] : visitors[pickCumulative(visitorCum, rng)];
    const visitor: Visitor = isLong ? { ...picked, persona: 'bot' } : picked;
    const intent = drawIntent(rng, visitor.persona);
    const gaps = drawGaps(rng, length, visitor.persona);
    const times = turnTimes(rng, startFor(i, gaps), gaps);
    return {
      sessionId: streams.ids.uuid(),
      visitor,
      intent,
      times,
      canary: rng.chance(0.06),
      switchesModel: rng.chance(0.03),
      rng: streams.content.fork(i),
    };
  });
}
