import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import type { FeedbackJson } from '../types';
import { getJson, linkRels } from './test-helpers';

const PATH = 'anonymous-chat-feedbacks/';
type Rows = FeedbackJson[];

describe('GET anonymous-chat-feedbacks/ (paged)', () => {
  it('pages like the interaction list and puts judge-only rows (NULL submitted_at) first', async () => {
    const db = getDb();
    const { status, body, headers } = await getJson<Rows>(PATH, { page_size: 300 });
    expect(status).toBe(200);
    expect(headers.get('X-Result-Count')).toBe(String(db.feedback.length));
    expect(linkRels(headers.get('Link')).map(([rel]) => rel)).toEqual(['first', 'next', 'last']);
    const all = (await getJson<Rows>(PATH, { page_size: 300, page: 'last' })).body;
    expect(all.length).toBeGreaterThan(0);
    expect(body[0].score).toBeNull();
    expect(body[0].submitted_at).toBeNull();
    expect(body[0].llm_reviewed_at).not.toBeNull();
    const human = (await getJson<Rows>(PATH, { score: 1, page_size: 300 })).body;
    const times = human.map((row) => Date.parse(row.submitted_at ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await getJson(PATH, { page: 9999 })).body).toEqual({ detail: 'Invalid page.' });
    expect((await getJson<Rows>(PATH, { page_size: 5000 })).body).toHaveLength(300);
  });

  it('filters score, category, submitted dates and has_comment', async () => {
    const down = (await getJson<Rows>(PATH, { score: -1, page_size: 300 })).body;
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((row) => row.score === -1 && row.category !== '')).toBe(true);

    const incomplete = (await getJson<Rows>(PATH, { category: 'incomplete', page_size: 300 })).body;
    expect(incomplete.length).toBeGreaterThan(0);
    expect(incomplete.every((row) => row.category === 'incomplete')).toBe(true);

    const day = down[0].submitted_at?.slice(0, 10) ?? '';
    const onDay = (await getJson<Rows>(PATH, { submitted_from: day, submitted_to: day, page_size: 300 }))
      .body;
    expect(onDay.length).toBeGreaterThan(0);
    expect(onDay.every((row) => row.submitted_at?.startsWith(day))).toBe(true);

    const commented = (await getJson<Rows>(PATH, { has_comment: 'true', page_size: 300 })).body;
    expect(commented.every((row) => row.comment !== '')).toBe(true);
    const silent = await getJson<Rows>(PATH, { has_comment: 'false' });
    const total = Number(silent.headers.get('X-Result-Count')) + commented.length;
    expect(total).toBe(getDb().feedback.length);
  });

  it('orders by score and llm_resolution_score with Postgres NULL placement', async () => {
    const asc = (await getJson<Rows>(PATH, { o: 'llm_resolution_score', page: 'last', page_size: 300 })).body;
    expect(asc[asc.length - 1].llm_resolution_score).toBeNull();
    const desc = (await getJson<Rows>(PATH, { o: '-llm_resolution_score', page_size: 300 })).body;
    expect(desc[0].llm_resolution_score).toBeNull();
    const scored = (await getJson<Rows>(PATH, { o: '-score', score: 1 })).body;
    expect(scored.every((row) => row.score === 1)).toBe(true);
    const bad = await getJson(PATH, { o: 'modified_at' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      o: ['Select a valid choice. modified_at is not one of the available choices.'],
    });
  });

  it('400s a non-numeric score and a bad date', async () => {
    const { status, body } = await getJson(PATH, { score: 'up', submitted_to: 'tomorrow' });
    expect(status).toBe(400);
    expect(body).toEqual({ score: ['Enter a number.'], submitted_to: ['Enter a valid date.'] });
  });
});

describe('GET anonymous-chat-feedbacks/{interaction_uuid}/', () => {
  it('returns the row of a turn and 404s a turn without one', async () => {
    const db = getDb();
    const rated = db.feedback[0];
    const { status, body } = await getJson<FeedbackJson>(`${PATH}${rated.json.uuid}/`);
    expect(status).toBe(200);
    expect(body).toEqual(rated.json.feedback);
    const plain = db.turns.find((turn) => turn.json.feedback === null);
    const missing = await getJson(`${PATH}${plain?.json.uuid}/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ detail: 'Not found.' });
  });
});
