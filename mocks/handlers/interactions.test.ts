import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import { setScenario } from '../scenarios';
import type { InteractionJson, UserAggregateJson } from '../types';
import { apiUrl, get, getJson, linkRels } from './test-helpers';

const LIST = 'anonymous-chat-interactions/';
type Turns = InteractionJson[];

describe('GET anonymous-chat-interactions/ (paged)', () => {
  it('answers page 1 of 10, newest first, with X-Result-Count and Link', async () => {
    const db = getDb();
    const { status, body, headers } = await getJson<Turns>(LIST);
    expect(status).toBe(200);
    expect(body.map((turn) => turn.uuid)).toEqual(db.turns.slice(0, 10).map((turn) => turn.json.uuid));
    expect(headers.get('X-Result-Count')).toBe(String(db.turns.length));
    const rels = linkRels(headers.get('Link'));
    expect(rels.map(([rel]) => rel)).toEqual(['first', 'next', 'last']);
    expect(rels[0][1]).toBe(apiUrl(LIST));
    expect(rels[1][1]).toBe(apiUrl(LIST, { page: 2 }));
    expect(rels[2][1]).toBe(apiUrl(LIST, { page: Math.ceil(db.turns.length / 10) }));
  });

  it('builds absolute links with sorted params; prev from page 2 drops the page param', async () => {
    const { headers } = await getJson<Turns>(LIST, {
      page_size: 5,
      page: 2,
      is_flagged: 'false',
      o: '-created',
    });
    const rels = Object.fromEntries(linkRels(headers.get('Link')));
    expect(Object.keys(rels)).toEqual(['first', 'prev', 'next', 'last']);
    expect(rels.first).toBe(
      'http://localhost/api/anonymous-chat-interactions/?is_flagged=false&o=-created&page_size=5',
    );
    expect(rels.prev).toBe(rels.first);
    expect(rels.next).toBe(apiUrl(LIST, { is_flagged: 'false', o: '-created', page: 3, page_size: 5 }));
  });

  it('has first and last but no next on the final page, and page=last works', async () => {
    const total = getDb().turns.length;
    const lastPage = Math.ceil(total / 300);
    const { body, headers } = await getJson<Turns>(LIST, { page: 'last', page_size: 300 });
    expect(body).toHaveLength(total - (lastPage - 1) * 300);
    expect(linkRels(headers.get('Link')).map(([rel]) => rel)).toEqual(['first', 'prev', 'last']);
  });

  it('clamps page_size to 300 silently and falls back to 10 for unusable sizes', async () => {
    expect((await getJson<Turns>(LIST, { page_size: 1000 })).body).toHaveLength(300);
    expect((await getJson<Turns>(LIST, { page_size: 0 })).body).toHaveLength(10);
    expect((await getJson<Turns>(LIST, { page_size: -5 })).body).toHaveLength(10);
    expect((await getJson<Turns>(LIST, { page_size: 'many' })).body).toHaveLength(10);
  });

  it('answers 404 "Invalid page." for pages out of range or not numbers', async () => {
    for (const page of ['0', '99999', 'abc', '1.5', '']) {
      const { status, body } = await getJson(LIST, { page });
      expect(status, `page=${page}`).toBe(404);
      expect(body).toEqual({ detail: 'Invalid page.' });
    }
  });

  it('gives an empty page 1 (not a 404) when nothing matches', async () => {
    const { status, body, headers } = await getJson<Turns>(LIST, { session_id: 'no-such-session' });
    expect(status).toBe(200);
    expect(body).toEqual([]);
    expect(headers.get('X-Result-Count')).toBe('0');
    expect(linkRels(headers.get('Link')).map(([rel]) => rel)).toEqual(['first', 'last']);
  });

  it('orders by created or result_count, comma-separated, and rejects unknown keys', async () => {
    const oldest = (await getJson<Turns>(LIST, { o: 'created', page_size: 50 })).body;
    const times = oldest.map((turn) => Date.parse(turn.created));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const byResults = (await getJson<Turns>(LIST, { o: '-result_count,created', page_size: 300 })).body;
    const counts = byResults.map((turn) => turn.result_count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const top = byResults
      .filter((turn) => turn.result_count === counts[0])
      .map((turn) => Date.parse(turn.created));
    expect(top).toEqual([...top].sort((a, b) => a - b));

    const bad = await getJson(LIST, { o: 'severity' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ o: ['Select a valid choice. severity is not one of the available choices.'] });
  });

  it('sends click_count 0 on the list even for clicked turns', async () => {
    const clicked = getDb().turns.find((turn) => turn.clicks > 0);
    expect(clicked).toBeDefined();
    const { body } = await getJson<Turns>(LIST, {
      session_id: clicked?.json.session_id ?? '',
      page_size: 300,
    });
    expect(body.every((turn) => turn.click_count === 0)).toBe(true);
  });

  it('filters by created_after / created_before, inclusive UTC days', async () => {
    const db = getDb();
    const day = db.turns[Math.floor(db.turns.length / 3)].day;
    const { body, headers } = await getJson<Turns>(LIST, {
      created_after: day,
      created_before: day,
      page_size: 300,
    });
    expect(Number(headers.get('X-Result-Count'))).toBe(db.turns.filter((turn) => turn.day === day).length);
    expect(body.every((turn) => turn.created.startsWith(day))).toBe(true);
  });

  it('ignores the 8.1.0 filter names on a current server', async () => {
    const { headers } = await getJson(LIST, { created_from: '2099-01-01', has_negative_feedback: 'true' });
    expect(headers.get('X-Result-Count')).toBe(String(getDb().turns.length));
  });

  it('filters is_flagged, severity, session_id, user_slug and has_feedback exactly', async () => {
    const db = getDb();
    const flagged = await getJson<Turns>(LIST, { is_flagged: 'true', page_size: 300 });
    expect(flagged.body.length).toBeGreaterThan(0);
    expect(flagged.body.every((turn) => turn.is_flagged)).toBe(true);

    const high = await getJson<Turns>(LIST, { severity: 'high', page_size: 300 });
    expect(high.body.length).toBeGreaterThan(0);
    expect(high.body.every((turn) => turn.severity === 'high')).toBe(true);

    const session = db.turns.find((turn) => turn.json.session_id !== '')?.json.session_id ?? '';
    const bySession = await getJson<Turns>(LIST, { session_id: session, page_size: 300 });
    expect(bySession.body.length).toBe(db.bySession.get(session)?.length);

    // Default order newest first, as without the filter; `o=created` pages from the first turn.
    const longest = [...db.bySession.entries()]
      .filter(([id]) => id !== '')
      .reduce((a, b) => (b[1].length > a[1].length ? b : a));
    const newestFirst = await getJson<Turns>(LIST, { session_id: longest[0], page_size: 3 });
    expect(newestFirst.body.map((turn) => turn.uuid)).toEqual(
      longest[1]
        .slice(-3)
        .reverse()
        .map((turn) => turn.json.uuid),
    );
    const head = await getJson<Turns>(LIST, { session_id: longest[0], o: 'created', page_size: 3 });
    expect(head.body.map((turn) => turn.uuid)).toEqual(longest[1].slice(0, 3).map((turn) => turn.json.uuid));
    expect(head.headers.get('X-Result-Count')).toBe(String(longest[1].length));

    const slug = db.turns.find((turn) => turn.json.user_slug !== '')?.json.user_slug ?? '';
    const bySlug = await getJson<Turns>(LIST, { user_slug: slug, page_size: 300 });
    expect(bySlug.body.every((turn) => turn.user_slug === slug)).toBe(true);
    // Exact match only: a prefix finds nothing.
    expect((await getJson<Turns>(LIST, { user_slug: slug.slice(0, 10) })).body).toEqual([]);

    const rated = await getJson<Turns>(LIST, { has_feedback: 'true', page_size: 300 });
    expect(rated.body.length).toBeGreaterThan(0);
    expect(rated.body.every((turn) => turn.feedback !== null && turn.feedback.score !== null)).toBe(true);
    const unrated = await getJson<Turns>(LIST, { has_feedback: 'false', page_size: 300 });
    const judgeOnly = db.turns.filter(
      (turn) => turn.json.feedback && turn.json.feedback.score === null,
    ).length;
    expect(judgeOnly).toBeGreaterThan(0);
    expect(Number(rated.headers.get('X-Result-Count')) + Number(unrated.headers.get('X-Result-Count'))).toBe(
      db.turns.length,
    );
  });

  it('matches nothing for severity=none (unflagged turns store "") and 400s an unknown severity', async () => {
    const none = await getJson<Turns>(LIST, { severity: 'none' });
    expect(none.status).toBe(200);
    expect(none.body).toEqual([]);
    const bad = await getJson(LIST, { severity: 'extreme' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      severity: ['Select a valid choice. extreme is not one of the available choices.'],
    });
  });

  it('400s invalid dates (every bad field at once) and ignores unreadable booleans', async () => {
    const bad = await getJson(LIST, {
      created_after: '2026-02-30',
      created_before: 'yesterday',
      severity: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      created_after: ['Enter a valid date.'],
      created_before: ['Enter a valid date.'],
      severity: ['Select a valid choice. x is not one of the available choices.'],
    });
    const lenient = await getJson(LIST, { is_flagged: 'maybe', has_feedback: 'yes' });
    expect(lenient.status).toBe(200);
    expect(lenient.headers.get('X-Result-Count')).toBe(String(getDb().turns.length));
  });

  it('uses the last value of a repeated parameter, like Django', async () => {
    const { body } = await getJson<Turns>(LIST, [
      ['is_flagged', 'false'],
      ['is_flagged', 'true'],
    ]);
    expect(body.every((turn) => turn.is_flagged)).toBe(true);
  });

  it('searches text with websearch syntax and the visitor slug by substring', async () => {
    const db = getDb();
    const search = async (query: string) =>
      (await getJson<Turns>(LIST, { query, page_size: 300 })).body.map((turn) => db.byKey.get(turn.uuid));

    const gpu = await search('GPU');
    expect(gpu.length).toBeGreaterThan(0);
    expect(gpu.every((turn) => `${turn?.userText} ${turn?.replyText}`.includes('gpu'))).toBe(true);

    const phrase = await search('"project storage"');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.every((turn) => `${turn?.userText}\n${turn?.replyText}`.includes('project storage'))).toBe(
      true,
    );

    const excluded = await search('storage -gpu');
    expect(excluded.length).toBeGreaterThan(0);
    // Like Postgres' English stemmer, "gpus" stays "gpus", so only the word "gpu" excludes.
    expect(excluded.every((turn) => !/\bgpu\b/.test(`${turn?.userText} ${turn?.replyText}`))).toBe(true);

    const either = await search('matlab or alphafold');
    expect(
      either.some((turn) => turn?.userText.includes('matlab') || turn?.replyText.includes('matlab')),
    ).toBe(true);
    expect(either.some((turn) => `${turn?.userText} ${turn?.replyText}`.includes('alphafold'))).toBe(true);

    const slug = db.turns.find((turn) => turn.json.user_slug)?.json.user_slug ?? '';
    const bySlug = await search(slug.slice(20, 32));
    expect(bySlug.length).toBeGreaterThan(0);
    expect(bySlug.every((turn) => turn?.json.user_slug === slug)).toBe(true);

    expect(await search('the')).toEqual([]);
  });

  it('stems plurals so "offerings" finds "offering"', async () => {
    const { headers } = await getJson(LIST, { query: 'partitions' });
    expect(Number(headers.get('X-Result-Count'))).toBeGreaterThan(0);
  });
});

