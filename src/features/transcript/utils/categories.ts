import { humanizeSlug } from '@/lib/format/text';

export type CategoryCount = { category: string; label: string; count: number };

/**
 * `injection_categories` holds one entry per matched pattern and may repeat (docs/api.md §3.1):
 * show each category once with its count, most frequent first, then in order of appearance.
 */
export function countCategories(values: readonly string[]): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const raw of values) {
    const category = raw.trim();
    if (!category) continue;
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([category, count], order) => ({ category, label: categoryLabel(category), count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ category, label, count }) => ({ category, label, count }));
}

/** `pii_phone_e164` → `Phone e164`, `instruction_override` → `Instruction override`. */
export function categoryLabel(category: string): string {
  return humanizeSlug(category.replace(/^pii_/, ''));
}

const ACTIONS: Record<string, { label: string; tone: 'neutral' | 'accent' | 'warn' | 'bad' }> = {
  allow: { label: 'Allowed', tone: 'neutral' },
  flag: { label: 'Flagged', tone: 'accent' },
  warn: { label: 'Warned', tone: 'warn' },
  redact: { label: 'Redacted', tone: 'warn' },
  block: { label: 'Blocked', tone: 'bad' },
};

/** The guard's action as a word; unknown actions are shown as they came. */
export function actionLabel(action: string): { label: string; tone: 'neutral' | 'accent' | 'warn' | 'bad' } {
  return Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : { label: humanizeSlug(action), tone: 'neutral' };
}

/**
 * What stands in for a reply that has no blocks: a message the guard blocked never reached the
 * assistant (docs/api.md §3.2), anything else means the stream failed before any content.
 */
export function missingReplyText(turn: { action_taken: string }): string {
  return turn.action_taken.trim().toLowerCase() === 'block'
    ? 'No reply: the guard blocked this message, so the assistant never answered.'
    : 'No reply was stored (the stream failed before any content).';
}
