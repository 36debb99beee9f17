import type { Interaction } from '@/api/schemas/interaction';
import { formatDateTime, formatDuration, type TimeZoneChoice } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { homeportHref } from '@/lib/config';
import { humanizeSlug, intentWords } from '@/lib/format/text';
import { normalizeSeverity, SEVERITY_LABEL } from '@/lib/severity';
import { toJsonText, type FlatBlock } from './blocks';
import { actionLabel, countCategories, missingReplyText } from './categories';
import { resolveContentUrl } from './safe-url';
import { judgeVerdict, transcriptStats } from './stats';
import { turnBlocks } from './turn-text';

export const HIDDEN_IP = '[hidden]';

export type ExportOptions = {
  zone: TimeZoneChoice;
  /** Raw IPs are hidden until revealed on the page; exports follow the same choice. */
  revealIp: boolean;
  exportedAt: Date;
};

/** A file name that is safe on every OS. */
export function exportFileName(sessionId: string, extension: 'md' | 'json'): string {
  const safe = sessionId.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 64) || 'conversation';
  return `conversation-${safe}.${extension}`;
}

/** The turn as the API sent it, with raw IPs replaced unless the reader revealed them. */
export function redactTurn(turn: Interaction, revealIp: boolean): Interaction {
  if (revealIp) return turn;
  return {
    ...turn,
    ip_address: turn.ip_address === null ? null : HIDDEN_IP,
    feedback: turn.feedback && {
      ...turn.feedback,
      submitted_from_ip: turn.feedback.submitted_from_ip === null ? null : HIDDEN_IP,
    },
  };
}

export function transcriptToJson(
  sessionId: string,
  turns: readonly Interaction[],
  options: ExportOptions,
): string {
  return `${JSON.stringify(
    {
      session_id: sessionId,
      exported_at: options.exportedAt.toISOString(),
      ip_addresses: options.revealIp ? 'included' : 'hidden',
      turn_count: turns.length,
      turns: turns.map((turn) => redactTurn(turn, options.revealIp)),
    },
    null,
    2,
  )}\n`;
}

/** A fence longer than any backtick run inside, so the text cannot close it early. */
export function fenced(text: string, info = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

/** Text that a Markdown viewer shows literally (no emphasis, links or HTML), on one line. */
export function escapeInline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\`*_{}[\]()<>#+\-!|~&])/g, '\\$1');
}

/**
 * A link that works outside the page: offering links are HomePort paths (relative unless a
 * HomePort URL is configured), so a file gets them resolved against the page's origin.
 */
function absolute(href: string): string {
  try {
    return typeof window === 'undefined' ? href : new URL(href, window.location.origin).href;
  } catch {
    return href;
  }
}

function link(label: string, url: string): string {
  const safe = resolveContentUrl(url);
  const text = escapeInline(label || url);
  return safe
    ? `[${text}](<${absolute(safe.href).replace(/[<>\s]/g, encodeURIComponent)}>)`
    : `${text} (\`${url.replace(/`/g, "'")}\`)`;
}

function blockToMarkdown(block: FlatBlock): string {
  switch (block.kind) {
    case 'markdown':
      // Relative links in a reply are HomePort paths: absolute in a file.
      return block.content.replace(
        /\]\((\/[^)\s]*)\)/g,
        (_match, path: string) => `](${absolute(homeportHref(path))})`,
      );
    case 'code':
      return fenced(block.content, block.language.replace(/[^A-Za-z0-9_+-]/g, ''));
    case 'mermaid':
      return fenced(block.content, 'mermaid');
    case 'nav': {
      const lines = block.block.links.map((l) => {
        const extra = [l.subtitle, l.description_excerpt].filter(Boolean).map((t) => escapeInline(t ?? ''));
        return `- ${link(l.label, l.url)}${extra.length ? ` — ${extra.join(' — ')}` : ''}`;
      });
      return [block.block.content ? escapeInline(block.block.content) : '', ...lines]
        .filter(Boolean)
        .join('\n');
    }
    case 'form': {
      const lines: string[] = ['*Asked the visitor:*'];
      if (block.block.context) lines.push(escapeInline(block.block.context));
      for (const q of block.block.questions) {
        lines.push(`- ${q.header ? `**${escapeInline(q.header)}** ` : ''}${escapeInline(q.question)}`);
        for (const o of q.options ?? []) {
          lines.push(
            `  - ${escapeInline(o.label)}${o.description ? ` — ${escapeInline(o.description)}` : ''}`,
          );
        }
      }
      return lines.join('\n');
    }
    case 'tool-call':
      return `*Tool call:* \`${block.call.name.replace(/`/g, "'")}\`${block.call.summary ? ` — ${escapeInline(block.call.summary)}` : ''}`;
    case 'raw':
      return `*${escapeInline(block.label)}:*\n\n${fenced(toJsonText(block.value), 'json')}`;
  }
}

