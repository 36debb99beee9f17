import fc from 'fast-check';
import type { $ZodType, input } from 'zod/v4/core';
import type { budgetSchema } from '@/api/schemas/budget';
import type { conversationSchema } from '@/api/schemas/conversation';
import type { feedbackSchema } from '@/api/schemas/feedback';
import type { interactionSchema } from '@/api/schemas/interaction';
import type { kpiSchema } from '@/api/schemas/kpi';
import type { userAggregateSchema } from '@/api/schemas/user-aggregate';
import { SHORT_PAYLOADS } from '@mocks/content/hostile';

/**
 * Hand-written arbitraries, one per response schema of src/api/schemas: every value they make
 * is valid input for its schema (schema-validity is itself a test), covering what the schemas
 * allow and the server may send — nulls, absent optional keys, empty and huge arrays, Unicode,
 * hostile strings, odd numbers — rather than only what the fixtures happen to send.
 */

type Input<S extends $ZodType> = input<S>;

const hexDigit = fc.constantFrom(...'0123456789abcdef');
const hex = (minLength: number, maxLength: number) => fc.string({ unit: hexDigit, minLength, maxLength });
const hostile = fc.constantFrom(...SHORT_PAYLOADS.map((payload) => payload.text));
/** Any text: arbitrary Unicode (lone surrogates included), hostile markup, or empty. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constant('') },
);
const id = fc.oneof(fc.uuid(), hex(1, 64), fc.string({ minLength: 1, maxLength: 30 }));
const count = fc.oneof(fc.nat({ max: 50 }), fc.nat(), fc.constant(0));
const MIN = new Date('2024-01-01T00:00:00Z');
const MAX = new Date('2027-12-31T23:59:59Z');
const date = fc.date({ min: MIN, max: MAX, noInvalidDate: true });
/** DRF `…Z` with or without milliseconds, or Python isoformat with microseconds and an offset. */
const dateTime = fc.oneof(
  date.map((d) => d.toISOString()),
  date.map((d) => `${d.toISOString().slice(0, 19)}Z`),
  fc
    .tuple(date, fc.nat({ max: 999 }))
    .map(([d, micro]) => `${d.toISOString().slice(0, 23)}${String(micro).padStart(3, '0')}+00:00`),
);
const isoDay = date.map((d) => d.toISOString().slice(0, 10));
const rate = fc.oneof(
  fc.constant(null),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const severity = fc.constantFrom(
  '',
  'none',
  'low',
  'medium',
  'high',
  'critical',
  'block',
  'HIGH',
  '<b>x</b>',
);

const markdownBlock = fc.record(
  {
    id: fc.string(),
    key: fc.constant('markdown'),
    status: fc.constant('complete'),
    content: fc.oneof(text, fc.lorem()),
  },
  { requiredKeys: ['key', 'content'] },
);
const navLink = fc.record(
  {
    label: text,
    url: fc.oneof(
      fc.webUrl(),
      text,
      fc.constant('/marketplace-public-offering/abc/'),
      fc.constant('javascript:alert(1)'),
    ),
    variant: text,
    subtitle: text,
    description_excerpt: text,
  },
  { requiredKeys: ['label', 'url'] },
);
const navBlock = fc.record(
  {
    id: fc.string(),
    key: fc.constant('homeport_nav'),
    status: fc.constant('complete'),
    content: text,
    links: fc.array(navLink, { maxLength: 4 }),
  },
  { requiredKeys: ['key', 'links'] },
);
const formBlock = fc.record(
  {
    id: fc.string(),
    key: fc.constant('ask_user_form'),
    context: text,
    questions: fc.array(
      fc.record(
        {
          id: fc.string(),
          question: text,
          header: text,
          multiSelect: fc.boolean(),
          allowFreeText: fc.boolean(),
          options: fc.array(
            fc.record(
              { id: fc.string(), label: text, description: text, value: fc.jsonValue({ maxDepth: 1 }) },
              { requiredKeys: ['label'] },
            ),
            { maxLength: 4 },
          ),
        },
        { requiredKeys: ['question'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['key', 'questions'] },
);
const codeBlock = fc.record(
  { key: fc.constantFrom('code', 'mermaid'), content: text, tag: text },
  { requiredKeys: ['key', 'content'] },
);
const toolBlock = fc.record(
  {
    id: fc.string(),
    key: fc.constant('tool'),
    tool: fc.record(
      { call_id: fc.string(), name: text, arguments: fc.jsonValue({ maxDepth: 2 }), summary: text },
      { requiredKeys: ['name'] },
    ),
    result: fc.oneof(markdownBlock, navBlock, formBlock, fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: ['key', 'tool'] },
);
/** Known kinds, unknown kinds, and JSON that is not a block at all. */
const block = fc.oneof(
  { weight: 4, arbitrary: markdownBlock },
  { weight: 2, arbitrary: navBlock },
  { weight: 2, arbitrary: formBlock },
  { weight: 2, arbitrary: toolBlock },
  { weight: 1, arbitrary: codeBlock },
  { weight: 1, arbitrary: fc.record({ key: text, data: fc.jsonValue({ maxDepth: 2 }) }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

export const feedback: fc.Arbitrary<Input<typeof feedbackSchema>> = fc.record(
  {
    interaction_uuid: id,
    score: fc.constantFrom(1, -1, 0, null),
    comment: text,
    category: fc.oneof(
      fc.constantFrom('inaccurate', 'incomplete', 'misunderstood', 'slow_or_failed', 'other', ''),
      text,
    ),
    submitted_from_ip: fc.oneof(fc.constant(null), fc.ipV4(), fc.ipV6(), text),
    submitted_at: fc.option(dateTime),
    llm_resolution_score: fc.option(fc.integer({ min: 0, max: 5 })),
    llm_intent_category: text,
    llm_hallucination_detected: fc.boolean(),
    llm_hallucination_details: text,
    llm_summary: fc.oneof(text, fc.lorem({ maxCount: 3, mode: 'sentences' })),
    llm_reviewed_at: fc.option(dateTime),
    llm_judge_input_tokens: count,
    llm_judge_output_tokens: count,
    llm_judge_model: text,
    modified_at: fc.option(dateTime),
  },
  { requiredKeys: ['interaction_uuid', 'score'] },
);

export function interaction(
  overrides: { session_id?: string; user_slug?: string; uuid?: string } = {},
): fc.Arbitrary<Input<typeof interactionSchema>> {
  return fc
    .record(
      {
        uuid: fc.uuid(),
        user_slug: fc.oneof(hex(64, 64), fc.constant(''), text),
        user_input: fc.oneof(text, fc.lorem()),
        assistant_blocks: fc.array(block, { maxLength: 5 }),
        click_count: count,
        input_tokens: fc.option(count),
        output_tokens: fc.option(count),
        offering_uuids: fc.array(fc.uuid(), { maxLength: 3 }),
        result_count: count,
        is_flagged: fc.boolean(),
        severity,
        injection_categories: fc.array(text, { maxLength: 3 }),
        pii_categories: fc.array(text, { maxLength: 2 }),
        action_taken: fc.oneof(fc.constantFrom('allow', 'flag', 'redact', 'block', ''), text),
        warning: text,
        ip_address: fc.oneof(fc.constant(null), fc.ipV4(), fc.ipV6(), text),
        session_id: fc.oneof(fc.uuid(), text),
        last_active_at: fc.option(dateTime),
        created: dateTime,
        feedback: fc.option(feedback),
      },
      {
        requiredKeys: [
          'uuid',
          'user_slug',
          'user_input',
          'assistant_blocks',
          'is_flagged',
          'session_id',
          'created',
        ],
      },
    )
    .map((turn) => ({ ...turn, ...overrides }));
}

export const conversation: fc.Arbitrary<Input<typeof conversationSchema>> = fc.record(
  {
    session_id: fc.oneof(fc.uuid(), text),
    user_slug: fc.oneof(hex(64, 64), text),
    message_count: count,
    is_flagged: fc.boolean(),
    max_severity: severity,
    max_severity_rank: fc.integer({ min: 0, max: 4 }),
    has_feedback: fc.boolean(),
    offerings_shown: count,
    offerings_clicked: count,
    models_used: text,
    is_reviewed: fc.boolean(),
    input_tokens: count,
    output_tokens: count,
    total_tokens: count,
    started: fc.option(dateTime),
    last_active: fc.option(dateTime),
  },
  { requiredKeys: ['session_id', 'user_slug', 'message_count', 'is_flagged'] },
);

export const userAggregate: fc.Arbitrary<Input<typeof userAggregateSchema>> = fc.record({
  user_slug: fc.oneof(hex(64, 64), text),
  last_seen: fc.option(dateTime),
  total_interactions: count,
  session_count: count,
  positive_feedback: count,
  negative_feedback: count,
  no_feedback: count,
  injection_strikes: count,
});

const series = fc.array(count, { maxLength: 16 });
export const kpi: fc.Arbitrary<Input<typeof kpiSchema>> = fc.record(
  {
    interactions_total: count,
    sessions_total: count,
    unique_users: count,
    flagged_total: count,
    feedback_positive: count,
    feedback_negative: count,
    satisfaction_rate: rate,
    clicks_total: count,
    click_through_rate: rate,
    input_tokens_total: count,
    output_tokens_total: count,
    reviewed_total: count,
    review_input_tokens_total: count,
    review_output_tokens_total: count,
    avg_llm_resolution_score: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 5, noNaN: true })),
    hallucination_rate: rate,
    review_coverage: rate,
    llm_intent_distribution: fc.dictionary(fc.oneof(fc.string({ maxLength: 20 }), hostile), count, {
      maxKeys: 8,
    }),
    // Days are unique, as the server makes them (one bucket per UTC day); series may be any length.
    daily_volume: fc.uniqueArray(fc.record({ date: isoDay, count }), {
      maxLength: 40,
      selector: (row) => row.date,
    }),
    severity_by_day: fc.record({
      labels: fc.uniqueArray(isoDay, { maxLength: 16 }),
      series: fc.record({ NONE: series, LOW: series, MEDIUM: series, HIGH: series, CRITICAL: series }),
    }),
  },
  {
    requiredKeys: [
      'interactions_total',
      'sessions_total',
      'unique_users',
      'flagged_total',
      'feedback_positive',
      'feedback_negative',
      'satisfaction_rate',
      'clicks_total',
      'click_through_rate',
      'daily_volume',
      'severity_by_day',
    ],
  },
);

export const budget: fc.Arbitrary<Input<typeof budgetSchema>> = fc.record(
  {
    tokens_today: count,
    tokens_limit: fc.oneof(fc.constant(0), fc.constant(5_000_000), fc.integer({ min: -1, max: 10_000_000 })),
    resets_at: dateTime,
    requests_today: count,
    requests_limit: fc.integer({ min: -1, max: 5_000 }),
  },
  { requiredKeys: ['tokens_today', 'tokens_limit', 'resets_at'] },
);

/**
 * One field of a valid payload replaced by a value of the wrong type: `[path, bad value]`. The
 * schema must reject it and name exactly that path.
 */
export type Corruption = { path: (string | number)[]; value: unknown };

export const CORRUPTIONS: Record<string, Corruption[]> = {
  interaction: [
    { path: ['uuid'], value: 42 },
    { path: ['user_input'], value: 7 },
    { path: ['assistant_blocks'], value: 'blocks' },
    { path: ['is_flagged'], value: 'yes' },
    { path: ['session_id'], value: null },
    { path: ['created'], value: 'yesterday' },
    { path: ['click_count'], value: -1 },
    { path: ['input_tokens'], value: 'many' },
    { path: ['feedback'], value: 'thumbs' },
  ],
  feedback: [
    { path: ['interaction_uuid'], value: 1 },
    { path: ['score'], value: 5 },
    { path: ['comment'], value: 9 },
    { path: ['llm_resolution_score'], value: 9 },
    { path: ['submitted_at'], value: 'soon' },
  ],
  conversation: [
    { path: ['session_id'], value: 5 },
    { path: ['message_count'], value: 'seven' },
    { path: ['is_flagged'], value: 'no' },
    { path: ['max_severity_rank'], value: 9 },
    { path: ['started'], value: 'a while ago' },
  ],
  userAggregate: [
    { path: ['user_slug'], value: null },
    { path: ['total_interactions'], value: -3 },
    { path: ['last_seen'], value: 'never' },
    { path: ['session_count'], value: 1.5 },
  ],
  kpi: [
    { path: ['interactions_total'], value: '412' },
    { path: ['satisfaction_rate'], value: 'high' },
    { path: ['daily_volume'], value: {} },
    { path: ['severity_by_day', 'labels'], value: 'x' },
    { path: ['llm_intent_distribution'], value: ['gpu'] },
  ],
  budget: [
    { path: ['tokens_today'], value: 'lots' },
    { path: ['tokens_limit'], value: 1.5 },
    { path: ['resets_at'], value: 'midnight' },
  ],
};

/** `[3].is_flagged`, `severity_by_day.labels`: how ApiError names a field. */
function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
    '',
  );
}

/** Applies a corruption to a copy of `value` (an object, or row `row` of an array). */
export function corrupt(
  value: unknown,
  corruption: Corruption,
  row?: number,
): { body: unknown; field: string } {
  const copy = structuredClone(value) as Record<string, unknown> | Record<string, unknown>[];
  const target = Array.isArray(copy) ? copy[row ?? 0] : copy;
  let node = target as Record<string, unknown>;
  for (const key of corruption.path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[corruption.path[corruption.path.length - 1] as string] = corruption.value;
  const path = Array.isArray(copy) ? [row ?? 0, ...corruption.path] : corruption.path;
  return { body: copy, field: fieldName(path) };
}
