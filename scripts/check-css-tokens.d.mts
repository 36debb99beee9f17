// Types for scripts/check-css-tokens.mjs, so its unit test (src/styles/check-css-tokens.test.ts)
// type-checks without allowJs.
export interface ScaleTokens {
  space: Set<string>;
  text: Set<string>;
  radius: Set<string>;
  shadow: Set<string>;
}
export interface Finding {
  line: number;
  message: string;
}
export function checkCss(css: string, options?: { tokens?: ScaleTokens }): Finding[];
export function scaleTokens(tokensCss: string): ScaleTokens;
