import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setConfig } from '@/lib/config';
import { renderWithProviders } from '@/test/render';
import { makeTurn } from '@mocks/factories/turn';
import { AssistantReply } from './assistant-reply';

function renderBlocks(blocks: unknown[], pattern: RegExp | null = null) {
  return renderWithProviders(
    <AssistantReply turn={makeTurn({ assistant_blocks: blocks })} pattern={pattern} />,
  );
}

beforeEach(() => setConfig({ homeportUrl: 'https://homeport.example.org' }));
afterEach(() => setConfig({ homeportUrl: '' }));

describe('markdown blocks', () => {
  it('renders GFM markdown with safe links that open in a new tab', () => {
    renderBlocks([
      {
        key: 'markdown',
        content:
          '## Options\n\nHere are **GPU** options: [A100](/marketplace-public-offering/abc/) and [docs](https://docs.example.org).\n\n| a | b |\n|---|---|\n| 1 | 2 |',
      },
    ]);
    expect(screen.getByText('GPU').tagName).toBe('STRONG');
    const offering = screen.getByRole('link', { name: /A100/ });
    expect(offering).toHaveAttribute('href', 'https://homeport.example.org/marketplace-public-offering/abc/');
    expect(offering).toHaveAttribute('target', '_blank');
    expect(offering).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: /docs/ })).toHaveAttribute('href', 'https://docs.example.org');
    expect(screen.getByRole('table')).toBeInTheDocument();
    // Reply headings sit under the turn's h3.
    expect(screen.getByRole('heading', { name: 'Options' }).tagName).toBe('H5');
  });

  it('shows refused links as text with their URL', () => {
    const { container } = renderBlocks([
      { key: 'markdown', content: '[click me](javascript:alert(1)) and <javascript:alert(2)>' },
    ]);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('click me')).toBeInTheDocument();
    expect(screen.getByText('(javascript:alert(1))')).toBeInTheDocument();
    expect(container.querySelector('[href^="javascript"]')).toBeNull();
  });

  it('never loads images: alt text and URL as text', () => {
    const { container } = renderBlocks([
      { key: 'markdown', content: '![tracking pixel](https://evil.example/p.png)' },
    ]);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/Image: tracking pixel/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /https:\/\/evil\.example\/p\.png/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });

  it('shows raw HTML as text', () => {
    const { container } = renderBlocks([
      { key: 'markdown', content: 'Hi <b onclick="x()">bold</b> <script>alert(1)</script>' },
    ]);
    expect(container.querySelector('b, script')).toBeNull();
    expect(container.textContent).toContain('<b onclick="x()">');
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('highlights find matches in rendered text only', () => {
    const { container } = renderBlocks(
      [{ key: 'markdown', content: 'GPU **gpu** [gpu link](/x/)' }],
      /gpu/giu,
    );
    expect([...container.querySelectorAll('mark[data-find]')].map((m) => m.textContent)).toEqual([
      'GPU',
      'gpu',
      'gpu',
    ]);
  });
});

