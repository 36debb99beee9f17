import { PageHeader } from '@/components/ui/page-header';
import { TurnsReview } from '@/features/interactions/components/turns-review';

export function InteractionsPage() {
  return (
    <>
      <PageHeader
        title="Turns review"
        documentTitle="Turns review"
        subtitle="Every visitor message with the assistant’s reply, newest first. Open a row to read it in its conversation."
      />
      <TurnsReview />
    </>
  );
}
