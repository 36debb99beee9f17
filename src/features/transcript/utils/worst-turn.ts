import type { Interaction } from '@/api/schemas/interaction';
import { severityRank } from '@/lib/severity';

/**
 * Where a flagged conversation opened from a list lands: its worst flagged turn (the highest
 * severity; the earliest of equals, where the trouble started). -1 when no turn is flagged.
 */
export function worstTurnIndex(turns: readonly Pick<Interaction, 'is_flagged' | 'severity'>[]): number {
  let best = -1;
  let bestRank = -1;
  turns.forEach((turn, index) => {
    if (!turn.is_flagged) return;
    const rank = severityRank(turn.severity);
    if (rank > bestRank) {
      best = index;
      bestRank = rank;
    }
  });
  return best;
}
