import type { Db, DbTurn } from '../db';
import { utcDay } from '../time';
import type { FeedbackJson, InteractionJson } from '../types';

/** What the server keeps next to a turn's JSON; the rest is derived from the JSON itself. */
type TurnExtras = {
  createdMs: number;
  micro: number;
  model: string;
  clicks: number;
  replyText: string;
};

/** One stored turn: its JSON plus the columns and search text the handlers filter on. */
export function storedTurn(json: InteractionJson, extras: TurnExtras): DbTurn {
  return {
    json,
    createdMs: extras.createdMs,
    micro: extras.micro,
    day: utcDay(extras.createdMs),
    model: extras.model,
    clicks: extras.clicks,
    userText: json.user_input.toLowerCase(),
    replyText: extras.replyText,
    key: json.uuid,
  };
}

/** A feedback row with neither a vote nor a verdict yet: what the judge or a vote fills in. */
export function emptyFeedback(interactionUuid: string): FeedbackJson {
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

function append(index: Map<string, DbTurn[]>, key: string, turn: DbTurn): void {
  const list = index.get(key);
  if (list) list.push(turn);
  else index.set(key, [turn]);
}

/**
 * The dataset the handlers read: every turn newest first (the list endpoint's default order),
 * and per session and per slug oldest first. Sorts `built` in place.
 */
export function indexDb(built: DbTurn[], now: number, seed: number): Db {
  built.sort((a, b) => a.createdMs - b.createdMs);
  const byKey = new Map<string, DbTurn>();
  const bySession = new Map<string, DbTurn[]>();
  const bySlug = new Map<string, DbTurn[]>();
  for (const turn of built) {
    byKey.set(turn.key, turn);
    append(bySession, turn.json.session_id, turn);
    append(bySlug, turn.json.user_slug, turn);
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
