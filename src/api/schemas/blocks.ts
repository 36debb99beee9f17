import { z } from 'zod';

/** assistant_blocks kinds (docs/api.md §3.7). Validated one block at a time at render. */
const base = { id: z.string().optional(), status: z.string().optional() };

export const markdownBlockSchema = z.object({ ...base, key: z.literal('markdown'), content: z.string() });
export const codeBlockSchema = z.object({
  ...base,
  key: z.literal('code'),
  content: z.string(),
  tag: z.string().optional(),
});
export const mermaidBlockSchema = z.object({ ...base, key: z.literal('mermaid'), content: z.string() });

const navLinkSchema = z.object({
  label: z.string(),
  url: z.string(),
  variant: z.string().optional(),
  subtitle: z.string().optional(),
  description_excerpt: z.string().optional(),
});
export const homeportNavBlockSchema = z.object({
  ...base,
  key: z.literal('homeport_nav'),
  links: z.array(navLinkSchema),
  content: z.string().optional(),
});

const formOptionSchema = z.object({
  id: z.string().optional(),
  label: z.string(),
  description: z.string().optional(),
  value: z.unknown().optional(),
});
const formQuestionSchema = z.object({
  id: z.string().optional(),
  question: z.string(),
  options: z.array(formOptionSchema).optional(),
  multiSelect: z.boolean().optional(),
  header: z.string().optional(),
  allowFreeText: z.boolean().optional(),
});
export const askUserFormBlockSchema = z.object({
  ...base,
  key: z.literal('ask_user_form'),
  questions: z.array(formQuestionSchema),
  context: z.string().optional(),
});

const toolCallSchema = z.object({
  call_id: z.string().optional(),
  name: z.string(),
  arguments: z.unknown().optional(),
  summary: z.string().optional(),
});
export const toolBlockSchema = z.object({
  ...base,
  key: z.literal('tool'),
  tool: toolCallSchema,
  result: z.unknown().optional(),
});

export type HomeportNavBlock = z.infer<typeof homeportNavBlockSchema>;
export type AskUserFormBlock = z.infer<typeof askUserFormBlockSchema>;
export type ToolCall = z.infer<typeof toolCallSchema>;

export const knownBlockSchema = z.discriminatedUnion('key', [
  markdownBlockSchema,
  codeBlockSchema,
  mermaidBlockSchema,
  homeportNavBlockSchema,
  askUserFormBlockSchema,
  toolBlockSchema,
]);
