/** A visitor's vote on a reply (docs/glossary.md "Feedback"): `1` thumbs up, `-1` thumbs down. */
export const VOTE_LABEL = { up: 'Thumbs up', down: 'Thumbs down' } as const;

/** A vote in CSV files: `up`, `down`, or empty. */
export function voteWord(score: number | null | undefined): string {
  return score === 1 ? 'up' : score === -1 ? 'down' : '';
}