describe('GET anonymous-chat-interactions/{uuid}/', () => {
  it('returns one turn with click_count 0, by plain or dashed uuid', async () => {
    const turn = getDb().turns.find((item) => item.clicks > 0);
    const uuid = turn?.json.uuid ?? '';
    const plain = await getJson<InteractionJson>(`${LIST}${uuid}/`);
    expect(plain.status).toBe(200);
    expect(plain.body).toEqual({ ...turn?.json, click_count: 0 });
    const dashed = `${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-${uuid.slice(12, 16)}-${uuid.slice(16, 20)}-${uuid.slice(20)}`;
    expect((await getJson<InteractionJson>(`${LIST}${dashed.toUpperCase()}/`)).body.uuid).toBe(uuid);
  });

  it('answers 404 Not found for an unknown uuid', async () => {
    const { status, body } = await getJson(`${LIST}00000000000000000000000000000000/`);
    expect(status).toBe(404);
    expect(body).toEqual({ detail: 'Not found.' });
    expect((await get(`${LIST}not-a-uuid/`)).status).toBe(404);
  });
});

describe('GET anonymous-chat-interactions/by-session/{id}/', () => {
  it('returns the whole transcript oldest first with click_count, ignoring filters and paging', async () => {
    const db = getDb();
    const [sessionId, turns] =
      [...db.bySession.entries()].find(
        ([id, list]) => id && list.length > 12 && list.some((t) => t.clicks),
      ) ?? [];
    const { status, body, headers } = await getJson<Turns>(`${LIST}by-session/${sessionId}/`, {
      page: 2,
      page_size: 2,
      is_flagged: 'true',
      o: 'bogus',
    });
    expect(status).toBe(200);
    expect(headers.get('X-Result-Count')).toBeNull();
    expect(body.map((turn) => turn.uuid)).toEqual(turns?.map((turn) => turn.json.uuid));
    const times = body.map((turn) => Date.parse(turn.created));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(body.map((turn) => turn.click_count)).toEqual(turns?.map((turn) => turn.clicks));
  });

  it('returns [] for an unknown session and carries the judge verdict on the last turn', async () => {
    expect((await getJson(`${LIST}by-session/nope-nope-nope/`)).body).toEqual([]);
    const reviewed = getDb().feedback.find((turn) => turn.json.feedback?.llm_reviewed_at);
    const { body } = await getJson<Turns>(`${LIST}by-session/${reviewed?.json.session_id}/`);
    expect(body[body.length - 1].feedback?.llm_reviewed_at).toBeTruthy();
    expect(body.slice(0, -1).every((turn) => !turn.feedback?.llm_reviewed_at)).toBe(true);
  });

  it('cannot address ids with a dot: no route matches', async () => {
    const response = await get(`${LIST}by-session/a.b/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toContain('text/html');
  });

  it('holds a long session (200+ turns) in the default data', () => {
    const longest = Math.max(...[...getDb().bySession.values()].map((turns) => turns.length));
    expect(longest).toBeGreaterThanOrEqual(200);
  });
});

describe('GET anonymous-chat-interactions/by-user/', () => {
  it('aggregates per visitor, most active first, without empty slugs or paging', async () => {
    const db = getDb();
    const { status, body, headers } = await getJson<UserAggregateJson[]>(`${LIST}by-user/`, { page_size: 5 });
    expect(status).toBe(200);
    expect(headers.get('X-Result-Count')).toBeNull();
    expect(body.length).toBe([...db.bySlug.keys()].filter((slug) => slug !== '').length);
    expect(body.some((row) => row.user_slug === '')).toBe(false);
    const totals = body.map((row) => row.total_interactions);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(totals.reduce((sum, n) => sum + n, 0)).toBe(db.turns.filter((turn) => turn.json.user_slug).length);
    for (const row of body.slice(0, 20)) {
      expect(row.no_feedback).toBe(row.total_interactions - row.positive_feedback - row.negative_feedback);
      const turns = db.bySlug.get(row.user_slug) ?? [];
      expect(row.session_count).toBe(new Set(turns.map((turn) => turn.json.session_id)).size);
      expect(row.injection_strikes).toBe(
        turns.filter((turn) => ['block', 'redact'].includes(turn.json.action_taken)).length,
      );
    }
  });

  it('renders last_seen as Python isoformat with microseconds and +00:00', async () => {
    const { body } = await getJson<UserAggregateJson[]>(`${LIST}by-user/`);
    for (const row of body)
      expect(row.last_seen).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$/);
    const top = body[0];
    const newest = getDb().bySlug.get(top.user_slug)?.at(-1);
    expect(Date.parse(top.last_seen ?? '')).toBe(Math.floor(newest?.createdMs ?? 0));
  });

  it('honours the turn filters before grouping and validates them', async () => {
    const { body } = await getJson<UserAggregateJson[]>(`${LIST}by-user/`, { is_flagged: 'true' });
    const flaggedTurns = getDb().turns.filter((turn) => turn.json.is_flagged && turn.json.user_slug);
    expect(body.reduce((sum, row) => sum + row.total_interactions, 0)).toBe(flaggedTurns.length);
    expect((await getJson(`${LIST}by-user/`, { severity: 'bad' })).status).toBe(400);
    expect((await getJson(`${LIST}by-user/`, { o: 'nope' })).status).toBe(400);
  });
});

describe('GET anonymous-chat-interactions/by-user/{slug}/', () => {
  it('returns every turn of the visitor oldest first, ignoring filters', async () => {
    const [slug, turns] = [...getDb().bySlug.entries()].find(([key, list]) => key && list.length > 5) ?? [];
    const { body } = await getJson<Turns>(`${LIST}by-user/${slug}/`, { is_flagged: 'true', page_size: 1 });
    expect(body.map((turn) => turn.uuid)).toEqual(turns?.map((turn) => turn.json.uuid));
    expect(body.every((turn) => turn.click_count === 0)).toBe(true);
    expect((await getJson(`${LIST}by-user/${'0'.repeat(64)}/`)).body).toEqual([]);
  });
});

describe('old-server scenario (8.1.0)', () => {
  it('honours created_from/created_to/has_negative_feedback and ignores the new names', async () => {
    setScenario('old-server');
    const db = getDb();
    const day = db.turns[0].day;
    const newNames = await getJson<Turns>(LIST, { created_after: '2099-01-01' });
    expect(newNames.headers.get('X-Result-Count')).toBe(String(db.turns.length));
    const oldNames = await getJson<Turns>(LIST, { created_from: day, created_to: day, page_size: 300 });
    expect(oldNames.body.every((turn) => turn.created.startsWith(day))).toBe(true);
    const negative = await getJson<Turns>(LIST, { has_negative_feedback: 'true', page_size: 300 });
    expect(negative.body.length).toBeGreaterThan(0);
    expect(negative.body.every((turn) => turn.feedback?.score === -1)).toBe(true);
    expect((await getJson(LIST, { created_from: 'soon' })).body).toEqual({
      created_from: ['Enter a valid date.'],
    });
  });

  it('sends turns without token keys', async () => {
    setScenario('old-server');
    const { body } = await getJson<Record<string, unknown>[]>(LIST);
    expect(body[0]).not.toHaveProperty('input_tokens');
    expect(body[0]).not.toHaveProperty('output_tokens');
    expect(body[0]).toHaveProperty('click_count', 0);
  });
});
