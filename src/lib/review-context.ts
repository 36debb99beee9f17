import { fingerprint } from './hash';
import { answerOtherTabs } from './tab-channel';

/**
 * The review flow's list context: which list a transcript was opened from (its filters, sort
 * and page, as that list's URL holds them) and which row. The transcript's URL carries only a
 * short id (`?from=…`, a fingerprint that says nothing by itself); the record lives in this
 * tab's sessionStorage, so reload and Back keep it, and a new tab opened from a row asks the
 * tab it came from for it (src/lib/tab-channel.ts). Nothing in it is secret: it is a list's
 * address, which staff paste to each other anyway, kept out of the transcript's URL so that a
 * copied link stays short and clean.
 */

/** The lists a transcript can be reviewed from, one after another. */
export type ReviewList = 'conversations' | 'turns' | 'feedback';

export type ReviewContext = {
  list: ReviewList;
  /** The list's search string (`o=-max_severity&page=2&is_flagged=true`), without `?`. */
  search: string;
  /** The row's id in that list: a conversation id, a turn uuid, the voted turn's uuid. */
  row: string;
};

/** The transcript URL's key for the context id. */
export const REVIEW_PARAM = 'from';

const LISTS: readonly ReviewList[] = ['conversations', 'turns', 'feedback'];
const STORE_KEY = 'waa.review';
/** Records kept per tab: enough for a long review session, small enough to never matter. */
const MAX_RECORDS = 60;
/** A record older than this is forgotten: a day's review, not a history. */
const TTL_MS = 24 * 60 * 60_000;

/** Keys of the list URL that are not the list's own state. */
const FOREIGN_KEYS = [REVIEW_PARAM, 'turn'];

/** The list's search string as the context keeps it: without `?` and without our own keys. */
export function listSearch(search: string | URLSearchParams): string {
  const params = new URLSearchParams(search);
  for (const key of FOREIGN_KEYS) params.delete(key);
  return params.toString();
}

/** The same context always gets the same id, so a row's link can carry it before any click. */
export function reviewId(context: ReviewContext): string {
  return fingerprint(`${context.list}\n${listSearch(context.search)}\n${context.row}`);
}

function splitHref(href: string): [string, string] {
  const at = href.indexOf('?');
  return at < 0 ? [href, ''] : [href.slice(0, at), href.slice(at + 1)];
}

/** `href` with the context id added (`/sessions/abc?turn=x` → `/sessions/abc?turn=x&from=id`). */
export function withReview(href: string, id: string): string {
  const [path, query] = splitHref(href);
  const params = new URLSearchParams(query);
  params.set(REVIEW_PARAM, id);
  return `${path}?${params.toString()}`;
}

/** `href` without the context id: what "Copy link" and exports hand to someone else. */
export function withoutReview(href: string): string {
  const [path, query] = splitHref(href);
  if (query === '') return href;
  const params = new URLSearchParams(query);
  params.delete(REVIEW_PARAM);
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}

type Stored = ReviewContext & { id: string; at: number };

function isContext(value: unknown): value is Stored {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.at === 'number' &&
    typeof v.search === 'string' &&
    typeof v.row === 'string' &&
    LISTS.includes(v.list as ReviewList)
  );
}

function readAll(storage: Storage | null, now: number): Stored[] {
  try {
    const raw = storage?.getItem(STORE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isContext).filter((r) => now - r.at <= TTL_MS) : [];
  } catch {
    return [];
  }
}

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Keeps the context for this tab and returns its id; the newest records win when full. */
export function saveReviewContext(
  context: ReviewContext,
  { storage = session(), now = Date.now() }: { storage?: Storage | null; now?: number } = {},
): string {
  const clean: ReviewContext = { list: context.list, search: listSearch(context.search), row: context.row };
  const id = reviewId(clean);
  const records = readAll(storage, now).filter((r) => r.id !== id);
  records.push({ ...clean, id, at: now });
  try {
    storage?.setItem(STORE_KEY, JSON.stringify(records.slice(-MAX_RECORDS)));
  } catch {
    // Storage full or unavailable: the transcript simply opens without its list.
  }
  return id;
}

export function loadReviewContext(
  id: string,
  { storage = session(), now = Date.now() }: { storage?: Storage | null; now?: number } = {},
): ReviewContext | null {
  const found = readAll(storage, now).find((r) => r.id === id);
  return found ? { list: found.list, search: found.search, row: found.row } : null;
}

/** This tab describes its lists to tabs opened from their rows (src/hooks/use-review-context.ts). */
export function shareReviewContexts(): () => void {
  return answerOtherTabs('review', (id) => loadReviewContext(id));
}

/** A context another tab sent: checked like a stored one before it is kept. */
export function parseReviewContext(value: unknown): ReviewContext | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.search !== 'string' || typeof v.row !== 'string') return null;
  if (!LISTS.includes(v.list as ReviewList)) return null;
  return { list: v.list as ReviewList, search: v.search, row: v.row };
}

// ------------------------------------------------------------------ neighbours in a list

export type Step = 1 | -1;

/**
 * Where the row `step` away is in a server-paged list: on this page, on the page before (its
 * last row) or after (its first row), or nowhere (the list's end, or `row` not on this page).
 */
export type PagedNeighbour =
  { where: 'here'; index: number } | { where: 'page'; page: number; pick: 'first' | 'last' } | null;

export function pagedNeighbour(
  { ids, page, pageSize, total }: { ids: readonly string[]; page: number; pageSize: number; total: number },
  row: string,
  step: Step,
): PagedNeighbour {
  const index = ids.indexOf(row);
  if (index < 0) return null;
  const next = index + step;
  if (next >= 0 && next < ids.length) return { where: 'here', index: next };
  if (step === -1) return page > 1 ? { where: 'page', page: page - 1, pick: 'last' } : null;
  const absolute = (page - 1) * pageSize + next;
  return absolute < total ? { where: 'page', page: page + 1, pick: 'first' } : null;
}

/** The page (1-based) that shows the row at `index` (0-based) of a list. */
export function pageOfIndex(index: number, pageSize: number): number {
  return Math.floor(Math.max(0, index) / pageSize) + 1;
}

/**
 * What the transcript's find box starts with when the list was a search: the server's query is
 * a web search (quoted phrases, `or`, `-word`, stemming; docs/api.md §2.1), find is literal, so
 * the first quoted phrase, else the first word that is not `or` or excluded.
 */
export function findTextFromSearch(query: string | null | undefined): string {
  const text = (query ?? '').trim();
  if (!text) return '';
  const phrase = /"([^"]+)"/.exec(text)?.[1]?.trim();
  if (phrase) return phrase;
  const word = text
    .replaceAll('"', ' ')
    .split(/\s+/)
    .find((w) => w !== '' && !w.startsWith('-') && w.toLowerCase() !== 'or');
  return word ?? '';
}
