import type { Element, ElementContent, Root, RootContent } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { splitMatches } from './find';

/**
 * The markdown pipeline of assistant replies, shared by the renderer and by find-in-transcript.
 * Find counts matches in exactly the text nodes the renderer highlights, so "3 of 17" is the
 * number of <mark>s a reader would see, also for turns that are not rendered (virtualised).
 *
 * Raw HTML is never rendered: react-markdown turns `raw` nodes into text (no rehype-raw here).
 */
export const remarkPlugins = [remarkGfm];

const textProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true });

const RUN_CACHE_LIMIT = 20_000;
const runCache = new Map<string, string[]>();

/** The text of every text (and raw HTML) node the renderer would produce, in document order. */
export function markdownTextRuns(content: string): string[] {
  const cached = runCache.get(content);
  if (cached) return cached;
  const tree = textProcessor.runSync(textProcessor.parse(content)) as Root;
  const runs: string[] = [];
  const walk = (nodes: readonly (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'raw') runs.push(node.value);
      else if (node.type === 'element') walk(node.children);
    }
  };
  walk(tree.children);
  if (runCache.size >= RUN_CACHE_LIMIT) runCache.clear();
  runCache.set(content, runs);
  return runs;
}

/**
 * rehype plugin: wraps each match of `pattern` in text nodes in a `<mark data-find>` element.
 * It works on the syntax tree, never on HTML strings. Raw HTML nodes are treated as the text
 * they will be shown as.
 */
export function rehypeHighlight(options: { pattern: RegExp | null }) {
  const { pattern } = options;
  return (tree: Root) => {
    if (!pattern) return;
    const visit = (parent: Root | Element) => {
      const next: (RootContent | ElementContent)[] = [];
      for (const node of parent.children) {
        if (node.type === 'text' || node.type === 'raw') {
          const parts = splitMatches(node.value, pattern);
          if (parts.length === 1 && !parts[0].match) {
            next.push(node);
            continue;
          }
          for (const part of parts) {
            next.push(
              part.match
                ? {
                    type: 'element',
                    tagName: 'mark',
                    properties: { dataFind: '' },
                    children: [{ type: 'text', value: part.text }],
                  }
                : { type: 'text', value: part.text },
            );
          }
        } else {
          if (node.type === 'element') visit(node);
          next.push(node);
        }
      }
      parent.children = next as typeof parent.children;
    };
    visit(tree);
  };
}

/**
 * rehype plugin: keeps each link's and image's original URL next to it, because react-markdown
 * drops a URL that `urlTransform` refuses and we still want to show it as text.
 */
export function rehypeKeepOriginalUrl() {
  return (tree: Root) => {
    const visit = (nodes: readonly (RootContent | ElementContent)[]) => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        if (node.tagName === 'a' && node.properties.href !== undefined) {
          node.properties.dataOriginalUrl = String(node.properties.href);
        }
        if (node.tagName === 'img' && node.properties.src !== undefined) {
          node.properties.dataOriginalUrl = String(node.properties.src);
        }
        visit(node.children);
      }
    };
    visit(tree.children);
  };
}
