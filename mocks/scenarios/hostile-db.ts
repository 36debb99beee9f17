import {
  HOSTILE_PAYLOADS,
  HOSTILE_REPEATS,
  HOSTILE_SESSION_IDS,
  HOSTILE_SLUGS,
  type HostilePayload,
  SHORT_PAYLOADS,
  UNADDRESSABLE_IDS,
} from '../content/hostile';
import type { Db, DbTurn } from '../db';
import { createRng } from '../random';
import { drfDateTime, HOUR, MINUTE, utcDay } from '../time';
import type { BlockJson, FeedbackJson, InteractionJson } from '../types';

/**
 * The `hostile` scenario's dataset: every payload of the corpus lands in every place the API
 * carries text. Small (one turn per payload) so a page shows all of it without paging far.
 */

/** URLs a card or a link may carry; only the last two are allowed (relative and https). */
const CARD_URLS = [
  'javascript:top.__pwned=1',
  'JAVASCRIPT:alert(1)',
  ' \tjava\nscript:top.__pwned=1',
  'data:text/html,<script>top.__pwned=1</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '/marketplace-public-offering/"><img src=x onerror=top.__pwned=1>/',
  'https://evil.example/"><script>top.__pwned=1</script>',
] as const;

const SEVERITIES = ['low', 'medium', 'high', '', 'critical', '<b>high</b>'] as const;
const ACTIONS = ['flag', 'redact', 'allow', 'block', '<img src=x onerror=top.__pwned=1>'] as const;
const MODELS = ['<script>top.__pwned=1</script>', 'qwen3.5-122b-nothinking', '{{7*7}}'] as const;
/** Judge intents are free-form slugs: object-prototype names and markup included. */
const INTENTS = [
  '<img src=x onerror=top.__pwned=1>',
  'constructor',
  '__proto__',
  'toString',
  '{{7*7}}',
  'gpu\u202Ecompute',
] as const;

function at<T>(items: readonly T[], index: number): T {
  return items[index % items.length];
}

function short(index: number): string {
  return at(SHORT_PAYLOADS, index).text;
}

function blocksFor(payload: HostilePayload, index: number): BlockJson[] {
  const blocks: unknown[] = [
    {
      id: `blk_${index}_md`,
      key: 'markdown',
      status: 'complete',
      content: `Reply to ${payload.id}:\n\n${payload.text}\n\n${short(index + 7)}`,
    },
    {
      id: `blk_${index}_tool`,
      key: 'tool',
      status: 'complete',
      tool: {
        call_id: short(index + 1),
        name: index % 3 === 0 ? 'search_offerings' : short(index + 2),
        arguments: { keyword: payload.text.slice(0, 500), [short(index + 3)]: short(index + 4) },
        summary: short(index + 5),
      },
      result: {
        id: `blk_${index}_nav`,
        key: 'homeport_nav',
        status: 'complete',
        content: short(index + 6),
        links: [
          {
            label: short(index + 8),
            url: at(CARD_URLS, index),
            variant: 'primary',
            subtitle: short(index + 9),
            description_excerpt: payload.text.slice(0, 200),
          },
          {
            label: short(index + 10),
            url: at(CARD_URLS, index + 3),
            variant: short(index + 11),
            subtitle: short(index + 12),
            description_excerpt: short(index + 13),
          },
        ],
      },
    },
    {
      id: `blk_${index}_form`,
      key: 'ask_user_form',
      status: 'complete',
      context: short(index + 14),
      questions: [
        {
          id: short(index + 15),
          header: short(index + 16),
          question: payload.text.slice(0, 1_000),
          multiSelect: index % 2 === 0,
          options: [
            { id: 'a', label: short(index + 17), description: short(index + 18), value: short(index + 19) },
            { id: short(index + 20), label: short(index + 21) },
          ],
        },
      ],
    },
  ];
  if (index % 4 === 0) {
    blocks.push({
      id: `blk_${index}_code`,
      key: 'code',
      status: 'complete',
      tag: short(index + 22),
      content: payload.text,
    });
  }
  if (index % 4 === 1) {
    blocks.push({
      id: `blk_${index}_mermaid`,
      key: 'mermaid',
      status: 'complete',
      content: `graph TD\nA["${short(index + 23)}"]-->B\nclick A "javascript:top.__pwned=1"`,
    });
  }
  if (index % 4 === 2) {
    // A kind the dashboard does not know, named by the payload itself.
    blocks.push({
      id: `blk_${index}_odd`,
      key: short(index + 24),
      status: short(index + 25),
      data: { [short(index + 26)]: payload.text.slice(0, 300) },
    });
  }
  if (index % 4 === 3) blocks.push(42, null, 'string block', { key: 'markdown', content: 7 });
  return blocks as BlockJson[];
}

