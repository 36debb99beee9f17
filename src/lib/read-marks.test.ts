import { describe, expect, it } from 'vitest';
import {
  addReadMark,
  parseReadMarks,
  READ_MARK_LIMITS,
  readMarksOf,
  removeReadMark,
  type ReadMarkStore,
} from './read-marks';

describe('read marks', () => {
  it('are kept per user: another user sees none of them', () => {
    let store: ReadMarkStore = {};
    store = addReadMark(store, 'alice', 'conv-1', ['turn-9'], 1);
    expect(readMarksOf(store, 'alice').isRead('conv-1')).toBe(true);
    expect(readMarksOf(store, 'alice').isTurnRead('turn-9')).toBe(true);
    expect(readMarksOf(store, 'alice').isRead('conv-2')).toBe(false);
    expect(readMarksOf(store, 'bob').isRead('conv-1')).toBe(false);
    expect(readMarksOf(store, null).isRead('conv-1')).toBe(false);
  });

  it('store fingerprints, never the ids or the user name', () => {
    const store = addReadMark({}, 'alice@example.org', 'probe-session-1', ['3fa9c2d1-turn'], 1);
    const text = JSON.stringify(store);
    for (const plain of ['alice', 'probe-session-1', '3fa9c2d1-turn']) expect(text).not.toContain(plain);
  });

  it('mark as unread removes the conversation and its turns', () => {
    let store = addReadMark({}, 'alice', 'conv-1', ['turn-9'], 1);
    store = addReadMark(store, 'alice', 'conv-2', [], 2);
    store = removeReadMark(store, 'alice', 'conv-1');
    const marks = readMarksOf(store, 'alice');
    expect(marks.isRead('conv-1')).toBe(false);
    expect(marks.isTurnRead('turn-9')).toBe(false);
    expect(marks.isRead('conv-2')).toBe(true);
    expect(removeReadMark(store, 'nobody', 'conv-2')).toBe(store);
  });

  it('are bounded: the newest marks and the most recent users stay', () => {
    let store: ReadMarkStore = {};
    for (let i = 0; i <= READ_MARK_LIMITS.marks; i += 1) store = addReadMark(store, 'alice', `c${i}`, [], i);
    const marks = readMarksOf(store, 'alice');
    expect(marks.isRead('c0')).toBe(false);
    expect(marks.isRead('c1')).toBe(true);
    expect(marks.isRead(`c${READ_MARK_LIMITS.marks}`)).toBe(true);
    // Reading an old one again makes it the newest.
    store = addReadMark(store, 'alice', 'c1', [], 9_999);
    store = addReadMark(store, 'alice', 'new', [], 10_000);
    expect(readMarksOf(store, 'alice').isRead('c1')).toBe(true);

    for (let u = 0; u < READ_MARK_LIMITS.users; u += 1)
      store = addReadMark(store, `user${u}`, 'x', [], 20_000 + u);
    expect(Object.keys(store)).toHaveLength(READ_MARK_LIMITS.users);
    expect(readMarksOf(store, 'alice').isRead('c1')).toBe(false);
    expect(readMarksOf(store, `user${READ_MARK_LIMITS.users - 1}`).isRead('x')).toBe(true);
  });

  it('keeps at most twenty turns per conversation', () => {
    const turns = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const marks = readMarksOf(addReadMark({}, 'a', 'c', turns, 1), 'a');
    expect(marks.isTurnRead('t19')).toBe(true);
    expect(marks.isTurnRead('t20')).toBe(false);
  });

  it('read whatever storage holds without throwing', () => {
    expect(parseReadMarks(null)).toEqual({});
    expect(parseReadMarks('not json')).toEqual({});
    expect(parseReadMarks('[1,2]')).toEqual({});
    expect(parseReadMarks('{"u":{"at":1,"marks":[["a","b"],[1],"x",[]]},"v":null}')).toEqual({
      u: { at: 1, marks: [['a', 'b']] },
    });
  });
});
