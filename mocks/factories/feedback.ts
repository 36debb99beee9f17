import { type Feedback, feedbackSchema } from '@/api/schemas/feedback';

/**
 * A feedback row as the API sends it (docs/api.md §3.2.1): no vote and no verdict unless the
 * overrides add one. `score: null` with a verdict is a judge-only row.
 */
export function feedbackJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    interaction_uuid: '00000000-0000-4000-8000-000000000000',
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
    modified_at: null,
    ...overrides,
  };
}

/** A feedback row as the app holds it, parsed by the real schema. */
export function makeFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return feedbackSchema.parse(feedbackJson(overrides));
}
