import type { Element, ElementContent, Root, RootContent } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { onSessionEnd } from '@/lib/session-scope';
import { splitMatches } from './find';
import { isAllowedUrl, normalizeUrl } from './safe-url';

/**
 * The markdown pipeline of assistant replies, shared by the renderer and by find-in-transcript:
 * each reply is parsed once into a prepared syntax tree (cached by its text), the renderer turns
 * that tree into React elements, and find counts matches in exactly the text nodes the renderer
 * highlights, so "3 of 17" is the number of <mark>s a reader would see, also for turns that are
 * not rendered (virtualised). A transcript's search warm-up therefore also prepares the trees
 * the list renders while scrolling.
 *
 * Raw HTML is never rendered: `raw` nodes become text (there is no rehype-raw here).
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });

/**
 * Enough for the longest transcripts (one or two markdown blocks per turn); beyond it the cache
 * starts over rather than grow without bound in a tab kept open all day.
 */
const TREE_CACHE_LIMIT = 8_000;
const treeCache = new Map<string, Root>();
const runCache = new Map<string, string[]>();

/** Only allow-listed URLs survive; the components show refused ones as text (see `dataOriginalUrl`). */
function markdownUrlTransform(url: string): string | undefined {
  return isAllowedUrl(url) ? normalizeUrl(url) : undefined;
}

/**
 * The reply as a hast tree ready to render: raw HTML as text, every URL attribute through the
 * allow-list (the original kept in `dataOriginalUrl` on links and images), no source positions.
 * Cached and shared: callers must not mutate it (`highlightTree` copies what it changes).
 */
export function markdownTree(content: string): Root {
  const cached = treeCache.get(content);
  if (cached) return cached;
  const tree = processor.runSync(processor.parse(content)) as Root;
  prepare(tree);
  if (treeCache.size >= TREE_CACHE_LIMIT) treeCache.clear();
  treeCache.set(content, tree);
  return tree;
}

function prepare(parent: Root | Element): void {
  delete parent.position;
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    delete node.position;
    if (node.type === 'raw') {
      children[i] = { type: 'text', value: node.value };
    } else if (node.type === 'element') {
      keepOriginalUrl(node);
      transformUrls(node);
      prepare(node);
    }
  }
}

/** Links and images keep their original URL, to show a refused one as text next to it. */
function keepOriginalUrl(node: Element): void {
  if (node.tagName === 'a' && node.properties.href !== undefined) {
    node.properties.dataOriginalUrl = String(node.properties.href);
  }
  if (node.tagName === 'img' && node.properties.src !== undefined) {
    node.properties.dataOriginalUrl = String(node.properties.src);
  }
}

/** Every URL-valued attribute (links, images, cites…) through the allow-list. */
function transformUrls(node: Element): void {
  for (const key of Object.keys(urlAttributes)) {
    if (!Object.hasOwn(node.properties, key)) continue;
    const tags = urlAttributes[key];
    if (tags === null || tags.includes(node.tagName)) {
      node.properties[key] = markdownUrlTransform(String(node.properties[key] ?? ''));
    }
  }
}

/** The text of every text node the renderer produces, in document order. */
export function markdownTextRuns(content: string): string[] {
  const cached = runCache.get(content);
  if (cached) return cached;
  const runs: string[] = [];
  const walk = (nodes: readonly (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type === 'text') runs.push(node.value);
      else if (node.type === 'element') walk(node.children);
    }
  };
  walk(markdownTree(content).children);
  if (runCache.size >= TREE_CACHE_LIMIT) runCache.clear();
  runCache.set(content, runs);
  return runs;
}

/**
 * The tree with each match of `pattern` in its text nodes wrapped in a `<mark data-find>`
 * element. Works on the syntax tree, never on HTML strings, and copies only the nodes on the
 * way to a match: the cached tree stays as it is.
 */
export function highlightTree(tree: Root, pattern: RegExp | null): Root {
  if (!pattern) return tree;
  const visit = <T extends Root | Element>(parent: T): T => {
    let changed = false;
    const next: (RootContent | ElementContent)[] = [];
    for (const node of parent.children) {
      if (node.type === 'text') {
        const parts = splitMatches(node.value, pattern);
        if (parts.length === 1 && !parts[0].match) {
          next.push(node);
          continue;
        }
        changed = true;
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
      } else if (node.type === 'element') {
        const copy = visit(node);
        if (copy !== node) changed = true;
        next.push(copy);
      } else {
        next.push(node);
      }
    }
    return changed ? ({ ...parent, children: next } as T) : parent;
  };
  return visit(tree);
}

/** Forgets every prepared reply; also when the session ends (visitors' text stays in no cache). */
export function clearMarkdownCache(): void {
  treeCache.clear();
  runCache.clear();
}
onSessionEnd(clearMarkdownCache);

/** For tests: how many replies are prepared. */
export function markdownCacheSize(): number {
  return treeCache.size;
}
