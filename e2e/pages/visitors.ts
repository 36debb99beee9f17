import type { Locator, Page } from '@playwright/test';

/** `/users`: the visitors list. */
export class VisitorsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly slugSearch: Locator;
  readonly messageSearch: Locator;
  readonly flagged: Locator;
  readonly severity: Locator;
  readonly feedback: Locator;
  readonly exportCsv: Locator;
  readonly pagerRange: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Visitors' });
    this.table = page.getByRole('table', { name: 'Visitors' });
    // Body rows: those with cells (the header row has column headers only).
    // Data rows only: the loading skeleton's rows have cells too, but no row id.
    this.rows = this.table.locator('tbody > tr[data-row-id]');
    this.slugSearch = page.getByRole('searchbox', { name: 'Find visitor' });
    this.messageSearch = page.getByRole('searchbox', { name: 'Search messages and replies' });
    this.flagged = page.getByLabel('Flagged', { exact: true });
    this.severity = page.getByLabel('Severity', { exact: true });
    this.feedback = page.getByLabel('Vote', { exact: true });
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
    this.pagerRange = page.getByRole('navigation', { name: 'Pagination' }).getByText(/ of /).first();
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/users${search}`);
  }

  columnHeader(name: string | RegExp): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  sortButton(name: string | RegExp): Locator {
    return this.table.getByRole('button', { name });
  }

  /** The row's visitor link (short slug, full slug in its title). */
  visitorLink(row: Locator): Locator {
    return row.getByRole('link').first();
  }

  async slugOf(row: Locator): Promise<string> {
    return (await this.visitorLink(row).getAttribute('title')) ?? '';
  }

  /** A cell of a row by column position (0-based). */
  cell(row: Locator, index: number): Locator {
    return row.getByRole('cell').nth(index);
  }

  async numberIn(row: Locator, index: number): Promise<number> {
    return Number((await this.cell(row, index).innerText()).replace(/[^\d]/g, ''));
  }
}

/** `/users/:userSlug`: one visitor. */
export class VisitorPage {
  readonly heading: Locator;
  readonly totals: Locator;
  readonly sessions: Locator;
  readonly sessionRows: Locator;
  readonly revealIps: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Visitor / });
    this.totals = page.getByRole('region', { name: 'Totals' });
    this.sessions = page.getByRole('table', { name: 'Visitor conversations' });
    this.sessionRows = this.sessions.locator('tbody > tr[data-row-id]');
    this.revealIps = page.getByRole('button', { name: 'Reveal IP addresses' });
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/users/${encodeURIComponent(slug)}`);
  }

  /** The value shown under a label of the Totals section. */
  total(label: string): Locator {
    return this.totals
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  sessionLink(row: Locator): Locator {
    return row.getByRole('link').first();
  }
}
