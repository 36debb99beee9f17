import { http, HttpResponse } from 'msw';
import type { Interaction } from '@/api/schemas/interaction';
import type { UserAggregate } from '@/api/schemas/user-aggregate';
import { server } from '@mocks/node';

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