export function transcriptToMarkdown(
  sessionId: string,
  turns: readonly Interaction[],
  options: ExportOptions,
): string {
  const { zone, revealIp } = options;
  const stats = transcriptStats(turns);
  const verdict = judgeVerdict(turns);
  const out: string[] = [];
  out.push(`# Conversation ${escapeInline(sessionId)}`, '');
  out.push(`- Visitor: ${stats.userSlug ? `\`${stats.userSlug}\`` : 'unknown'}`);
  out.push(`- Started: ${formatDateTime(stats.started, zone)}`);
  out.push(`- Duration: ${formatDuration(stats.durationMs)}`);
  out.push(`- Turns: ${formatNumber(stats.turns)}`);
  out.push(
    `- Tokens: ${formatNumber(stats.inputTokens)} in / ${formatNumber(stats.outputTokens)} out (${formatNumber(stats.totalTokens)} total)`,
  );
  out.push(`- Flagged turns: ${formatNumber(stats.flaggedTurns)}`);
  out.push(`- IP addresses: ${revealIp ? stats.ipAddresses.join(', ') || '—' : HIDDEN_IP}`);
  if (verdict) {
    out.push(
      `- Judge: resolution ${verdict.resolution ?? '—'}/5 (${verdict.resolutionWord}), intent ${escapeInline(intentWords(verdict.intent) || '—')}, hallucination ${verdict.hallucination ? `yes${verdict.hallucinationDetails ? ` (${escapeInline(verdict.hallucinationDetails)})` : ''}` : 'no'}`,
    );
    if (verdict.summary) out.push(`- Judge summary: ${escapeInline(verdict.summary)}`);
  }
  out.push(`- Exported: ${formatDateTime(options.exportedAt, zone)}`, '');

  turns.forEach((turn, index) => {
    out.push(
      `## Turn ${index + 1} of ${turns.length} — ${formatDateTime(turn.created, zone, { seconds: true })}`,
      '',
    );
    if (turn.is_flagged || normalizeSeverity(turn.severity) !== 'none') {
      const cats = [...countCategories(turn.injection_categories), ...countCategories(turn.pii_categories)]
        .map((c) => `${c.category}${c.count > 1 ? ` ×${c.count}` : ''}`)
        .join(', ');
      out.push(
        `**Safety:** severity ${SEVERITY_LABEL[normalizeSeverity(turn.severity)]}, action ${actionLabel(turn.action_taken).label}${cats ? `, categories ${escapeInline(cats)}` : ''}`,
        '',
      );
    }
    if (turn.warning) out.push(`**Warning:** ${escapeInline(turn.warning)}`, '');
    out.push('**Visitor**', '', fenced(turn.user_input, 'text'), '', '**Assistant**', '');
    const blocks = turnBlocks(turn);
    if (turn.assistant_blocks.length === 0) out.push(`*${missingReplyText(turn)}*`, '');
    else for (const block of blocks) out.push(blockToMarkdown(block), '');
    const meta = [
      `Tokens ${formatNumber(turn.input_tokens)} in / ${formatNumber(turn.output_tokens)} out`,
      `offerings shown ${formatNumber(turn.result_count)}`,
      `clicks ${formatNumber(turn.click_count)}`,
    ];
    const fb = turn.feedback;
    if (fb?.score === 1) meta.push('feedback: thumbs up');
    if (fb?.score === -1)
      meta.push(`feedback: thumbs down${fb.category ? ` (${humanizeSlug(fb.category)})` : ''}`);
    out.push(`*${meta.join(' · ')}*`, '');
    if (fb?.comment) out.push('Visitor comment:', '', fenced(fb.comment, 'text'), '');
    out.push(`Turn id: \`${turn.uuid.replace(/`/g, "'")}\``, '');
  });
  return `${out.join('\n').trimEnd()}\n`;
}