function feedbackFor(
  uuid: string,
  payload: HostilePayload,
  index: number,
  createdMs: number,
  now: number,
): FeedbackJson | null {
  if (index % 3 === 2) return null;
  const submitted = drfDateTime(createdMs + 2 * MINUTE);
  const judged = index % 3 === 0;
  return {
    interaction_uuid: uuid,
    score: index % 2 === 0 ? -1 : 1,
    comment: payload.text,
    category: short(index + 27),
    submitted_from_ip: short(index + 28),
    submitted_at: submitted,
    llm_resolution_score: judged ? (index % 5) + 1 : null,
    llm_intent_category: judged ? at(INTENTS, index / 3) : '',
    llm_hallucination_detected: judged && index % 2 === 0,
    llm_hallucination_details: judged ? short(index + 30) : '',
    llm_summary: judged ? payload.text.slice(0, 2_000) : '',
    llm_reviewed_at: judged ? drfDateTime(Math.min(now - 1_000, createdMs + 6 * HOUR)) : null,
    llm_judge_input_tokens: judged ? 1_200 : 0,
    llm_judge_output_tokens: judged ? 90 : 0,
    llm_judge_model: judged ? at(MODELS, index) : '',
    modified_at: submitted,
  };
}

export function buildHostileDb(now = Date.now()): Db {
  const rng = createRng(666);
  // Every payload is a turn of an addressable conversation, so each one reaches a transcript; the
  // unaddressable ids get a few repeats (HOSTILE_REPEATS each), to be listed and never looked up.
  // The repeats come first (oldest), so the newest turns are addressable ones.
  const placed: [HostilePayload, string][] = [
    ...UNADDRESSABLE_IDS.flatMap((id, u) =>
      Array.from({ length: HOSTILE_REPEATS }, (_, k) => k).map((k): [HostilePayload, string] => [
        at(HOSTILE_PAYLOADS, u * HOSTILE_REPEATS + k),
        id,
      ]),
    ),
    ...HOSTILE_PAYLOADS.map((payload, index): [HostilePayload, string] => [
      payload,
      at(HOSTILE_SESSION_IDS, index),
    ]),
  ];
  const sessions: readonly string[] = [...HOSTILE_SESSION_IDS, ...UNADDRESSABLE_IDS];
  const turns = placed.map(([payload, session], index) => {
    const sessionIndex = sessions.indexOf(session);
    // All of it within the last eleven hours, oldest first in the order above.
    const createdMs = now - (placed.length - index) * 7 * MINUTE - 1_000;
    const uuid = rng.hex(32);
    const flagged = index % 5 !== 4;
    const json: InteractionJson = {
      uuid,
      user_slug: at(HOSTILE_SLUGS, sessionIndex),
      user_input: payload.text,
      assistant_blocks: blocksFor(payload, index),
      click_count: 0,
      input_tokens: 5_000 + index,
      output_tokens: 300 + index,
      offering_uuids: [rng.hex(32)],
      result_count: 2,
      is_flagged: flagged,
      severity: flagged ? at(SEVERITIES, index) : '',
      injection_categories: flagged ? [short(index + 31), short(index + 31), short(index + 32)] : [],
      pii_categories: flagged && index % 2 === 0 ? [short(index + 33)] : [],
      action_taken: flagged ? at(ACTIONS, index) : 'allow',
      warning: flagged ? short(index + 34) : '',
      ip_address: index % 2 === 0 ? short(index + 35) : '198.51.100.7',
      session_id: session,
      last_active_at: drfDateTime(createdMs + 9_000),
      created: drfDateTime(createdMs),
      feedback: feedbackFor(uuid, payload, index, createdMs, now),
    };
    const turn: DbTurn = {
      json,
      createdMs,
      micro: 0,
      day: utcDay(createdMs),
      model: at(MODELS, sessionIndex),
      clicks: index % 4 === 0 ? 1 : 0,
      userText: payload.text.toLowerCase(),
      replyText: payload.text,
      key: uuid,
    };
    return turn;
  });
  return indexTurns(turns, now);
}

/** The same indexes `buildDb` makes; newest first overall, oldest first per session and slug. */
export function indexTurns(built: DbTurn[], now: number): Db {
  built.sort((a, b) => a.createdMs - b.createdMs);
  const byKey = new Map<string, DbTurn>();
  const bySession = new Map<string, DbTurn[]>();
  const bySlug = new Map<string, DbTurn[]>();
  for (const turn of built) {
    byKey.set(turn.key, turn);
    bySession.set(turn.json.session_id, [...(bySession.get(turn.json.session_id) ?? []), turn]);
    bySlug.set(turn.json.user_slug, [...(bySlug.get(turn.json.user_slug) ?? []), turn]);
  }
  const turns = built.reverse();
  return {
    now,
    seed: 666,
    turns,
    byKey,
    bySession,
    bySlug,
    feedback: turns.filter((turn) => turn.json.feedback !== null),
  };
}
