import { useMemo } from 'react';
import { useParams } from 'react-router';
import { ReviewBar } from '@/components/review/review-bar';
import { CONVERSATIONS } from '@/features/conversations/components/conversations-definition';
import { FEEDBACK } from '@/features/feedback/components/feedback-list';
import { TURNS } from '@/features/interactions/components/turns-review';
import { TranscriptView } from '@/features/transcript/components/transcript-view';
import { useReviewContext } from '@/hooks/use-review-context';
import { findTextFromSearch, type ReviewContext } from '@/lib/review-context';

/** The list the transcript was opened from, with its own definition (filters, sort, rows). */
function ListReviewBar({ context }: { context: ReviewContext }) {
  switch (context.list) {
    case 'conversations':
      return <ReviewBar definition={CONVERSATIONS} context={context} />;
    case 'turns':
      return <ReviewBar definition={TURNS} context={context} />;
    case 'feedback':
      return <ReviewBar definition={FEEDBACK} context={context} />;
  }
}

export function TranscriptPage() {
  const { sessionId = '' } = useParams();
  const context = useReviewContext();
  // Opened from a list, the transcript lands on the reason: the turn in the link (a turn or a
  // vote), else the list's search in the find box, else the worst flagged turn.
  const query = context ? new URLSearchParams(context.search).get('query') : null;
  const landing = useMemo(() => {
    if (!context) return undefined;
    const find = findTextFromSearch(query);
    return { find, worst: find === '' };
  }, [context, query]);
  return (
    <>
      {context && <ListReviewBar key={`${context.list}|${context.row}`} context={context} />}
      {/* A new conversation is a new page: find, selection and revealed IPs start fresh. */}
      <TranscriptView key={sessionId} sessionId={sessionId} landing={landing} />
    </>
  );
}
