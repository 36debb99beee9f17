import { interactionSchema, type Interaction } from '@/api/schemas/interaction';
import { feedbackSchema, type Feedback } from '@/api/schemas/feedback';
import { turnJson } from '@/test/turn-json';

let counter = 0;

/** A valid turn for tests: API defaults filled in by the real schema, then overrides applied. */
export function makeTurn(overrides: Partial<Interaction> & Record<string, unknown> = {}): Interaction {
  counter += 1;
  const n = String(counter).padStart(4, '0');
  return interactionSchema.parse(
    turnJson({
      uuid: `00000000-0000-4000-8000-00000000${n}`,
      user_input: `Question ${n}`,
      assistant_blocks: [{ id: 'b0', key: 'markdown', status: 'complete', content: `Answer ${n}` }],
      ...overrides,
    }),
  );
}

export function makeFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return feedbackSchema.parse({
    interaction_uuid: '00000000-0000-4000-8000-000000000000',
    score: null,
    ...overrides,
  });
}

/** `count` turns one minute apart in one session. */
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