describe('homeport_nav blocks', () => {
  it('renders offering cards linking to HomePort', () => {
    renderBlocks([
      {
        key: 'homeport_nav',
        content: 'Found 2 offerings.',
        links: [
          {
            label: 'A100 partition',
            url: '/marketplace-public-offering/9f1c/',
            variant: 'primary',
            subtitle: 'HPC Centre X',
            description_excerpt: 'Eight A100 GPUs per node.',
          },
          { label: 'Sneaky', url: 'javascript:alert(1)' },
        ],
      },
    ]);
    const list = screen.getByRole('list', { name: 'Offerings shown' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    const link = within(cards[0]).getByRole('link', { name: /A100 partition/ });
    expect(link).toHaveAttribute('href', 'https://homeport.example.org/marketplace-public-offering/9f1c/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(cards[0]).getByText('HPC Centre X')).toBeInTheDocument();
    expect(within(cards[0]).getByText('Eight A100 GPUs per node.')).toBeInTheDocument();
    expect(within(cards[1]).queryByRole('link')).toBeNull();
    expect(within(cards[1]).getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(screen.getByText('Found 2 offerings.')).toBeInTheDocument();
  });
});

describe('ask_user_form blocks', () => {
  it('shows the questions and options read-only', () => {
    const { container } = renderBlocks([
      {
        key: 'ask_user_form',
        context: 'To narrow it down:',
        questions: [
          {
            id: 'q1',
            header: 'GPU',
            question: 'Which GPU do you need?',
            options: [
              { id: 'a', label: 'A100', description: 'Large models' },
              { id: 'b', label: 'V100' },
            ],
            allowFreeText: true,
          },
          {
            id: 'q2',
            question: 'How many hours?',
            multiSelect: true,
            options: [{ label: '< 100' }, { label: '100+' }],
          },
        ],
      },
    ]);
    expect(screen.getByText('Asked the visitor')).toBeInTheDocument();
    const q1 = screen.getByRole('group', { name: 'Question: Which GPU do you need?' });
    expect(within(q1).getByText('A100')).toBeInTheDocument();
    expect(within(q1).getByText(/Large models/)).toBeInTheDocument();
    expect(within(q1).getByText('One answer · free text allowed')).toBeInTheDocument();
    expect(screen.getByText('Several answers allowed')).toBeInTheDocument();
    expect(container.querySelector('input, button, select, textarea')).toBeNull();
  });
});

describe('tool blocks', () => {
  it('renders the result and keeps the call in a details inspector', () => {
    const { container } = renderBlocks([
      {
        id: 'blk_0',
        key: 'tool',
        status: 'complete',
        tool: {
          call_id: 'call_1',
          name: 'search_offerings',
          arguments: { keyword: 'GPU' },
          summary: 'Found 1 offering.',
        },
        result: {
          key: 'homeport_nav',
          links: [{ label: 'A100 partition', url: '/marketplace-public-offering/x/' }],
        },
      },
    ]);
    const details = container.querySelector('details');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    expect(within(details as HTMLElement).getByText('search_offerings')).toBeInTheDocument();
    expect(within(details as HTMLElement).getAllByText(/"keyword": "GPU"/)).toHaveLength(2);
    expect(screen.getByRole('link', { name: /A100 partition/ })).toBeInTheDocument();
  });
});

describe('code and mermaid blocks', () => {
  it('shows code as text with its language, mermaid as source', () => {
    const { container } = renderBlocks([
      { key: 'code', content: 'print("<b>hi</b>")', tag: 'python' },
      { key: 'mermaid', content: 'graph TD; A-->B' },
    ]);
    expect(screen.getByText('Code · python')).toBeInTheDocument();
    expect(screen.getByText('print("<b>hi</b>")')).toBeInTheDocument();
    expect(screen.getByText('Mermaid diagram (source)')).toBeInTheDocument();
    expect(screen.getByText('graph TD; A-->B')).toBeInTheDocument();
    expect(container.querySelector('svg, b')).toBeNull();
  });
});

describe('unknown and malformed blocks', () => {
  it('labels an unknown kind and shows it as JSON text', () => {
    renderBlocks([{ key: 'vm_order', status: 'complete', flavor: '<img src=x onerror=alert(1)>' }]);
    const raw = screen.getByRole('group', { name: 'Unknown block kind “vm_order”' });
    expect(raw).toHaveTextContent('"flavor": "<img src=x onerror=alert(1)>"');
  });

  it.each([
    [null, 'Malformed block (not an object)'],
    [{ key: 'markdown', content: { html: '<b>x</b>' } }, 'Malformed markdown block'],
    [{ key: 'homeport_nav', links: [{ url: 1 }] }, 'Malformed homeport_nav block'],
    [{ nope: true }, 'Malformed block (no kind)'],
  ])('labels %j as malformed without breaking the rest', (block, label) => {
    renderBlocks([block, { key: 'markdown', content: 'Still here' }]);
    expect(screen.getByRole('group', { name: label })).toBeInTheDocument();
    expect(screen.getByText('Still here')).toBeInTheDocument();
  });

  it('says so when no reply was stored', () => {
    renderBlocks([]);
    expect(
      screen.getByText('No reply was stored (the stream failed before any content).'),
    ).toBeInTheDocument();
  });

  it('says a message the guard blocked was blocked, not that the stream failed', () => {
    renderWithProviders(
      <AssistantReply turn={makeTurn({ assistant_blocks: [], action_taken: 'block' })} pattern={null} />,
    );
    expect(
      screen.getByText('No reply: the guard blocked this message, so the assistant never answered.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/stream failed/)).toBeNull();
  });
});
