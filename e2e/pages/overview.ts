import type { Locator, Page } from '@playwright/test';

export class OverviewPage {
  readonly heading: Locator;
  readonly budget: Locator;
  readonly budgetMeter: Locator;
  /** The filter bar of the KPI cards and charts. */
  readonly filters: Locator;
  readonly keyFigures: Locator;
  readonly volumeChart: Locator;
  readonly severityChart: Locator;
  readonly intentChart: Locator;
  /** "Since your last visit". */
  readonly news: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Overview' });
    this.budget = page.getByRole('region', { name: 'Token budget today' });
    this.budgetMeter = this.budget.getByRole('meter').first();
    this.filters = page.getByRole('search', { name: 'Filters for the figures and charts' });
    this.keyFigures = page.getByRole('region', { name: 'Key figures' });
    this.volumeChart = page.getByRole('region', { name: 'Turns per day' });
    this.severityChart = page.getByRole('region', { name: 'Flagged turns by severity' });
    this.intentChart = page.getByRole('region', { name: 'Judge intents' });
    this.news = page.getByRole('region', { name: 'Since your last visit' });
  }

  /** One count of "Since your last visit", by its label; its first line is the count. */
  newItem(label: 'flagged' | 'comments' | 'hallucinations'): Locator {
    const text = {
      flagged: 'Flagged turns of high or critical severity',
      comments: 'Thumbs down with a comment',
      hallucinations: 'Conversations where the judge found a hallucination',
    }[label];
    return this.news.getByRole('listitem').filter({ hasText: text }).first();
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/${search}`);
  }

  /** One KPI card by its label ("Turns", "Satisfaction", …). */
  kpi(name: string): Locator {
    return this.keyFigures.getByRole('group', { name, exact: true });
  }

  /** A date-range preset or "Custom" in the filter bar. */
  rangeButton(name: 'Today' | '7 days' | '30 days' | '90 days' | 'Any time' | 'Custom'): Locator {
    return this.filters
      .getByRole('group', { name: 'Created', exact: true })
      .getByRole('button', { name, exact: true });
  }

  /** The text alternative of a chart section: its figure is named by the summary. */
  chartFigure(section: Locator): Locator {
    return section.getByRole('figure');
  }

  /** Opens a chart's numbers table (the keyboard route to its drill-down links). */
  async showNumbers(section: Locator): Promise<void> {
    await section.getByText('Show the numbers').click();
  }
}
