import type { Interaction } from '@/api/schemas/interaction';
import { flattenBlocks, toJsonText, type FlatBlock } from './blocks';
import { markdownTextRuns } from './markdown';

/** Turn objects come from the query cache and are stable, so derived data is cached per object. */
const flatCache = new WeakMap<Interaction, FlatBlock[]>();

export function turnBlocks(turn: Interaction): FlatBlock[] {
  let blocks = flatCache.get(turn);
  if (!blocks) {
    blocks = flattenBlocks(turn.assistant_blocks);
    flatCache.set(turn, blocks);
  }
  return blocks;
}

/** The text shown for a raw (unknown or malformed) block. */
export function rawBlockText(value: unknown): string {
  return toJsonText(value);
}

/**
 * Searchable texts of one block, in the order its component renders them with highlights.
 * Keep in step with components/blocks/*: a text listed here must be highlighted there.
 */
function blockSearchTexts(block: FlatBlock): string[] {
  switch (block.kind) {
    case 'markdown':
      return markdownTextRuns(block.content);
    case 'code':
    case 'mermaid':
      return [block.content];
    case 'nav':
      return [
        block.block.content ?? '',
        ...block.block.links.flatMap((link) => [
          link.label,
          link.subtitle ?? '',
          link.description_excerpt ?? '',
        ]),
      ];
    case 'form':
      return [
        block.block.context ?? '',
        ...block.block.questions.flatMap((q) => [
          q.header ?? '',
          q.question,
          ...(q.options ?? []).flatMap((o) => [o.label, o.description ?? '']),
        ]),
      ];
    case 'tool-call':
      return [];
    case 'raw':
      return [rawBlockText(block.value)];
  }
}

const textCache = new WeakMap<Interaction, string[]>();

/**
 * Searchable texts of a turn in render order: the warning (with the badges at the start), the
 * visitor's message, the reply's blocks, the visitor's feedback comment.
 */
export function turnSearchTexts(turn: Interaction): string[] {
  let texts = textCache.get(turn);
  if (!texts) {
    texts = [
      turn.warning,
      turn.user_input,
      ...turnBlocks(turn).flatMap(blockSearchTexts),
      turn.feedback?.comment ?? '',
    ].filter((text) => text !== '');
    textCache.set(turn, texts);
  }
  return texts;
}
