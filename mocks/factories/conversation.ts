import type { Conversation } from '@/api/schemas/conversation';

/** One row of `conversations/` (docs/api.md §3.3): a one-turn conversation unless overridden. */
export function makeConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    session_id: 's',
    user_slug: 'a'.repeat(64),
    message_count: 1,
    is_flagged: false,
    max_severity: 'none',
    has_feedback: false,
    offerings_shown: 0,
    offerings_clicked: 0,
    models_used: 'm',
    is_reviewed: false,
    input_tokens: 1,
    output_tokens: 1,
    total_tokens: 2,
    started: '2026-08-01T10:00:00.000Z',
    last_active: '2026-08-01T10:00:00.000Z',
    ...overrides,
  };
}
