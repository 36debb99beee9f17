import { describe, expect, it } from 'vitest';
import { shortMiddle } from '@/lib/format/text';
import { filterConversations } from './conversation-search';

const rows = [
  { session_id: 'probe-session-1', user_slug: '3fa9c2d1e0f9'.padEnd(64, 'a') },
  { session_id: 'probe-session-2', user_slug: 'b'.repeat(64) },
  { session_id: 'Other-ID', user_slug: '' },
];
const ids = (query: string) => filterConversations(rows, query).map((r) => r.session_id);

describe('finding a conversation by what people paste', () => {
  it('finds a whole id, a part of one, ignoring case and copied spaces', () => {
    expect(ids('probe-session-2')).toEqual(['probe-session-2']);
    expect(ids(' other-id\n')).toEqual(['Other-ID']);
    expect(ids('session')).toEqual(['probe-session-1', 'probe-session-2']);
  });

  it('finds an id shortened in the middle as the lists show it', () => {
    expect(ids(shortMiddle('probe-session-2', 8))).toEqual(['probe-session-2']);
  });

  it('finds the conversations of a visitor by the slug prefix shown everywhere', () => {
    expect(ids('3fa9c2d1e0f9…')).toEqual(['probe-session-1']);
    expect(ids('3FA9C2D1E0F9')).toEqual(['probe-session-1']);
  });

  it('returns the rows themselves when nothing is typed', () => {
    expect(filterConversations(rows, '  ')).toBe(rows);
  });
});
