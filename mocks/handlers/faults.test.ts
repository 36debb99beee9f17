import { describe, expect, it } from 'vitest';
import { kpiSchema } from '@/api/schemas/kpi';
import { type FaultEndpoint, setFaults, setScenario } from '../scenarios';
import { DEMO_TOKENS } from '../tokens';
import { apiUrl, get, getJson } from './test-helpers';

const ENDPOINT_PATHS: Record<FaultEndpoint, string> = {
  configuration: 'configuration/',
  me: 'users/me/',
  version: 'version/',
  list: 'anonymous-chat-interactions/',
  retrieve: 'anonymous-chat-interactions/0123456789abcdef0123456789abcdef/',
  'by-session': 'anonymous-chat-interactions/by-session/abc-session/',
  'by-user': 'anonymous-chat-interactions/by-user/',
  'by-user-detail': `anonymous-chat-interactions/by-user/${'a'.repeat(64)}/`,
  conversations: 'anonymous-chat-interactions/conversations/',
  kpi: 'anonymous-chat-interactions/kpi/',
  budget: 'anonymous-chat-interactions/budget/',
  feedbacks: 'anonymous-chat-feedbacks/',
  'feedback-detail': 'anonymous-chat-feedbacks/0123456789abcdef0123456789abcdef/',
};

describe('per-endpoint faults', () => {
  it('routes each fault name to its own endpoint only', async () => {
    for (const [name, path] of Object.entries(ENDPOINT_PATHS) as [FaultEndpoint, string][]) {
      setFaults({ [name]: '500' });
      expect((await get(path)).status, name).toBe(500);
      const other = name === 'budget' ? 'kpi' : 'budget';
      expect((await get(ENDPOINT_PATHS[other])).status).toBe(200);
    }
  });

  it('answers 500, 502 and 503 like the server and proxy would', async () => {
    setFaults({ kpi: '500', budget: '502', list: '503' });
    const error = await getJson(ENDPOINT_PATHS.kpi);
    expect(error).toMatchObject({ status: 500, body: { detail: 'Internal server error' } });
    const gateway = await get(ENDPOINT_PATHS.budget);
    expect(gateway.status).toBe(502);
    expect(gateway.headers.get('Content-Type')).toContain('text/html');
    const unavailable = await get(ENDPOINT_PATHS.list);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('Retry-After')).toBe('2');
  });

  it('throttles with 429, Retry-After and the DRF body', async () => {
    setFaults({ kpi: '429' });
    const response = await get(ENDPOINT_PATHS.kpi);
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect(await response.json()).toEqual({ detail: 'Request was throttled.' });
  });

  it('answers an SPA index page with 200 for html', async () => {
    setFaults({ me: 'html' });
    const response = await get(ENDPOINT_PATHS.me);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expect(await response.text()).toContain('<div id="root">');
  });

  it('cuts the JSON short for truncated', async () => {
    setFaults({ kpi: 'truncated' });
    const response = await get(ENDPOINT_PATHS.kpi);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/json');
    await expect(response.json()).rejects.toThrow();
  });

  it('sends valid JSON that breaks the schema for malformed', async () => {
    setFaults({ kpi: 'malformed', list: 'malformed' });
    const kpi = await getJson<Record<string, unknown>>(ENDPOINT_PATHS.kpi);
    expect(kpi.status).toBe(200);
    expect(kpi.body.interactions_total).toBe('412');
    expect(kpiSchema.safeParse(kpi.body).success).toBe(false);
    const list = await getJson<Record<string, unknown>[]>(ENDPOINT_PATHS.list);
    expect(list.body[0].is_flagged).toBe('yes');
  });

  it('fails the request itself for network', async () => {
    setFaults({ budget: 'network' });
    await expect(fetch(apiUrl(ENDPOINT_PATHS.budget))).rejects.toThrow();
  });

  it('holds the response back for slow', async () => {
    setFaults({ version: 'slow' });
    const controller = new AbortController();
    const request = fetch(apiUrl(ENDPOINT_PATHS.version), {
      headers: { Authorization: `Token ${DEMO_TOKENS.staff}` },
      signal: controller.signal,
    }).then(
      () => 'answered',
      () => 'aborted',
    );
    const winner = await Promise.race([
      request,
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 150)),
    ]);
    controller.abort();
    expect(winner).toBe('waiting');
  });

  it('ignores unknown endpoints and faults', async () => {
    setFaults({ kpi: 'explode', nowhere: '500' } as never);
    expect((await get(ENDPOINT_PATHS.kpi)).status).toBe(200);
  });
});

describe('server-error scenario', () => {
  it('fails every chat endpoint with 500 but keeps configuration, users/me and version', async () => {
    setScenario('server-error');
    for (const [name, path] of Object.entries(ENDPOINT_PATHS)) {
      const { status, body } = await getJson(path);
      if (name === 'configuration' || name === 'me' || name === 'version') expect(status, name).toBe(200);
      else expect({ status, body }, name).toEqual({ status: 500, body: { detail: 'Internal server error' } });
    }
  });
});

describe('empty scenario', () => {
  it('has no turns, conversations, visitors or feedback', async () => {
    setScenario('empty');
    for (const path of [
      ENDPOINT_PATHS.list,
      ENDPOINT_PATHS['by-user'],
      ENDPOINT_PATHS.conversations,
      ENDPOINT_PATHS.feedbacks,
    ]) {
      const { status, body } = await getJson(path);
      expect(status, path).toBe(200);
      expect(body).toEqual([]);
    }
  });
});
