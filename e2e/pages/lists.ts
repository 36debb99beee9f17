import type { Locator, Page, Request } from '@playwright/test';

/** What every list page shares: a captioned table, a pager, filter chips. */
abstract class ListPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly pager: Locator;
  readonly pagerRange: Locator;
  readonly nextPage: Locator;
  readonly rowsPerPage: Locator;
  readonly chips: Locator;
  readonly clearAll: Locator;

  constructor(
    readonly page: Page,
    readonly path: string,
    caption: string,
  ) {
    this.table = page.getByRole('table', { name: caption });
    // Data rows only: the loading skeleton's rows have cells too, but no row id.
    this.rows = this.table.locator('tbody > tr[data-row-id]');
    this.pager = page.getByRole('navigation', { name: 'Pagination' });
    this.pagerRange = this.pager.getByText(/ of /).first();
    this.nextPage = this.pager.getByRole('button', { name: 'Next page' });
    this.rowsPerPage = this.pager.getByRole('combobox', { name: 'Rows per page' });
    this.chips = page.getByRole('group', { name: 'Active filters' });
    this.clearAll = this.chips.getByRole('button', { name: 'Clear all' });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`${this.path}${search}`);
  }

  columnHeader(name: string | RegExp): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  sortButton(name: string | RegExp): Locator {
    return this.table.getByRole('button', { name });
  }

  chip(name: string | RegExp): Locator {
    return this.chips.getByRole('button', { name });
  }

  /** The row's primary link (the one the whole row follows). */
  rowLink(row: Locator): Locator {
    return row.getByRole('link').first();
  }

  /** Resolves with the next GET of `apiPath` (path relative to `/api/`) that `match` accepts. */
  nextRequest(apiPath: string, match: (url: URL) => boolean = () => true): Promise<URL> {
    return this.page
      .waitForRequest((request: Request) => {
        const url = new URL(request.url());
        return request.method() === 'GET' && url.pathname === `/api/${apiPath}` && match(url);
      })
      .then((request) => new URL(request.url()));
  }
}

/** `/interactions`: the server-paged turns review. */
export class TurnsReviewPage extends ListPage {
  static readonly API = 'anonymous-chat-interactions/';
  readonly heading: Locator;
  readonly search: Locator;
  readonly flagged: Locator;
  readonly severity: Locator;
  readonly thumbs: Locator;
  readonly visitor: Locator;
  readonly count: Locator;
  readonly exportFormat: Locator;
  readonly exportAll: Locator;
  readonly exportProgress: Locator;
  readonly cancelExport: Locator;

  constructor(page: Page) {
    super(page, '/interactions', 'Turns');
    this.heading = page.getByRole('heading', { level: 1, name: 'Turns review' });
    this.search = page.getByRole('searchbox', { name: 'Search messages and replies' });
    this.flagged = page.getByRole('combobox', { name: 'Flagged' });
    this.severity = page.getByRole('combobox', { name: 'Severity' });
    this.thumbs = page.getByRole('combobox', { name: 'Vote' });
    this.visitor = page.getByRole('textbox', { name: 'Visitor slug' });
    this.count = page.getByText(/^[\d,]+ turns? (in total|match|matches)$/);
    this.exportFormat = page.getByRole('combobox', { name: 'Export format' });
    this.exportAll = page.getByRole('button', { name: 'Export all' });
    this.exportProgress = page.getByRole('progressbar', { name: 'Exporting turns' });
    this.cancelExport = page.getByRole('button', { name: 'Cancel export' });
  }

  listRequest(match?: (url: URL) => boolean): Promise<URL> {
    return this.nextRequest(TurnsReviewPage.API, match);
  }
}

/** `/feedback`: visitor votes and judge verdicts, server-paged. */
export class FeedbackListPage extends ListPage {
  static readonly API = 'anonymous-chat-feedbacks/';
  readonly heading: Locator;
  readonly vote: Locator;
  readonly category: Locator;
  readonly comment: Locator;
  readonly exportFormat: Locator;
  readonly exportAll: Locator;

  constructor(page: Page) {
    super(page, '/feedback', 'Feedback');
    this.heading = page.getByRole('heading', { level: 1, name: 'Feedback' });
    this.vote = page.getByRole('combobox', { name: 'Vote' });
    this.category = page.getByRole('combobox', { name: 'Category' });
    this.comment = page.getByRole('combobox', { name: 'Comment' });
    this.exportFormat = page.getByRole('combobox', { name: 'Export format' });
    this.exportAll = page.getByRole('button', { name: 'Export all' });
  }

  listRequest(match?: (url: URL) => boolean): Promise<URL> {
    return this.nextRequest(FeedbackListPage.API, match);
  }
}

/** `/sessions`: every conversation, sorted and paged in the browser. */
export class ConversationsPage extends ListPage {
  static readonly API = 'anonymous-chat-interactions/conversations/';
  readonly heading: Locator;
  readonly oldServer: Locator;
  readonly visitorsLink: Locator;
  readonly reviewed: Locator;
  readonly totalTokensMin: Locator;
  readonly exportCsv: Locator;
  readonly find: Locator;

  constructor(page: Page) {
    super(page, '/sessions', 'Conversations');
    this.find = page.getByRole('searchbox', { name: 'Find conversation' });
    this.heading = page.getByRole('heading', { level: 1, name: 'Conversations' });
    this.oldServer = page.getByRole('heading', { name: 'Conversations need Waldur 8.1.2 or newer' });
    this.visitorsLink = page.getByRole('link', { name: 'Go to Visitors' });
    this.reviewed = page.getByRole('combobox', { name: 'Reviewed by the judge' });
    this.totalTokensMin = page.getByRole('spinbutton', { name: 'Total tokens, minimum' });
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
  }

  listRequest(match?: (url: URL) => boolean): Promise<URL> {
    return this.nextRequest(ConversationsPage.API, match);
  }
}
