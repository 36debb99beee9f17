import { describe, expect, it } from 'vitest';
import { flattenBlocks, toJsonText } from './blocks';

const nav = {
  id: 'blk_1',
  key: 'homeport_nav',
  status: 'complete',
  content: "Found 1 offering(s) matching 'GPU'.",
  links: [
    {
      label: 'A100 partition',
      url: '/marketplace-public-offering/9f1c/',
      variant: 'primary',
      subtitle: 'HPC X',
    },
  ],
};
const tool = {
  id: 'blk_0',
  key: 'tool',
  status: 'complete',
  tool: { call_id: 'call_1', name: 'search_offerings', arguments: { keyword: 'GPU' }, summary: 'Found 1.' },
  result: nav,
};

describe('flattenBlocks', () => {
  it('lifts a tool result out as a sibling and keeps the call (without the result) for the inspector', () => {
    const flat = flattenBlocks([
      tool,
      { id: 'blk_2', key: 'markdown', status: 'complete', content: 'Here are GPU options' },
    ]);
    expect(flat.map((b) => b.kind)).toEqual(['tool-call', 'nav', 'markdown']);
    const call = flat[0];
    expect(call.kind === 'tool-call' && call.call).toEqual(tool.tool);
    expect(call.kind === 'tool-call' && call.raw).toEqual({
      id: 'blk_0',
      key: 'tool',
      status: 'complete',
      tool: tool.tool,
    });
    expect(flat[1].kind === 'nav' && flat[1].block.links[0].label).toBe('A100 partition');
  });

  it('drops the empty markdown result of tools without a UI', () => {
    const flat = flattenBlocks([
      { key: 'tool', tool: { name: 'list_categories' }, result: { key: 'markdown', content: '' } },
    ]);
    expect(flat.map((b) => b.kind)).toEqual(['tool-call']);
  });

  it('turns unknown kinds into labelled raw blocks', () => {
    const block = { key: 'vm_order', status: 'complete', payload: { cpu: 4 } };
    expect(flattenBlocks([block])).toEqual([
      { kind: 'raw', key: '0', reason: 'unknown-kind', label: 'Unknown block kind “vm_order”', value: block },
    ]);
  });

  it.each([
    [null, 'Malformed block (not an object)'],
    ['just a string', 'Malformed block (not an object)'],
    [[1, 2], 'Malformed block (not an object)'],
    [{ content: 'no key' }, 'Malformed block (no kind)'],
    [{ key: 42 }, 'Malformed block (no kind)'],
    [{ key: 'markdown', content: 42 }, 'Malformed markdown block'],
    [{ key: 'homeport_nav', links: 'nope' }, 'Malformed homeport_nav block'],
    [{ key: 'ask_user_form', questions: [{ options: [] }] }, 'Malformed ask_user_form block'],
    [{ key: 'tool', result: { key: 'markdown', content: 'x' } }, 'Malformed tool block'],
    [{ key: 'code' }, 'Malformed code block'],
  ])('labels %j as raw: %s', (block, label) => {
    const [flat] = flattenBlocks([block]);
    expect(flat).toMatchObject({ kind: 'raw', reason: 'malformed', label });
  });

  it('keeps a malformed tool result raw but still shows the call', () => {
    const flat = flattenBlocks([{ key: 'tool', tool: { name: 'get_offering' }, result: 'oops' }]);
    expect(flat.map((b) => b.kind)).toEqual(['tool-call', 'raw']);
  });

  it('reads code, mermaid and form blocks', () => {
    const flat = flattenBlocks([
      { key: 'code', content: 'print(1)', tag: 'python' },
      { key: 'mermaid', content: 'graph TD; A-->B' },
      {
        key: 'ask_user_form',
        questions: [{ id: 'q1', question: 'Which GPU?', options: [{ label: 'A100' }] }],
      },
    ]);
    expect(flat).toMatchObject([
      { kind: 'code', content: 'print(1)', language: 'python' },
      { kind: 'mermaid', content: 'graph TD; A-->B' },
      { kind: 'form', block: { questions: [{ question: 'Which GPU?' }] } },
    ]);
  });

  it('stops following tool results nested too deeply', () => {
    let block: unknown = { key: 'markdown', content: 'deep' };
    for (let i = 0; i < 10; i += 1) block = { key: 'tool', tool: { name: `t${i}` }, result: block };
    const flat = flattenBlocks([block]);
    expect(flat.at(-1)).toMatchObject({ kind: 'raw', label: 'Tool result nested too deeply' });
  });

  it('gives every block a unique key', () => {
    const flat = flattenBlocks([tool, tool, { key: 'markdown', content: 'x' }]);
    expect(new Set(flat.map((b) => b.key)).size).toBe(flat.length);
  });
});

describe('toJsonText', () => {
  it('never throws', () => {
    expect(toJsonText(undefined)).toBe('undefined');
    expect(toJsonText({ a: 1 })).toBe('{\n  "a": 1\n}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(toJsonText(cyclic)).toBe('[object Object]');
  });
});
