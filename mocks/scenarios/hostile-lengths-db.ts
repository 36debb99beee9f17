import { indexDb, storedTurn } from '../dataset/store';
import type { Db, DbTurn } from '../db';
import { createRng } from '../random';
import { drfDateTime, HOUR, MINUTE } from '../time';
import type { BlockJson, FeedbackJson, InteractionJson } from '../types';

/** The length that made the transcript page 130,000 px wide (issue 15). */
const HOSTILE_LENGTH = 20_000;

/**
 * One unbroken "word" of `HOSTILE_LENGTH` characters, named by the field it goes into so that a
 * screenshot or a failure says which field widened the page.
 */
function longWord(field: string, length = HOSTILE_LENGTH): string {
  const head = `${field}_`;
  return head + 'W'.repeat(length - head.length);
}

/**
 * Ids travel in URLs, and servers refuse request lines far shorter than 20,000 characters
 * (Node's and nginx's defaults are 8–16 KB): the long conversation id and slug are 2,000.
 */
const ID_LENGTH = 2_000;

/** Every free-text field of a reply, long: markdown, tool, offering cards, form, code, unknown kinds. */
function longBlocks(index: number): BlockJson[] {
  const blocks: unknown[] = [
    { id: `l${index}_md`, key: 'markdown', status: 'complete', content: longWord('markdown') },
    {
      id: `l${index}_tool`,
      key: 'tool',
      status: 'complete',
      tool: {
        call_id: longWord('call_id'),
        name: longWord('tool_name'),
        arguments: { keyword: longWord('tool_argument'), [longWord('argument_key').slice(0, 200)]: 1 },
        summary: longWord('tool_summary'),
      },
      result: {
        id: `l${index}_nav`,
        key: 'homeport_nav',
        status: 'complete',
        content: longWord('nav_content'),
        links: [
          {
            label: longWord('offering_label'),
            url: `/marketplace-public-offering/${'a'.repeat(32)}/`,
            variant: longWord('variant'),
            subtitle: longWord('offering_subtitle'),
            description_excerpt: longWord('offering_description'),
          },
        ],
      },
    },
    {
      id: `l${index}_form`,
      key: 'ask_user_form',
      status: 'complete',
      context: longWord('form_context'),
      questions: [
        {
          id: longWord('question_id'),
          header: longWord('question_header'),
          question: longWord('question'),
          options: [
            { id: 'a', label: longWord('option_label'), description: longWord('option_description') },
          ],
        },
      ],
    },
    {
      id: `l${index}_code`,
      key: 'code',
      status: 'complete',
      tag: longWord('code_tag'),
      content: longWord('code'),
    },
    {
      id: `l${index}_odd`,
      key: longWord('block_kind'),
      status: longWord('block_status'),
      data: { x: longWord('data') },
    },
  ];
  return blocks as BlockJson[];
}

function longFeedback(uuid: string, createdMs: number, now: number, judged: boolean): FeedbackJson {
  const submitted = drfDateTime(createdMs + 2 * MINUTE);
  return {
    interaction_uuid: uuid,
    score: -1,
    comment: longWord('comment'),
    category: longWord('category'),
    submitted_from_ip: null,
    submitted_at: submitted,
    llm_resolution_score: judged ? 2 : null,
    llm_intent_category: judged ? longWord('intent') : '',
    llm_hallucination_detected: judged,
    llm_hallucination_details: judged ? longWord('hallucination_details') : '',
    llm_summary: judged ? longWord('summary') : '',
    llm_reviewed_at: judged ? drfDateTime(Math.min(now - 1_000, createdMs + 7 * HOUR)) : null,
    llm_judge_input_tokens: judged ? 1_000 : 0,
    llm_judge_output_tokens: judged ? 80 : 0,
    llm_judge_model: judged ? longWord('judge_model') : '',
    modified_at: submitted,
  };
}

/**
 * The `hostile-lengths` scenario: a handful of conversations whose every free-text field (the
 * message, each kind of block, the warning, the guard's action and categories, the feedback
 * category and comment, the judge's intent, summary, details and model, the chat model) holds
 * one unbroken 20,000-character word; one conversation id and one visitor slug are 2,000
 * characters long. Nothing may widen any page.
 */
export function buildHostileLengthsDb(now = Date.now()): Db {
  const rng = createRng(20_000);
  const sessions = [rng.uuid(), rng.uuid(), longWord('session_id', ID_LENGTH)];
  const slugs = [rng.hex(64), longWord('user_slug', ID_LENGTH), rng.hex(64)];
  const turns: DbTurn[] = [];
  const count = 9;
  for (let index = 0; index < count; index += 1) {
    const session = index % sessions.length;
    const createdMs = now - (count - index) * 23 * MINUTE - 9 * HOUR;
    const uuid = rng.hex(32);
    const last = index >= count - sessions.length;
    const json: InteractionJson = {
      uuid,
      user_slug: slugs[session],
      user_input: longWord('user_input'),
      assistant_blocks: longBlocks(index),
      click_count: 0,
      input_tokens: 4_000 + index,
      output_tokens: 200 + index,
      offering_uuids: ['a'.repeat(32)],
      result_count: 1,
      is_flagged: true,
      severity: index % 2 === 0 ? 'high' : longWord('severity'),
      injection_categories: [longWord('injection_category'), longWord('injection_category')],
      pii_categories: [longWord('pii_category')],
      action_taken: index % 3 === 0 ? 'redact' : longWord('action'),
      warning: longWord('warning'),
      ip_address: '198.51.100.20',
      session_id: sessions[session],
      last_active_at: drfDateTime(createdMs + 9_000),
      created: drfDateTime(createdMs),
      feedback: longFeedback(uuid, createdMs, now, last),
    };
    turns.push(
      storedTurn(json, {
        createdMs,
        micro: 0,
        model: longWord('model'),
        clicks: 0,
        replyText: longWord('markdown'),
      }),
    );
  }
  return indexDb(turns, now, 667);
}
