import { type Interaction, interactionSchema } from '@/api/schemas/interaction';

/**
 * One turn as the API sends it (docs/api.md §3.1), every field present with a neutral value: tests
 * and specs override only what they are about. Plain data, so the e2e specs send it as is.
 */
export function turnJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uuid: '00000000-0000-4000-8000-000000000001',
    user_slug: 'a'.repeat(64),
    user_input: 'Hello',
    assistant_blocks: [{ id: 'b0', key: 'markdown', status: 'complete', content: 'Answer' }],
    click_count: 0,
    input_tokens: 100,
    output_tokens: 20,
    offering_uuids: [],
    result_count: 0,
    is_flagged: false,
    severity: '',
    injection_categories: [],
    pii_categories: [],
    action_taken: 'allow',
    warning: '',
    ip_address: '192.0.2.10',
    session_id: 'session-test-1',
    last_active_at: '2026-07-20T11:05:04.000Z',
    created: '2026-07-20T11:05:00.000Z',
    feedback: null,
    ...overrides,
  };
}

let counter = 0;

/**
 * A turn as the app holds it (parsed by the real schema, so its defaults apply), with its own
 * uuid, question and answer; then the overrides.
 */
export function makeTurn(overrides: Partial<Interaction> & Record<string, unknown> = {}): Interaction {
  counter += 1;
  const n = String(counter).padStart(4, '0');
  return interactionSchema.parse(
    turnJson({
      uuid: `00000000-0000-4000-8000-${n.padStart(12, '0')}`,
      user_input: `Question ${n}`,
      assistant_blocks: [{ id: 'b0', key: 'markdown', status: 'complete', content: `Answer ${n}` }],
      ...overrides,
    }),
  );
}

/** `count` turns one minute apart in one conversation, numbered from 1. */
export function makeSession(
  count: number,
  sessionId = 'session-test-1',
  each?: (i: number) => Partial<Interaction>,
): Interaction[] {
  const start = Date.parse('2026-07-20T11:00:00.000Z');
  return Array.from({ length: count }, (_, i) =>
    makeTurn({
      uuid: `11111111-0000-4000-8000-${String(i).padStart(12, '0')}`,
      session_id: sessionId,
      created: new Date(start + i * 60_000).toISOString(),
      last_active_at: new Date(start + i * 60_000 + 4000).toISOString(),
      user_input: `Visitor message ${i + 1}`,
      assistant_blocks: [{ id: 'b', key: 'markdown', status: 'complete', content: `Reply number ${i + 1}` }],
      ...each?.(i),
    }),
  );
}
