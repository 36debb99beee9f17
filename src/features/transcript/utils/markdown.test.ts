import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { compileQuery } from './find';
import {
  clearMarkdownCache,
  highlightTree,
  markdownCacheSize,
  markdownTextRuns,
  markdownTree,
} from './markdown';

const elements = (tree: Root | Element, tag: string): Element[] =>
  tree.children.flatMap((node) =>
    node.type === 'element' ? [...(node.tagName === tag ? [node] : []), ...elements(node, tag)] : [],
  );

describe('markdownTextRuns', () => {
  it('lists rendered text, not markdown syntax', () => {
    const runs = markdownTextRuns('Here are **GPU** options: [A100](/marketplace-public-offering/x/)');
    expect(runs.join('')).toContain('Here are GPU options: A100');
    expect(runs.join('')).not.toContain('**');
    expect(runs.join('')).not.toContain('marketplace-public-offering');
  });
  it('keeps raw HTML as the text it is shown as', () => {
    expect(markdownTextRuns('Hi <script>alert(1)</script>').join('')).toContain('<script>');
  });
});

describe('markdownTree', () => {
  it('turns raw HTML into text nodes, at any depth', () => {
    const tree = markdownTree('> quote <img src=x onerror=alert(1)>\n\n- item <b>bold</b>');
    const kinds = new Set<string>();
    const walk = (node: Root | Element) =>
      node.children.forEach((child) => {
        kinds.add(child.type);
        if (child.type === 'element') walk(child);
      });
    walk(tree);
    expect(kinds).not.toContain('raw');
    expect(elements(tree, 'img')).toEqual([]);
    expect(markdownTextRuns('> quote <img src=x onerror=alert(1)>').join('')).toContain('onerror=alert(1)');
  });

  it('drops refused URLs and keeps the original next to them', () => {
    const tree = markdownTree(
      '[bad](javascript:alert(1)) [good](https://example.org/a) ![x](https://img.example/p.png)',
    );
    const [bad, good] = elements(tree, 'a');
    expect(bad.properties.href).toBeUndefined();
    expect(bad.properties.dataOriginalUrl).toBe('javascript:alert(1)');
    expect(good.properties.href).toBe('https://example.org/a');
    expect(elements(tree, 'img')[0].properties.dataOriginalUrl).toBe('https://img.example/p.png');
  });

  it('parses each text once and keeps no source positions', () => {
    clearMarkdownCache();
    const first = markdownTree('Same *text*');
    expect(markdownTree('Same *text*')).toBe(first);
    expect(markdownCacheSize()).toBe(1);
    expect(JSON.stringify(first)).not.toContain('"position"');
    clearMarkdownCache();
    expect(markdownCacheSize()).toBe(0);
    expect(markdownTree('Same *text*')).not.toBe(first);
  });
});

describe('highlightTree', () => {
  it('wraps matches in mark elements and leaves the rest', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'gpu and GPU' }] },
      ],
    };
    const marked = highlightTree(tree, compileQuery('gpu'));
    const p = marked.children[0];
    expect(
      p.type === 'element' && p.children.map((c) => (c.type === 'element' ? `[${c.tagName}]` : c.type)),
    ).toEqual(['[mark]', 'text', '[mark]']);
  });

  it('leaves the shared tree as it was and returns it unchanged when nothing matches', () => {
    const tree = markdownTree('One **GPU** here\n\nand none here');
    const before = JSON.stringify(tree);
    const marked = highlightTree(tree, compileQuery('gpu'));
    expect(elements(marked, 'mark')).toHaveLength(1);
    expect(JSON.stringify(tree)).toBe(before);
    // The paragraph without a match is the same object, not a copy.
    expect(marked.children.at(-1)).toBe(tree.children.at(-1));
    expect(highlightTree(tree, compileQuery('tpu'))).toBe(tree);
    expect(highlightTree(tree, null)).toBe(tree);
  });
});
