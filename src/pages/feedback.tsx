import { NotBuilt } from './not-built';

export function FeedbackPage() {
  return <NotBuilt title="Feedback" what="visitor feedback and judge verdicts" />;
}
