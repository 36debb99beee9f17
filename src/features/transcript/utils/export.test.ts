import { describe, expect, it } from 'vitest';
import { makeFeedback } from '@mocks/factories/feedback';
import { makeSession, makeTurn } from '@mocks/factories/turn';
import {
  escapeInline,
  exportFileName,
  fenced,
  HIDDEN_IP,
  redactTurn,
  transcriptToJson,
  transcriptToMarkdown,
} from './export';

const at = new Date('2026-07-22T09:00:00Z');

describe('exportFileName', () => {
  it('is safe on every OS', () => {
    expect(exportFileName('abc-123_X', 'md')).toBe('conversation-abc-123_X.md');
    expect(exportFileName('../../etc/passwd', 'json')).toBe('conversation-_etc_passwd.json');
    expect(exportFileName('', 'json')).toBe('conversation-conversation.json');
  });
});

describe('fenced / escapeInline', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(fenced('a ```` b', 'text')).toBe('`````text\na ```` b\n`````');
    expect(fenced('plain')).toBe('```\nplain\n```');
  });
  it('escapes markdown and HTML syntax in inline text', () => {
    expect(escapeInline('**x** <b>[y](z)</b>\nnext')).toBe(
      '\\*\\*x\\*\\* \\<b\\>\\[y\\]\\(z\\)\\</b\\> next',
    );
  });
});

describe('redactTurn', () => {
  it('hides raw IPs unless revealed', () => {
    const turn = makeTurn({
      ip_address: '192.0.2.7',
      feedback: makeFeedback({ score: 1, submitted_from_ip: '192.0.2.7' }),
    });
    const hidden = redactTurn(turn, false);
    expect(hidden.ip_address).toBe(HIDDEN_IP);
    expect(hidden.feedback?.submitted_from_ip).toBe(HIDDEN_IP);
    expect(turn.ip_address).toBe('192.0.2.7');
    expect(redactTurn(turn, true)).toBe(turn);
  });
});

describe('transcriptToJson', () => {
  it('round-trips the turns with metadata', () => {
    const turns = makeSession(3, 'sess-json');
    const parsed = JSON.parse(
      transcriptToJson('sess-json', turns, { zone: 'utc', revealIp: true, exportedAt: at }),
    );
    expect(parsed).toMatchObject({
      session_id: 'sess-json',
      turn_count: 3,
      exported_at: '2026-07-22T09:00:00.000Z',
    });
    expect(parsed.turns).toEqual(JSON.parse(JSON.stringify(turns)));
  });
  it('hides IPs by default', () => {
    const text = transcriptToJson('s', makeSession(2), { zone: 'utc', revealIp: false, exportedAt: at });
    expect(text).not.toContain('192.0.2.10');
    expect(JSON.parse(text).ip_addresses).toBe('hidden');
  });
});

describe('transcriptToMarkdown', () => {
  const turns = [
    makeTurn({
      created: '2026-07-20T11:05:00Z',
      user_input: 'Hi ```` <script>alert(1)</script>\n\n\n  indented',
      is_flagged: true,
      severity: 'high',
      action_taken: 'redact',
      pii_categories: ['pii_email'],
      injection_categories: ['jailbreak', 'jailbreak'],
      warning: 'Personal information detected and redacted (Email address).',
      assistant_blocks: [
        {
          key: 'tool',
          tool: { name: 'search_offerings', summary: 'Found 1.' },
          result: {
            key: 'homeport_nav',
            links: [
              { label: 'A100 [fast]', url: '/marketplace-public-offering/abc/', subtitle: 'HPC X' },
              { label: 'Bad', url: 'javascript:alert(1)' },
            ],
          },
        },
        { key: 'markdown', content: 'Here are **GPU** options.' },
        { key: 'mystery', x: 1 },
      ],
      feedback: makeFeedback({ score: -1, category: 'inaccurate', comment: 'Wrong\nprovider' }),
    }),
    makeTurn({
      created: '2026-07-20T11:09:00Z',
      last_active_at: '2026-07-20T11:09:10Z',
      assistant_blocks: [],
      feedback: makeFeedback({
        llm_resolution_score: 4,
        llm_intent_category: 'gpu_compute',
        llm_summary: 'Wanted a GPU.',
        llm_reviewed_at: '2026-07-21T03:00:00Z',
      }),
    }),
  ];
  const md = transcriptToMarkdown('sess-md', turns, { zone: 'utc', revealIp: false, exportedAt: at });

  it('has a header with totals and the judge verdict', () => {
    expect(md).toContain('# Conversation sess\\-md');
    expect(md).toContain('- Turns: 2');
    expect(md).toContain('- Duration: 4 min 10 s');
    expect(md).toContain('- Judge: resolution 4/5 (Mostly resolved), intent Gpu compute, hallucination no');
    expect(md).toContain('- IP addresses: [hidden]');
    expect(md).not.toContain('192.0.2.10');
  });

  it('keeps the visitor message verbatim inside a fence that cannot be closed by it', () => {
    expect(md).toContain('`````text\nHi ```` <script>alert(1)</script>\n\n\n  indented\n`````');
  });

  it('renders blocks by kind', () => {
    expect(md).toContain('## Turn 1 of 2 — 20 Jul 2026, 11:05:00 UTC');
    expect(md).toContain('**Safety:** severity High, action Redacted, categories jailbreak ×2, pii\\_email');
    expect(md).toContain('*Tool call:* `search_offerings` — Found 1.');
    expect(md).toContain(
      `- [A100 \\[fast\\]](<${window.location.origin}/marketplace-public-offering/abc/>) — HPC X`,
    );
    expect(md).toContain('- Bad (`javascript:alert(1)`)');
    expect(md).not.toMatch(/\]\(<?javascript:/);
    expect(md).toContain('Here are **GPU** options.');
    expect(md).toContain('*Unknown block kind “mystery”:*');
    expect(md).toContain('*No reply was stored (the stream failed before any content).*');
    expect(md).toContain('feedback: thumbs down (Inaccurate)');
    expect(md).toContain('```text\nWrong\nprovider\n```');
  });
});

describe('transcriptToMarkdown for a file that leaves the page', () => {
  it('says a blocked message was blocked, not that the stream failed', () => {
    const md = transcriptToMarkdown(
      's',
      [makeTurn({ assistant_blocks: [], action_taken: 'block', is_flagged: true, severity: 'high' })],
      { zone: 'utc', revealIp: false, exportedAt: at },
    );
    expect(md).toContain('*No reply: the guard blocked this message, so the assistant never answered.*');
    expect(md).not.toContain('stream failed');
  });

  it('makes offering links in a reply absolute', () => {
    const md = transcriptToMarkdown(
      's',
      [
        makeTurn({
          assistant_blocks: [{ key: 'markdown', content: 'See [LUMI](/marketplace-public-offering/x/).' }],
        }),
      ],
      { zone: 'utc', revealIp: false, exportedAt: at },
    );
    expect(md).toContain(`See [LUMI](${window.location.origin}/marketplace-public-offering/x/).`);
  });
});
