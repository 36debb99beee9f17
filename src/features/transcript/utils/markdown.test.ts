import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { compileQuery } from './find';
import { markdownTextRuns, rehypeHighlight } from './markdown';

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

describe('rehypeHighlight', () => {
  it('wraps matches in mark elements and leaves the rest', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'gpu and GPU' }] },
      ],
    };
    rehypeHighlight({ pattern: compileQuery('gpu') })(tree);
    const p = tree.children[0];
    expect(
      p.type === 'element' && p.children.map((c) => (c.type === 'element' ? `[${c.tagName}]` : c.type)),
    ).toEqual(['[mark]', 'text', '[mark]']);
  });
});
