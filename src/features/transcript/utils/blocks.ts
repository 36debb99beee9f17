import {
  askUserFormBlockSchema,
  codeBlockSchema,
  homeportNavBlockSchema,
  markdownBlockSchema,
  mermaidBlockSchema,
  toolBlockSchema,
  type AskUserFormBlock,
  type HomeportNavBlock,
  type ToolCall,
} from '@/api/schemas/blocks';

/**
 * One renderable piece of an assistant reply. `assistant_blocks` is stored raw by the server
 * (docs/api.md §3.7), so every block is validated here, one at a time: an unknown kind or a block
 * that fails its schema becomes a labelled raw block instead of breaking the transcript.
 */
export type FlatBlock =
  | { kind: 'markdown'; key: string; content: string }
  | { kind: 'code'; key: string; content: string; language: string }
  | { kind: 'mermaid'; key: string; content: string }
  | { kind: 'nav'; key: string; block: HomeportNavBlock }
  | { kind: 'form'; key: string; block: AskUserFormBlock }
  | { kind: 'tool-call'; key: string; call: ToolCall; raw: unknown }
  | { kind: 'raw'; key: string; reason: 'unknown-kind' | 'malformed'; label: string; value: unknown };

/** Tool results can nest; beyond this depth the rest is shown raw. */
const MAX_DEPTH = 4;

export function flattenBlocks(blocks: readonly unknown[]): FlatBlock[] {
  const out: FlatBlock[] = [];
  blocks.forEach((block, index) => flattenOne(block, String(index), 0, out));
  return out;
}

function flattenOne(block: unknown, key: string, depth: number, out: FlatBlock[]): void {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) {
    out.push({
      kind: 'raw',
      key,
      reason: 'malformed',
      label: 'Malformed block (not an object)',
      value: block,
    });
    return;
  }
  const kind = (block as { key?: unknown }).key;
  if (typeof kind !== 'string') {
    out.push({ kind: 'raw', key, reason: 'malformed', label: 'Malformed block (no kind)', value: block });
    return;
  }
  const malformed = () =>
    out.push({ kind: 'raw', key, reason: 'malformed', label: `Malformed ${kind} block`, value: block });

  switch (kind) {
    case 'markdown': {
      const parsed = markdownBlockSchema.safeParse(block);
      if (!parsed.success) return void malformed();
      // Tools without a UI leave an empty markdown result behind; it has nothing to show.
      if (parsed.data.content.trim() !== '')
        out.push({ kind: 'markdown', key, content: parsed.data.content });
      return;
    }
    case 'code': {
      const parsed = codeBlockSchema.safeParse(block);
      if (!parsed.success) return void malformed();
      out.push({ kind: 'code', key, content: parsed.data.content, language: parsed.data.tag ?? '' });
      return;
    }
    case 'mermaid': {
      const parsed = mermaidBlockSchema.safeParse(block);
      if (!parsed.success) return void malformed();
      out.push({ kind: 'mermaid', key, content: parsed.data.content });
      return;
    }
    case 'homeport_nav': {
      const parsed = homeportNavBlockSchema.safeParse(block);
      if (!parsed.success) return void malformed();
      out.push({ kind: 'nav', key, block: parsed.data });
      return;
    }
    case 'ask_user_form': {
      const parsed = askUserFormBlockSchema.safeParse(block);
      if (!parsed.success) return void malformed();
      out.push({ kind: 'form', key, block: parsed.data });
      return;
    }
    case 'tool': {
      const parsed = toolBlockSchema.safeParse(block);
      if (!parsed.success) return void malformed();
      // The call stays (for the inspector); its result is lifted out as a sibling.
      const { result, ...call } = block as Record<string, unknown>;
      out.push({ kind: 'tool-call', key, call: parsed.data.tool, raw: call });
      if (result === undefined || result === null) return;
      if (depth >= MAX_DEPTH) {
        out.push({
          kind: 'raw',
          key: `${key}.r`,
          reason: 'malformed',
          label: 'Tool result nested too deeply',
          value: result,
        });
        return;
      }
      flattenOne(result, `${key}.r`, depth + 1, out);
      return;
    }
    default:
      out.push({
        kind: 'raw',
        key,
        reason: 'unknown-kind',
        label: `Unknown block kind “${kind}”`,
        value: block,
      });
  }
}

/** JSON for display as text; never throws. */
export function toJsonText(value: unknown): string {
  try {
    const text = JSON.stringify(value, null, 2);
    return text === undefined ? String(value) : text;
  } catch {
    return String(value);
  }
}
