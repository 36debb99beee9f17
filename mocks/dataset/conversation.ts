import { judgeSummary, vote } from '../content/feedback';
import { CLEAN, flaggedInput, guardFields, type GuardVerdict, LEGACY_BLOCKED } from '../content/guard';
import { INTENTS, type Intent } from '../content/offerings';
import { followUpQuestion, openingQuestion, pastedLog } from '../content/questions';
import {
  buildReply,
  chooseReplyKind,
  hallucinatedReply,
  type Reply,
  type ReplyKind,
} from '../content/replies';
import type { DbTurn } from '../db';
import type { Rng } from '../random';
import { DAY, drfDateTime, HOUR, MINUTE, SECOND, startOfUtcDay } from '../time';
import type { FeedbackJson, InteractionJson } from '../types';
import { ERA, judgeModelFor, modelFor, nightlyRunAfter } from './history';
import type { PlannedSession } from './plan';
import { emptyFeedback, storedTurn } from './store';
import type { Persona } from './visitors';

/** Share of a persona's messages the input guard flags. */
const FLAG_RATE: Record<Persona, number> = {
  researcher: 0.02,
  student: 0.03,
  tourist: 0.04,
  prober: 0.35,
  bot: 0.06,
};

/** The judge's 1–5 resolution scores: worse after thumbs down, spread out when the topic is unclear. */
const RESOLUTION_ODDS = {
  disliked: [
    [1, 25],
    [2, 30],
    [3, 25],
    [4, 15],
    [5, 5],
  ],
  unclear: [
    [1, 20],
    [2, 20],
    [3, 30],
    [4, 20],
    [5, 10],
  ],
  usual: [
    [1, 6],
    [2, 9],
    [3, 15],
    [4, 32],
    [5, 38],
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

/** Replies drawn once per (intent, kind) up to a cap, then reused: large datasets stay small. */
export class ReplyCache {
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

/** What every conversation of one dataset shares. */
export type ContentContext = {
  now: number;
  ids: Rng;
  replies: ReplyCache;
  /** How many of the old blocked inputs are handed out: each appears once, in old turns only. */
  legacyBlocked: { used: number };
};

/** Whether and when the nightly judge looked at a conversation. */
type Review = { run: number; lastAge: number; reviewed: boolean; hallucinated: boolean };

type Conversation = {
  plan: PlannedSession;
  ctx: ContentContext;
  review: Review;
  slug: string;
  /** Thumbs so far, for the judge's score on the last turn. */
  votes: { positive: number; negative: number };
};

function plannedReview(plan: PlannedSession, now: number): Review {
  const lastMs = plan.times[plan.times.length - 1];
  const lastAge = now - lastMs;
  const run = nightlyRunAfter(lastMs);
  const judgeRoll = plan.rng.next();
  const hallucinationRoll = plan.rng.next();
  const reviewed = lastAge < ERA.judge * DAY && run + 50 * MINUTE < now && judgeRoll < 0.9;
  return { run, lastAge, reviewed, hallucinated: reviewed && hallucinationRoll < 0.06 };
}

/** A turn's topic: mostly the conversation's, now and then another. */
function turnIntent({ rng, intent }: PlannedSession, index: number): Intent {
  return index > 0 && rng.chance(0.08) ? rng.pick(INTENTS) : intent;
}

/** What the visitor typed and what the input guard made of it. */
function visitorMessage(c: Conversation, intent: Intent, index: number, age: number): GuardVerdict {
  const { rng, visitor } = c.plan;
  const { legacyBlocked } = c.ctx;
  if (legacyBlocked.used < LEGACY_BLOCKED.length && age > ERA.blockRejected * DAY && rng.chance(0.05)) {
    legacyBlocked.used += 1;
    return LEGACY_BLOCKED[legacyBlocked.used - 1];
  }
  if (rng.chance(FLAG_RATE[visitor.persona]))
    return flaggedInput(rng, visitor.persona === 'prober' || visitor.persona === 'bot');
  // A change of topic, or a visitor without one, reads as a fresh question, not a follow-up.
  const opening = index === 0 || intent !== c.plan.intent || intent === 'unclear';
  const text = rng.chance(0.002)
    ? pastedLog(rng)
    : opening
      ? openingQuestion(intent, rng)
      : followUpQuestion(intent, rng);
  return { ...CLEAN, userInput: text };
}

/** The assistant's answer, and what the judge will say is made up in it (if anything). */
function assistantReply(
  c: Conversation,
  guard: GuardVerdict,
  intent: Intent,
  index: number,
): { reply: Reply; details: string } {
  const { rng } = c.plan;
  const { replies } = c.ctx;
  if (c.review.hallucinated && index === c.plan.times.length - 1) return hallucinatedReply(rng);
  const refuse = guard.injectionCategories.length > 0 && guard.actionTaken !== 'redact';
  if (refuse) return { reply: replies.get('unclear', 'markdown', rng), details: '' };
  if (/^(thanks|thank you)\b/i.test(guard.userInput))
    return { reply: replies.get(intent, 'thanks', rng), details: '' };
  return { reply: replies.get(intent, chooseReplyKind(intent, rng, index === 0), rng), details: '' };
}

const NO_TOKENS = { input: null, output: null } as const;

/** Token counts grow with the history and the tool rounds; none before they were recorded. */
function tokenUsage(
  rng: Rng,
  reply: Reply,
  index: number,
  age: number,
): { input: number | null; output: number | null } {
  if (age > ERA.tokenCapture * DAY) return NO_TOKENS;
  const history = Math.min(index, 50);
  const firstRound = 5200 + history * 380 + rng.int(0, 900);
  const input = Math.round(firstRound * (1 + reply.toolRounds * 0.92));
  const output =
    reply.blocks.length === 0
      ? 0
      : Math.round(40 + reply.text.length / 3.6 + reply.toolRounds * 45 + rng.int(0, 120));
  return { input, output };
}

/** When the reply finished streaming; a failed reply sometimes never says. */
function lastActiveAt(rng: Rng, reply: Reply, createdMs: number, now: number): string | null {
  const emptyReply = reply.blocks.length === 0;
  const streamMs = emptyReply ? rng.int(500, 3000) : rng.int(2000, 25000);
  if (emptyReply && rng.chance(0.5)) return null;
  return drfDateTime(Math.min(now, createdMs + streamMs));
}

/** Rows in the click table: at most one per offering shown, bots hardly ever click. */
function offeringClicks(rng: Rng, offerings: readonly string[], persona: Persona): number {
  if (offerings.length === 0 || !rng.chance(persona === 'bot' ? 0.02 : 0.2)) return 0;
  return Math.min(
    offerings.length,
    rng.weighted<number>([
      [1, 70],
      [2, 22],
      [3, 8],
    ]),
  );
}

/** A thumbs vote, now and then; a reply that never arrived is voted down more often. */
function visitorVote(
  c: Conversation,
  uuid: string,
  guard: GuardVerdict,
  reply: Reply,
  createdMs: number,
): FeedbackJson | null {
  const { rng, visitor } = c.plan;
  const emptyReply = reply.blocks.length === 0;
  const voteRate = emptyReply ? 0.3 : reply.offeringUuids.length > 0 ? 0.09 : 0.05;
  if (visitor.persona === 'bot' || guard.isFlagged || !rng.chance(voteRate)) return null;
  const submittedMs = Math.min(c.ctx.now, createdMs + rng.int(20, 600) * SECOND);
  const given = emptyReply
    ? {
        score: -1 as const,
        category: 'slow_or_failed',
        comment: rng.chance(0.5) ? 'The answer never finished loading.' : '',
      }
    : vote(rng, rng.chance(0.72));
  if (given.score === 1) c.votes.positive += 1;
  else c.votes.negative += 1;
  return {
    ...emptyFeedback(uuid),
    score: given.score,
    comment: given.comment,
    category: given.category,
    submitted_from_ip: visitor.ip,
    submitted_at: drfDateTime(submittedMs),
    modified_at: drfDateTime(submittedMs),
  };
}

/** The nightly judge's verdict, added to the last turn's feedback row (made if there is none). */
function judgeVerdict(c: Conversation, base: FeedbackJson, hallucinationDetails: string): FeedbackJson {
  const { rng, intent, times } = c.plan;
  const { review, votes } = c;
  const reviewedMs = review.run + rng.int(0, 50 * MINUTE);
  const odds =
    votes.negative > votes.positive
      ? RESOLUTION_ODDS.disliked
      : intent === 'unclear'
        ? RESOLUTION_ODDS.unclear
        : RESOLUTION_ODDS.usual;
  const resolution = review.hallucinated ? rng.int(1, 3) : rng.weighted<number>(odds);
  let intentSlug: string = rng.chance(0.07) ? 'unclear' : intent;
  // The judge's prompt named this intent differently before.
  if (intentSlug === 'consultation' && review.lastAge > 45 * DAY) intentSlug = 'consultancy';
  const submitted = base.submitted_at ? Date.parse(base.submitted_at) : 0;
  return {
    ...base,
    llm_resolution_score: resolution,
    llm_intent_category: intentSlug,
    llm_hallucination_detected: review.hallucinated,
    llm_hallucination_details: hallucinationDetails,
    llm_summary: judgeSummary(intent, rng),
    llm_reviewed_at: drfDateTime(reviewedMs),
    llm_judge_input_tokens: Math.min(30_000, 900 + times.length * 350 + rng.int(0, 400)),
    llm_judge_output_tokens: rng.int(60, 220),
    llm_judge_model: judgeModelFor(review.lastAge),
    modified_at: drfDateTime(Math.max(reviewedMs, submitted)),
  };
}

function buildTurn(c: Conversation, index: number): DbTurn {
  const { plan } = c;
  const { now } = c.ctx;
  const { rng, visitor } = plan;
  const createdMs = plan.times[index];
  const age = now - createdMs;
  const intent = turnIntent(plan, index);
  const guard = visitorMessage(c, intent, index, age);
  const { reply, details } = assistantReply(c, guard, intent, index);
  const uuid = c.ctx.ids.hex(32);
  const tokens = tokenUsage(rng, reply, index, age);
  const lastActive = lastActiveAt(rng, reply, createdMs, now);
  const offeringUuids = reply.offeringUuids;
  const clicks = offeringClicks(rng, offeringUuids, visitor.persona);
  let feedback = visitorVote(c, uuid, guard, reply, createdMs);
  if (c.review.reviewed && index === plan.times.length - 1)
    feedback = judgeVerdict(c, feedback ?? emptyFeedback(uuid), details);

  const json: InteractionJson = {
    uuid,
    user_slug: c.slug,
    user_input: guard.userInput,
    assistant_blocks: reply.blocks,
    click_count: 0,
    input_tokens: tokens.input,
    output_tokens: tokens.output,
    offering_uuids: offeringUuids,
    result_count: offeringUuids.length,
    ...guardFields(guard),
    ip_address: visitor.ip,
    session_id: plan.sessionId,
    last_active_at: lastActive,
    created: drfDateTime(createdMs),
    feedback,
  };
  return storedTurn(json, {
    createdMs,
    micro: rng.int(0, 999),
    model: modelFor(createdMs, now, plan, index),
    clicks,
    replyText: reply.text,
  });
}

/** Every turn of one planned conversation, oldest first. */
export function buildConversation(plan: PlannedSession, ctx: ContentContext): DbTurn[] {
  const review = plannedReview(plan, ctx.now);
  // Before the salt was configured the server stored no slug.
  const slug = ctx.now - plan.times[0] > ERA.slugSalt * DAY ? '' : plan.visitor.slug;
  const conversation: Conversation = { plan, ctx, review, slug, votes: { positive: 0, negative: 0 } };
  const turns: DbTurn[] = [];
  for (let index = 0; index < plan.times.length; index += 1) turns.push(buildTurn(conversation, index));
  return turns;
}

/** Two very old turns from before clients sent a session id; conversations/ must skip them. */
export function turnsWithoutSession(rng: Rng, ids: Rng, now: number, days: number): DbTurn[] {
  const base = startOfUtcDay(now) - (days - 2) * DAY + 9 * HOUR + rng.int(0, 3600) * SECOND;
  return [0, 1].map((i) => {
    const createdMs = base + i * 95 * SECOND;
    const uuid = ids.hex(32);
    const reply = buildReply('markdown', 'unclear', rng);
    const json: InteractionJson = {
      uuid,
      user_slug: '',
      user_input: i === 0 ? 'hello?' : 'what services do you offer',
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
    };
    return storedTurn(json, { createdMs, micro: 0, model: '', clicks: 0, replyText: reply.text });
  });
}
