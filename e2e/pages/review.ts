import type { Locator, Page } from '@playwright/test';

/** The review bar above a transcript opened from a list. */
export class ReviewBar {
  readonly bar: Locator;
  readonly back: Locator;
  readonly position: Locator;
  readonly previous: Locator;
  readonly next: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('navigation', { name: 'Review' });
    this.back = this.bar.getByRole('link', { name: /^← Back to / });
    this.position = this.bar.getByRole('status');
    this.previous = this.bar.getByRole('link', { name: /^← Previous / });
    this.next = this.bar.getByRole('link', { name: /^Next .* →$/ });
  }
}

/** The turn the address bar names (`?turn=`). */
export function turnInUrl(page: Page): string | null {
  return new URL(page.url()).searchParams.get('turn');
}
