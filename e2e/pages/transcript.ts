import type { Locator, Page } from '@playwright/test';

type TurnJson = {
  uuid: string;
  session_id: string;
  user_input: string;
  is_flagged: boolean;
  severity: string;
};
type ConversationJson = { session_id: string; message_count: number };

/** `/sessions/:sessionId`: one conversation as a transcript. */
export class TranscriptPage {
  readonly heading: Locator;
  readonly turns: Locator;
  readonly articles: Locator;
  readonly findInput: Locator;
  readonly findStatus: Locator;
  readonly nextMatch: Locator;
  readonly previousMatch: Locator;
  readonly currentMatch: Locator;
  readonly selectedTurn: Locator;
  readonly exportMarkdown: Locator;
  readonly exportJson: Locator;
  readonly lastTurnButton: Locator;
  readonly verdict: Locator;
  readonly revealIp: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Conversation' });
    this.turns = page.getByRole('list', { name: /^Turns \(/ });
    this.articles = this.turns.getByRole('article');
    this.findInput = page.getByRole('searchbox', { name: 'Find in transcript' });
    this.findStatus = page.getByRole('search').getByRole('status');
    this.nextMatch = page.getByRole('button', { name: 'Next match' });
    this.previousMatch = page.getByRole('button', { name: 'Previous match' });
    this.currentMatch = this.turns.locator('mark[data-current]');
    this.selectedTurn = this.turns.locator('article[aria-current="true"]');
    this.exportMarkdown = page.getByRole('button', { name: 'Export Markdown' });
    this.exportJson = page.getByRole('button', { name: 'Export JSON' });
    this.lastTurnButton = page.getByRole('button', { name: 'Last turn' });
    this.verdict = page.getByRole('region', { name: 'Judge verdict' });
    this.revealIp = page.getByRole('button', { name: 'Reveal IP' });
  }

  async goto(sessionId: string, turn?: string): Promise<void> {
    await this.page.goto(
      `/sessions/${encodeURIComponent(sessionId)}${turn ? `?turn=${encodeURIComponent(turn)}` : ''}`,
    );
  }

  /** Turn `n` (1-based), e.g. "Turn 12 of 40, 14:02 UTC". */
  turn(n: number): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^Turn ${n} of \\d+,`) });
  }

  /**
   * Calls the API from inside the page: the mock service worker answers there, with the app's
   * own token. The app must have loaded first.
   */
  async api<T>(path: string): Promise<T> {
    return this.page.evaluate(async (p) => {
      const token = sessionStorage.getItem('waa.token') ?? localStorage.getItem('waa.token');
      const response = await fetch(`/api/${p}`, { headers: { Authorization: `Token ${token}` } });
      if (!response.ok) throw new Error(`${p}: HTTP ${response.status}`);
      return response.json();
    }, path) as Promise<T>;
  }

  /** The conversation with the most turns. */
  async longestSession(): Promise<ConversationJson> {
    const rows = await this.api<ConversationJson[]>('anonymous-chat-interactions/conversations/');
    return rows.reduce((best, row) => (row.message_count > best.message_count ? row : best));
  }

  async sessionTurns(sessionId: string): Promise<TurnJson[]> {
    return this.api<TurnJson[]>(`anonymous-chat-interactions/by-session/${encodeURIComponent(sessionId)}/`);
  }

  async firstTurnMatching(query: string): Promise<TurnJson | undefined> {
    const rows = await this.api<TurnJson[]>(
      `anonymous-chat-interactions/?page_size=1&query=${encodeURIComponent(query)}`,
    );
    return rows[0];
  }

  /**
   * Answers `by-session/<sessionId>/` in the page with the given turns (before the mock worker
   * sees the request): for data the fixtures do not hold, such as a hostile corpus or a
   * 3,000-turn conversation. `repeat` copies the first turn that many times with fresh ids.
   */
  async stubSession(sessionId: string, turns: unknown[], repeat = 0): Promise<void> {
    await this.page.addInitScript(
      ({ id, rows, count }) => {
        const original = window.fetch.bind(window);
        const path = `/api/anonymous-chat-interactions/by-session/${encodeURIComponent(id)}/`;
        window.fetch = (input, init) => {
          const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
          if (!new URL(url, window.location.href).pathname.endsWith(path)) return original(input, init);
          const start = Date.parse('2026-07-20T08:00:00Z');
          const body = count
            ? Array.from({ length: count }, (_, i) => ({
                ...(rows[0] as object),
                uuid: `e2e00000-0000-4000-8000-${String(i).padStart(12, '0')}`,
                created: new Date(start + i * 30_000).toISOString(),
                user_input:
                  i === count - 500 ? 'Where is the needle in this haystack?' : `Question number ${i + 1}`,
              }))
            : rows;
          return Promise.resolve(
            new Response(JSON.stringify(body), {
              status: 200,
              headers: { 'Content-Type': 'application/json' },
            }),
          );
        };
      },
      { id: sessionId, rows: turns, count: repeat },
    );
  }

  async domNodeCount(): Promise<number> {
    return this.page.evaluate(() => document.getElementsByTagName('*').length);
  }
}
