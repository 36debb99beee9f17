import { judgeSummary, vote } from './content/feedback';
import { CLEAN, guardFields, type GuardVerdict, highSeverityInput } from './content/guard';
import type { Intent } from './content/offerings';
import { openingQuestion } from './content/questions';
import { buildReply, hallucinatedReply, type Reply } from './content/replies';
import { CURRENT_MODEL, judgeModelFor } from './dataset/history';
import { emptyFeedback } from './dataset/store';
import { type Db, type DbTurn, extendDb } from './db';
import { createRng, hashHex64, type Rng } from './random';
import { drfDateTime, HOUR, MINUTE, utcDay } from './time';
import type { FeedbackJson } from './types';

/**
 * The `live` scenario: after the dataset is built, something arrives at every whole minute, in
 * turn a high-severity flagged turn, a thumbs down with a comment, and a judge verdict that
 * found a hallucination. What "Since your last visit" should find after "Mark all as seen"
 * (docs/api.md §3.2.1). Each minute's arrival is fixed by its minute, so polls agree.
 */
const KINDS = ['flagged', 'comment', 'hallucination'] as const;
type ArrivalKind = (typeof KINDS)[number];

export function arrivalKind(minute: number): ArrivalKind {
  return KINDS[minute % KINDS.length];
}

const cache = new WeakMap<Db, { upTo: number; db: Db }>();

/** `base` plus every arrival after it was built, up to `now`. */
export function withArrivals(base: Db, now: number): Db {
  const first = Math.floor(base.now / MINUTE) + 1;
  const last = Math.floor(now / MINUTE);
  if (last < first) return base;
  const hit = cache.get(base);
  if (hit?.upTo === last) return hit.db;
  const extra: DbTurn[] = [];
  for (let minute = first; minute <= last; minute += 1) extra.push(...arrival(minute));
  const db = extendDb(base, extra);
  cache.set(base, { upTo: last, db });
  return db;
}

function arrival(minute: number): DbTurn[] {
  const rng = createRng(minute);
  const at = minute * MINUTE;
  const ip = `193.40.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  const visitor = { ip, slug: hashHex64(ip), sessionId: rng.uuid() };
  switch (arrivalKind(minute)) {
    case 'flagged': {
      const guard = highSeverityInput(rng);
      return [turn(rng, visitor, at, guard, buildReply('markdown', 'unclear', rng), null)];
    }
    case 'comment': {
      const intent: Intent = 'hpc_storage';
      const question = { ...CLEAN, userInput: openingQuestion(intent, rng) };
      let given = vote(rng, false);
      while (!given.comment) given = vote(rng, false);
      const created = at - 90 * 1000;
      const uuid = rng.hex(32);
      const feedback: FeedbackJson = {
        ...emptyFeedback(uuid),
        score: -1,
        comment: given.comment,
        category: given.category,
        submitted_from_ip: ip,
        submitted_at: drfDateTime(at),
        modified_at: drfDateTime(at),
      };
      return [turn(rng, visitor, created, question, buildReply('search', intent, rng), feedback, uuid)];
    }
    case 'hallucination': {
      // The judge reviews a conversation whose last turn is more than 6 h old (docs/api.md §3.2.1).
      const intent: Intent = 'gpu_compute';
      const start = at - 7 * HOUR;
      const opening = turn(
        rng,
        visitor,
        start,
        { ...CLEAN, userInput: openingQuestion(intent, rng) },
        buildReply('search', intent, rng),
        null,
      );
      const made = hallucinatedReply(rng);
      const uuid = rng.hex(32);
      const verdict: FeedbackJson = {
        ...emptyFeedback(uuid),
        llm_resolution_score: rng.int(1, 2),
        llm_intent_category: intent,
        llm_hallucination_detected: true,
        llm_hallucination_details: made.details,
        llm_summary: judgeSummary(intent, rng),
        llm_reviewed_at: drfDateTime(at),
        llm_judge_input_tokens: 1_600,
        llm_judge_output_tokens: 140,
        llm_judge_model: judgeModelFor(0),
        modified_at: drfDateTime(at),
      };
      const followUp = { ...CLEAN, userInput: 'Is there a free option for academic users?' };
      return [opening, turn(rng, visitor, start + 2 * MINUTE, followUp, made.reply, verdict, uuid)];
    }
  }
}

function turn(
  rng: Rng,
  visitor: { ip: string; slug: string; sessionId: string },
  createdMs: number,
  guard: GuardVerdict,
  reply: Reply,
  feedback: FeedbackJson | null,
  uuid = rng.hex(32),
): DbTurn {
  return {
    json: {
      uuid,
      user_slug: visitor.slug,
      user_input: guard.userInput,
      assistant_blocks: reply.blocks,
      click_count: 0,
      input_tokens: Math.round((5_400 + rng.int(0, 900)) * (1 + reply.toolRounds * 0.92)),
      output_tokens: Math.round(40 + reply.text.length / 3.6 + rng.int(0, 120)),
      offering_uuids: reply.offeringUuids,
      result_count: reply.offeringUuids.length,
      ...guardFields(guard),
      ip_address: visitor.ip,
      session_id: visitor.sessionId,
      last_active_at: drfDateTime(createdMs + 8_000),
      created: drfDateTime(createdMs),
      feedback,
    },
    createdMs,
    micro: 0,
    day: utcDay(createdMs),
    model: CURRENT_MODEL,
    clicks: 0,
    userText: guard.userInput.toLowerCase(),
    replyText: reply.text,
    key: uuid,
  };
}
