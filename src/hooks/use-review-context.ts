import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  loadReviewContext,
  parseReviewContext,
  REVIEW_PARAM,
  saveReviewContext,
  type ReviewContext,
} from '@/lib/review-context';
import { askOtherTabs } from '@/lib/tab-channel';

/** How long a tab opened from a list row waits for the list's tab to describe the list. */
const ASK_TIMEOUT_MS = 800;

/**
 * The list this page was opened from (`?from=`, src/lib/review-context.ts): from this tab's
 * storage, or, in a tab opened from a row with Ctrl or the middle button, from the tab that
 * has the list. `null` without one (a link someone shared, an expired record).
 */
export function useReviewContext(): ReviewContext | null {
  const [params] = useSearchParams();
  const id = params.get(REVIEW_PARAM);
  const stored = useMemo(() => (id ? loadReviewContext(id) : null), [id]);
  const [asked, setAsked] = useState<{ id: string; context: ReviewContext | null } | null>(null);
  useEffect(() => {
    if (!id || stored || asked?.id === id) return;
    let live = true;
    void askOtherTabs('review', id, ASK_TIMEOUT_MS).then((value) => {
      const context = parseReviewContext(value);
      if (context) saveReviewContext(context);
      if (live) setAsked({ id, context });
    });
    return () => {
      live = false;
    };
  }, [id, stored, asked]);
  if (!id) return null;
  return stored ?? (asked?.id === id ? asked.context : null);
}
