import { configure, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { setConfig } from '@/lib/config';
import { LONG_WORD } from '@mocks/content/hostile';
import { makeFeedback } from '@mocks/factories/feedback';
import { HOSTILE_MARKDOWN, HOSTILE_STRINGS } from '@mocks/factories/hostile-text';
import { makeTurn } from '@mocks/factories/turn';
import { stubLayout } from '@/test/layout';
import { renderRoute } from '@/test/render-route';

// The first render of a file loads the lazy route and the markdown stack: allow for a slow, busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const joined = HOSTILE_STRINGS.join('\n');

const hostileTurns = [
  makeTurn({
    session_id: 'hostile',
    user_slug: 'javascript:alert(1)',
    user_input: `${joined}\n${LONG_WORD}`,
    is_flagged: true,
    severity: '<b>high</b>',
    action_taken: '<img src=x onerror=alert(1)>',
    injection_categories: [
      '<script>alert(1)</script>',
      '<script>alert(1)</script>',
      'constructor',
      '__proto__',
    ],
    pii_categories: ['<svg onload=alert(1)>'],
    warning: HOSTILE_STRINGS[1],
    assistant_blocks: [
      { key: 'markdown', content: HOSTILE_MARKDOWN },
      {
        key: 'tool',
        tool: {
          name: '<script>alert(1)</script>',
          arguments: { q: HOSTILE_STRINGS[2] },
          summary: HOSTILE_STRINGS[0],
        },
        result: {
          key: 'homeport_nav',
          content: HOSTILE_STRINGS[3],
          links: [
            {
              label: HOSTILE_STRINGS[1],
              url: 'javascript:alert("xss-nav")',
              subtitle: HOSTILE_STRINGS[0],
              description_excerpt: HOSTILE_STRINGS[8],
            },
            { label: 'data card', url: 'data:text/html,<script>alert(1)</script>' },
            { label: 'ok card', url: '/marketplace-public-offering/abc/', subtitle: LONG_WORD },
          ],
        },
      },
      {
        key: 'ask_user_form',
        context: HOSTILE_STRINGS[4],
        questions: [
          {
            question: HOSTILE_STRINGS[0],
            header: HOSTILE_STRINGS[5],
            options: [{ label: HOSTILE_STRINGS[1], description: HOSTILE_STRINGS[2] }],
          },
        ],
      },
      { key: 'code', content: joined, tag: '"><script>alert(1)</script>' },
      { key: 'mermaid', content: 'graph TD; A["<img src=x onerror=alert(1)>"]-->B' },
      { key: '<script>alert(1)</script>', payload: HOSTILE_STRINGS },
      { key: 'markdown', content: { __html: '<img src=x onerror=alert(1)>' } },
    ],
    feedback: makeFeedback({ score: -1, category: '<i>other</i>', comment: joined }),
  }),
  makeTurn({
    session_id: 'hostile',
    user_input: 'last',
    feedback: makeFeedback({
      llm_resolution_score: 1,
      llm_intent_category: '<script>alert(1)</script>',
      llm_hallucination_detected: true,
      llm_hallucination_details: HOSTILE_STRINGS[1],
      llm_summary: HOSTILE_STRINGS[8],
      llm_reviewed_at: '2026-07-21T03:00:00Z',
      llm_judge_model: HOSTILE_STRINGS[2],
    }),
  }),
];

let restoreLayout: () => void = () => undefined;
beforeEach(() => {
  setConfig({ homeportUrl: 'https://homeport.example.org' });
  restoreLayout = stubLayout({ itemHeight: 2000, viewportHeight: 8000 });
  server.use(
    http.get('*/api/anonymous-chat-interactions/by-session/:id/', () => HttpResponse.json(hostileTurns)),
  );
});
afterEach(() => {
  setConfig({ homeportUrl: '' });
  restoreLayout();
});

describe('hostile input', () => {
  it('shows every hostile string as text and creates no active markup', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    renderRoute('/sessions/hostile');
    await screen.findByRole('list', { name: /^Turns/ }, { timeout: 10_000 });
    const main = document.querySelector('main') as HTMLElement;

    // Shown as text, exactly as stored.
    const message = screen.getAllByRole('article')[0].querySelector('p[dir="auto"]');
    expect(message?.textContent).toBe(`${joined}\n${LONG_WORD}`);
    for (const text of HOSTILE_STRINGS) expect(main.textContent).toContain(text);
    expect(main.textContent).toContain('entity link');
    // The markdown parser percent-encodes link destinations; the refused URL is shown as text.
    expect(main.textContent).toContain('md link (javascript:alert(%22xss-md%22))');

    // Nothing became an element that runs, loads or submits.
    expect(
      [...main.querySelectorAll('script, iframe, img, style, object, embed, form, math, b, i, circle')].map(
        (element) => element.outerHTML,
      ),
    ).toEqual([]);
    // App icons are SVG (the "Copy link" button's); none may come from content (the turns, the verdict).
    const turnList = screen.getByRole('list', { name: /^Turns/ });
    const verdict = screen.getByRole('region', { name: 'Judge verdict' });
    expect(turnList.querySelectorAll('svg:not([data-app-icon])')).toHaveLength(0);
    expect(turnList.querySelectorAll('svg[data-app-icon]').length).toBeGreaterThan(0);
    expect(verdict.querySelectorAll('svg')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames())
        expect(attribute.startsWith('on'), `${element.tagName} ${attribute}`).toBe(false);
    }
    for (const element of document.querySelectorAll(
      '[href], [src], [action], [formaction], [xlink\\:href]',
    )) {
      const url = (
        element.getAttribute('href') ??
        element.getAttribute('src') ??
        element.getAttribute('action') ??
        ''
      )
        .replace(/\s/g, '')
        .toLowerCase();
      expect(url, element.outerHTML.slice(0, 120)).not.toMatch(/^(javascript|data|vbscript):/);
    }
    // Every link that leaves the app opens safely.
    for (const link of main.querySelectorAll('a[target="_blank"]'))
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The visitor link keeps the hostile slug inside the path.
    expect(main.querySelector('a[href^="/users/"]')).toHaveAttribute('href', '/users/javascript%3Aalert(1)');

    // Unknown and malformed blocks are labelled, not crashes.
    expect(
      screen.getByRole('group', { name: 'Unknown block kind “<script>alert(1)</script>”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Malformed markdown block' })).toBeInTheDocument();
    expect(alert).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
