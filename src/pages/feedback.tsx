import { PageHeader } from '@/components/ui/page-header';
import { FeedbackList } from '@/features/feedback/components/feedback-list';

export function FeedbackPage() {
  return (
    <>
      <PageHeader
        title="Feedback"
        documentTitle="Feedback"
        subtitle="Visitors’ thumbs votes and the nightly judge’s verdicts. Open a row to read the turn in its conversation."
      />
      <FeedbackList />
    </>
  );
}
