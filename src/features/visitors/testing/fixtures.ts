import { http, HttpResponse } from 'msw';
import { interactionSchema, type Interaction } from '@/api/schemas/interaction';
import type { UserAggregate } from '@/api/schemas/user-aggregate';
import { server } from '@mocks/node';
import { turnJson } from '@/test/turn-json';

/** A 64-hex slug from a short seed: `slug('a1')` → `a1a1a1…` (64 chars). */
export function slug(seed: string): string {
  return seed.repeat(Math.ceil(64 / seed.length)).slice(0, 64);
}

export function makeAggregate(overrides: Partial<UserAggregate> = {}): UserAggregate {
  return {
    user_slug: slug('ab'),
    last_seen: '2026-08-20T10:00:00.123456+00:00',
    total_interactions: 3,
    session_count: 1,
    positive_feedback: 1,
    negative_feedback: 0,
    no_feedback: 2,
    injection_strikes: 0,
    ...overrides,
  };
}

let counter = 0;

/** A valid turn as `by-user/{slug}/` sends it (click_count 0), with the real schema's defaults. */
export function makeTurn(overrides: Partial<Interaction> & Record<string, unknown> = {}): Interaction {
  counter += 1;
  const n = String(counter).padStart(12, '0');
  return interactionSchema.parse(
    turnJson({
      uuid: `00000000-0000-4000-8000-${n}`,
      user_slug: slug('ab'),
      user_input: `Question ${counter}`,
      session_id: 'session-0001',
      last_active_at: null,
      created: '2026-08-20T10:00:00.000Z',
      ...overrides,
    }),
  );
}

/** A feedback row with a thumbs score (or `null` for a judge-only row). */
export function feedback(score: 1 | -1 | null, interactionUuid = '00000000-0000-4000-8000-000000000000') {
  return {
    interaction_uuid: interactionUuid,
    score,
    comment: '',
    category: score === -1 ? 'inaccurate' : '',
    submitted_from_ip: null,
    submitted_at: score === null ? null : '2026-08-20T10:01:00.000Z',
    llm_resolution_score: score === null ? 4 : null,
    llm_intent_category: '',
    llm_hallucination_detected: false,
    llm_hallucination_details: '',
    llm_summary: '',
    llm_reviewed_at: null,
    llm_judge_input_tokens: 0,
    llm_judge_output_tokens: 0,
    llm_judge_model: '',
    modified_at: '2026-08-20T10:01:00.000Z',
  };
}

type ListAnswer = readonly UserAggregate[] | ((url: URL) => Response | Promise<Response>);

/**
 * Replaces the `by-user/` endpoints for one test and records every request URL, so tests can
 * assert exactly which parameters the page sent.
 */
export function mockVisitorsApi({
  list,
  detail,
}: {
  list?: ListAnswer;
  detail?: Record<string, readonly Interaction[] | (() => Response | Promise<Response>)>;
} = {}) {
  const listRequests: URL[] = [];
  const detailRequests: URL[] = [];
  const handlers = [];
  if (list !== undefined) {
    handlers.push(
      http.get('*/api/anonymous-chat-interactions/by-user/', ({ request }) => {
        const url = new URL(request.url);
        listRequests.push(url);
        return typeof list === 'function' ? list(url) : HttpResponse.json(list as UserAggregate[]);
      }),
    );
  }
  if (detail !== undefined) {
    handlers.push(
      http.get('*/api/anonymous-chat-interactions/by-user/:userSlug/', ({ request, params }) => {
        detailRequests.push(new URL(request.url));
        const answer = detail[String(params.userSlug)];
        if (typeof answer === 'function') return answer();
        return HttpResponse.json((answer ?? []) as Interaction[]);
      }),
    );
  }
  server.use(...handlers);
  return { listRequests, detailRequests };
}
