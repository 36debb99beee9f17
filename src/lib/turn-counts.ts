import type { Interaction } from '@/api/schemas/interaction';

type CountedTurn = Pick<Interaction, 'is_flagged' | 'result_count' | 'feedback'>;

/** What the transcript and the visitor page count over turns: flagged ones, offerings shown, votes. */
export function countTurns(turns: readonly CountedTurn[]) {
  const counts = { flagged: 0, offeringsShown: 0, thumbsUp: 0, thumbsDown: 0 };
  for (const turn of turns) {
    if (turn.is_flagged) counts.flagged += 1;
    counts.offeringsShown += turn.result_count;
    if (turn.feedback?.score === 1) counts.thumbsUp += 1;
    if (turn.feedback?.score === -1) counts.thumbsDown += 1;
  }
  return counts;
}
