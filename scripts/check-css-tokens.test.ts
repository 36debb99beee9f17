import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCss, scaleTokens } from './check-css-tokens.mjs';

const tokensCss = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../src/styles/tokens.css'),
  'utf8',
);

const tokens = scaleTokens(tokensCss);

/** The findings for one rule body, as `line: message`. */
const check = (css: string) => checkCss(css, { tokens }).map((f) => `${f.line}: ${f.message}`);

describe('checkCss', () => {
  it('accepts a module that takes every size and colour from the tokens', () => {
    const css = `.card {
  margin: 0 auto var(--space-4);
  padding: var(--space-2) var(--space-5);
  gap: 0;
  inset: 0;
  top: 50%;
  margin-top: -1px;
  margin-left: calc(-1 * var(--space-2));
  width: calc(100% + 2 * var(--space-2));
  font-size: var(--text-sm);
  font: inherit;
  border: 1px solid var(--border);
  border-radius: var(--radius-md);
  box-shadow: var(--shadow-sm);
  color: var(--accent-contrast);
  background: transparent;
  white-space: nowrap;
}
.ring {
  box-shadow: inset 0 0 0 2px var(--focus);
}
@media print {
  .card {
    box-shadow: none !important;
  }
}`;
    expect(check(css)).toEqual([]);
  });

  it('names the line of a literal font size, spacing, radius and shadow', () => {
    const css = `.a {
  font-size: 13px;
  padding: 0.5rem var(--space-2);
  gap: 0.35em;
  border-radius: 4px;
  box-shadow: 0 4px 12px var(--overlay);
}`;
    expect(check(css)).toEqual([
      '2: font-size: literal font size "13px"; use a --text-* token',
      '3: padding: literal spacing "0.5rem"; use a --space-* token',
      '4: gap: literal spacing "0.35em"; use a --space-* token',
      '5: border-radius: literal radius "4px"; use a --radius-* token',
      '6: box-shadow: "0 4px 12px var(--overlay)" is not a --shadow-* token (or a 1–2px ring)',
    ]);
  });

  it('finds a colour literal in any spelling, in a custom property too', () => {
    const css = `.a {
  color: #fff;
  background: rgb(0 0 0 / 0.35);
  border-color: white;
  --mine: hsl(210 20% 50%);
  outline: 2px solid Tomato;
}`;
    expect(check(css)).toEqual([
      '2: color: colour literal "#fff"; use a colour token from tokens.css',
      '3: background: colour literal "rgb("; use a colour token from tokens.css',
      '4: border-color: colour literal "white"; use a colour token from tokens.css',
      '5: --mine: colour literal "hsl("; use a colour token from tokens.css',
      '6: outline: colour literal "Tomato"; use a colour token from tokens.css',
    ]);
  });

  it('checks the literal fallback inside var(), and a multi-line value on its first line', () => {
    const css = `.a {
  top: var(--sticky, 6rem);
  box-shadow:
    var(--shadow-sm),
    0 8px 24px var(--overlay);
}`;
    expect(check(css)).toEqual([
      '2: top: literal spacing "6rem"; use a --space-* token',
      '3: box-shadow: "0 8px 24px var(--overlay)" is not a --shadow-* token (or a 1–2px ring)',
    ]);
  });

  it('flags a font-size keyword and a size inside the font shorthand', () => {
    expect(check('.a { font-size: small; }\n.b { font: 600 12px/1.4 var(--font-sans); }')).toEqual([
      '1: font-size: literal font size "small"; use a --text-* token',
      '2: font: literal font size "12px"; use a --text-* token',
    ]);
  });

  it('flags a step the scale does not have and a colour token used as a font size', () => {
    const css = `.a {
  padding: var(--space-11);
  font-size: var(--text-muted);
  border-radius: var(--radius-lg);
  box-shadow: var(--shadow-xl);
}`;
    expect(check(css)).toEqual([
      '2: padding: "--space-11" is not a step of the spacing scale',
      '3: font-size: "--text-muted" is not a step of the type scale',
      '4: border-radius: "--radius-lg" is not a radius token',
      '5: box-shadow: "--shadow-xl" is not a shadow token',
    ]);
  });

  it('lets a declaration keep a literal when a comment on it or above it says why', () => {
    const css = `.gauge text {
  /* css-tokens-exempt: SVG user units */
  font-size: 17px;
  left: -999px; /* css-tokens-exempt: parked off screen */
  /* css-tokens-exempt: */
  padding: 3px;
}`;
    expect(check(css)).toEqual(['6: padding: literal spacing "3px"; use a --space-* token']);
  });

  it('ignores literals in comments, selectors and layout sizes', () => {
    const css = `/* padding: 3px; color: #000 */
.a:not(.b) > .c {
  width: 13.5rem;
  max-height: calc(100vh - 2rem);
  line-height: 1.4;
  outline-offset: 2px;
}`;
    expect(check(css)).toEqual([]);
  });
});

describe('scaleTokens', () => {
  it('reads the scales from tokens.css, leaving the colour tokens out of the type scale', () => {
    expect(tokens.space.has('--space-4')).toBe(true);
    expect(tokens.text.has('--text-sm')).toBe(true);
    expect(tokens.text.has('--text-muted')).toBe(false);
    expect([...tokens.radius]).toEqual(['--radius-xs', '--radius-sm', '--radius-md', '--radius-pill']);
    expect([...tokens.shadow]).toEqual([
      '--shadow-sm',
      '--shadow-md',
      '--shadow-lg',
      '--shadow-more-end',
      '--shadow-more-start',
    ]);
  });
});
