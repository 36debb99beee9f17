import { queryOptions } from '@tanstack/react-query';
import { turnFilterParams, type ApiGeneration } from '@/api/filters';
import { getPage, MAX_PAGE_SIZE } from '@/api/pagination';
import { feedbackSchema } from '@/api/schemas/feedback';
import { interactionSchema } from '@/api/schemas/interaction';
import { utcDay } from '@/lib/format/date';
import { scanNewestFirst } from '../utils/scan';

const TURNS = 'anonymous-chat-interactions/';
const FEEDBACK = 'anonymous-chat-feedbacks/';

/** Only what the panel reads of a turn (docs/api.md §3.1); the reply's blocks are not parsed. */
const turnItem = interactionSchema.pick({ uuid: true, session_id: true, created: true, feedback: true });
const feedbackItem = feedbackSchema.pick({ interaction_uuid: true, submitted_at: true });
export type NewTurn = ReturnType<typeof turnItem.parse>;

/**
 * How far before the last visit a turn can be and still get its judge verdict after it: the
 * nightly run judges a conversation at the first run at least 6 h after its last turn (so up to
 * 30 h later, docs/api.md §3.2.1), and a run takes up to an hour.
 */
export const JUDGE_LAG_MS = 32 * 60 * 60 * 1000;
/** The hallucination scan reads turns, not matches: at most two of the server's largest pages. */
const MAX_SCANNED_TURNS = 2 * MAX_PAGE_SIZE;

/**
 * Flags and votes arrive any minute: looked at again every 2 minutes while the tab is visible,
 * and when it comes back into view. Verdicts arrive with the nightly run, and their scan reads
 * whole pages of turns: every 10 minutes is plenty.
 */
const POLL = {
  staleTime: 60_000,
  refetchInterval: 2 * 60_000,
  refetchIntervalInBackground: false,
  refetchOnWindowFocus: true,
} as const;
const SLOW_POLL = { ...POLL, staleTime: 5 * 60_000, refetchInterval: 10 * 60_000 } as const;

const after = (value: string | null | undefined, since: number) => value != null && Date.parse(value) > since;

export const lastVisitQueries = {
  all: () => ['last-visit'] as const,

  /**
   * Flagged turns of one severity created after `since`: the turns list filtered by severity
   * from the visit's UTC day, newest first (docs/api.md §2.1), up to the first older turn.
   */
  flagged: (since: number, severity: 'high' | 'critical', generation: ApiGeneration) =>
    queryOptions({
      queryKey: [...lastVisitQueries.all(), 'flagged', severity, since, generation] as const,
      queryFn: ({ signal }) =>
        scanNewestFirst({
          fetchPage: (page) =>
            getPage(TURNS, turnItem, {
              page,
              pageSize: 100,
              params: {
                ...turnFilterParams({ severity, created_after: utcDay(since) }, generation),
                o: '-created',
              },
              signal,
            }),
          isBefore: (turn) => !after(turn.created, since),
        }),
      ...POLL,
    }),

  /**
   * Thumbs down with a comment submitted after `since`. With `score` set there are no judge-only
   * rows, so `-submitted_at` is a true newest-first order (docs/api.md §2.9).
   */
  comments: (since: number) =>
    queryOptions({
      queryKey: [...lastVisitQueries.all(), 'comments', since] as const,
      queryFn: ({ signal }) =>
        scanNewestFirst({
          fetchPage: (page) =>
            getPage(FEEDBACK, feedbackItem, {
              page,
              pageSize: 100,
              params: { score: -1, has_comment: true, submitted_from: utcDay(since), o: '-submitted_at' },
              signal,
            }),
          isBefore: (row) => !after(row.submitted_at, since),
        }),
      ...POLL,
    }),

  /**
   * Conversations in which the judge found a hallucination, judged after `since`. No endpoint can
   * filter or order by verdict: the feedback list has no hallucination filter and sorts
   * judge-only rows (no `submitted_at`) first in no defined order (docs/api.md §2.9). The turns
   * list is newest first and carries each turn's verdict, which sits on a conversation's last
   * turn: it is read back to `JUDGE_LAG_MS` before the visit, counting verdicts with
   * `llm_hallucination_detected` and `llm_reviewed_at` after it (docs/api.md §3.2.1). The
   * choice and what it misses are written down in docs/api.md §2.9.
   */
  hallucinations: (since: number, generation: ApiGeneration) =>
    queryOptions({
      queryKey: [...lastVisitQueries.all(), 'hallucinations', since, generation] as const,
      queryFn: ({ signal }) => {
        const from = since - JUDGE_LAG_MS;
        return scanNewestFirst({
          fetchPage: (page) =>
            getPage(TURNS, turnItem, {
              page,
              pageSize: MAX_PAGE_SIZE,
              params: { ...turnFilterParams({ created_after: utcDay(from) }, generation), o: '-created' },
              signal,
            }),
          isBefore: (turn) => !after(turn.created, from),
          matches: (turn) =>
            turn.feedback?.llm_hallucination_detected === true && after(turn.feedback.llm_reviewed_at, since),
          maxRows: MAX_SCANNED_TURNS,
        });
      },
      ...SLOW_POLL,
    }),
};
