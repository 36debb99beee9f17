import { fingerprint } from './hash';

/**
 * Read marks, like an inbox's: a conversation opened as a transcript reads as read in every list,
 * for the staff user who opened it, in this browser. They live in localStorage under one key,
 * per user, and survive sign-out on purpose (each person sees only their own; nothing of the
 * previous person's shows). What is stored is fingerprints (src/lib/hash.ts) of the user name,
 * of the conversation ids and of the turns in them that carry feedback (for the feedback list,
 * whose rows name a turn, not a conversation) — never the ids, names or the token themselves —
 * and it is bounded: the newest marks per user and the most recent users are kept.
 */

export const READ_MARK_LIMITS = { marks: 2_000, turnsPerMark: 20, users: 5 } as const;

/** One mark: the conversation's fingerprint, then its turns with feedback'. */
type Mark = [string, ...string[]];
type UserMarks = { at: number; marks: Mark[] };
export type ReadMarkStore = Record<string, UserMarks>;

const KEY = 'waa.read-marks';

function isMark(value: unknown): value is Mark {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}

/** Whatever the storage holds, as a store: anything unexpected is dropped, never thrown. */
export function parseReadMarks(raw: string | null): ReadMarkStore {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const store: ReadMarkStore = {};
    for (const [user, value] of Object.entries(parsed as Record<string, unknown>)) {
      const v = value as Partial<UserMarks> | null;
      if (!v || typeof v.at !== 'number' || !Array.isArray(v.marks)) continue;
      store[user] = { at: v.at, marks: v.marks.filter(isMark) };
    }
    return store;
  } catch {
    return {};
  }
}

/** The most recently active users only. */
function trimUsers(store: ReadMarkStore): ReadMarkStore {
  const users = Object.entries(store).sort((a, b) => b[1].at - a[1].at);
  return Object.fromEntries(users.slice(0, READ_MARK_LIMITS.users));
}

/** Marks `conversation` read for `user` (moving it to the newest end), with its turns with feedback. */
export function addReadMark(
  store: ReadMarkStore,
  user: string,
  conversation: string,
  feedbackTurns: readonly string[],
  now: number,
): ReadMarkStore {
  const key = fingerprint(user);
  const id = fingerprint(conversation);
  const previous = store[key]?.marks ?? [];
  const mark: Mark = [id, ...feedbackTurns.slice(0, READ_MARK_LIMITS.turnsPerMark).map(fingerprint)];
  const marks = [...previous.filter((m) => m[0] !== id), mark].slice(-READ_MARK_LIMITS.marks);
  return trimUsers({ ...store, [key]: { at: now, marks } });
}

export function removeReadMark(store: ReadMarkStore, user: string, conversation: string): ReadMarkStore {
  const key = fingerprint(user);
  const entry = store[key];
  if (!entry) return store;
  const id = fingerprint(conversation);
  return { ...store, [key]: { ...entry, marks: entry.marks.filter((m) => m[0] !== id) } };
}

export type ReadMarks = {
  /** The conversation was opened by this user. */
  isRead: (conversation: string) => boolean;
  /** The turn (one with feedback) belongs to a conversation this user opened. */
  isTurnRead: (turn: string) => boolean;
  /** The fingerprints of the conversations opened, for a list's worker to compare rows with. */
  conversations: readonly string[];
};

const NO_READ_MARKS: ReadMarks = { isRead: () => false, isTurnRead: () => false, conversations: [] };

/** Lookups over one user's marks (built once per change, then constant time per row). */
export function readMarksOf(store: ReadMarkStore, user: string | null): ReadMarks {
  const entry = user === null ? undefined : store[fingerprint(user)];
  if (!entry || entry.marks.length === 0) return NO_READ_MARKS;
  const conversations = new Set(entry.marks.map((m) => m[0]));
  const turns = new Set(entry.marks.flatMap((m) => m.slice(1)));
  return {
    conversations: [...conversations],
    isRead: (conversation) => conversations.has(fingerprint(conversation)),
    isTurnRead: (turn) => turns.has(fingerprint(turn)),
  };
}

// ---------------------------------------------------------------- the browser's store

const listeners = new Set<() => void>();
/** The store as last parsed, and the text it was parsed from (storage stays the truth). */
let store: ReadMarkStore = {};
let parsedFrom: string | null = null;
let version = 0;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function current(): ReadMarkStore {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(KEY) ?? null;
  } catch {
    return store;
  }
  // Parsed again only when the stored text changed (here, in another tab, or cleared).
  if (raw !== parsedFrom) {
    store = parseReadMarks(raw);
    parsedFrom = raw;
  }
  return store;
}

function commit(next: ReadMarkStore): void {
  store = next;
  version += 1;
  try {
    const raw = JSON.stringify(next);
    storage()?.setItem(KEY, raw);
    parsedFrom = raw;
  } catch {
    // Storage full or unavailable: the marks hold for this page only.
  }
  listeners.forEach((listener) => listener());
}

// Another tab marked something: lists here re-read the marks.
function onStorage(event: StorageEvent): void {
  if (event.key !== KEY && event.key !== null) return;
  version += 1;
  listeners.forEach((listener) => listener());
}

export function subscribeReadMarks(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined')
      window.removeEventListener('storage', onStorage);
  };
}

/** Changes whenever any mark changes (here or in another tab). */
export function readMarksVersion(): number {
  return version;
}

export function currentReadMarks(user: string | null): ReadMarks {
  return readMarksOf(current(), user);
}

export function markRead(user: string, conversation: string, feedbackTurns: readonly string[] = []): void {
  commit(addReadMark(current(), user, conversation, feedbackTurns, Date.now()));
}

export function markUnread(user: string, conversation: string): void {
  commit(removeReadMark(current(), user, conversation));
}
