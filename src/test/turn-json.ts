/**
 * One turn as the API sends it (docs/api.md §3.1), every field present with a neutral value: test
 * builders and specs override only what they are about. Plain data, no test runner imports, so
 * unit tests, fixtures and the e2e specs share it.
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
