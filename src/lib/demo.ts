/** Demo mode: fixtures compiled in (dev server without a real server, or `build:demo`). */
export type DemoToken = { label: string; token: string };

let demoTokens: DemoToken[] = [];

export function isDemo(): boolean {
  return __MOCK__;
}

export function setDemoTokens(tokens: DemoToken[]): void {
  demoTokens = tokens;
}

export function getDemoTokens(): DemoToken[] {
  return demoTokens;
}
