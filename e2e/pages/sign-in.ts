import type { Locator, Page } from '@playwright/test';

export class SignInPage {
  readonly heading: Locator;
  readonly token: Locator;
  readonly remember: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /sign in/i });
    this.token = page.getByLabel('API token');
    this.remember = page.getByLabel('Remember me on this computer');
    this.submit = page.getByRole('button', { name: 'Sign in' });
    this.error = page.getByRole('alert');
  }

  async goto(next?: string): Promise<void> {
    await this.page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  }

  async signIn(token: string, { remember = false } = {}): Promise<void> {
    await this.token.fill(token);
    if (remember) await this.remember.check();
    await this.submit.click();
  }
}
