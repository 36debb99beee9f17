/**
 * A reply's text for an export cell: what the assistant said, block by block (markdown as
 * written, offering cards by their labels, a form's questions and options, a tool's result), as
 * plain text. Read loosely: blocks are untrusted (docs/api.md §3.7), so anything unexpected is
 * skipped, never thrown.
 */
export function replyText(blocks: readonly unknown[]): string {
  return blocks.flatMap(blockText).filter(Boolean).join('\n\n');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function blockText(block: unknown): string[] {
  if (!block || typeof block !== 'object') return [];
  const b = block as Record<string, unknown>;
  switch (b.key) {
    case 'markdown':
    case 'code':
    case 'mermaid':
      return [text(b.content)];
    case 'homeport_nav':
      return [
        text(b.content),
        ...list(b.links).map((link) => `- ${text((link as Record<string, unknown> | null)?.label)}`),
      ];
    case 'ask_user_form':
      return [
        text(b.context),
        ...list(b.questions).flatMap((q) => {
          const question = (q ?? {}) as Record<string, unknown>;
          return [
            text(question.question),
            ...list(question.options).map((o) => `- ${text((o as Record<string, unknown> | null)?.label)}`),
          ];
        }),
      ];
    case 'tool':
      return blockText(b.result);
    default:
      return [];
  }
}
