import { describe, expect, it } from 'vitest';
import { replyText } from './reply-text';

describe('replyText', () => {
  it('reads markdown, offering cards, forms and tool results as text', () => {
    expect(
      replyText([
        { key: 'markdown', content: 'Here are **GPU** offers:' },
        {
          key: 'tool',
          tool: { name: 'search_offerings' },
          result: { key: 'homeport_nav', content: 'Found 1', links: [{ label: 'LUMI-G', url: '/x/' }] },
        },
        { key: 'ask_user_form', questions: [{ question: 'Which site?', options: [{ label: 'Tartu' }] }] },
      ]),
    ).toBe('Here are **GPU** offers:\n\nFound 1\n\n- LUMI-G\n\nWhich site?\n\n- Tartu');
  });

  it('skips what it does not understand, and an empty reply is empty', () => {
    expect(replyText([null, 42, 'x', { key: 'vm_order', data: {} }, { key: 'markdown', content: 7 }])).toBe(
      '',
    );
    expect(replyText([])).toBe('');
  });
});
