// `npm run lint` runs this: module CSS and global.css take spacing, font sizes, radii, shadows and
// colours from src/styles/tokens.css (STYLE 23), so the scale stays a scale. It prints
// `file:line: message` for every literal and exits 1 if there is any.
//
// A declaration that must keep a literal says why in a comment on its line or the line above:
//   /* css-tokens-exempt: SVG user units, scaled with the gauge's viewBox */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const EXEMPT = /css-tokens-exempt:\s*[a-z]/i;

const SPACING =
  /^(margin|padding|gap|row-gap|column-gap|grid-gap|inset|top|right|bottom|left|scroll-margin|scroll-padding)(-[a-z-]+)?$/;
const RADIUS = /^border(-[a-z]+)*-radius$/;
const SHADOW = /^(box-shadow|text-shadow)$/;
const COLOUR_PROPERTY =
  /^(color|background(-color|-image)?|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?(-color)?|outline(-color)?|fill|stroke|box-shadow|text-shadow|text-decoration(-color)?|caret-color|accent-color|column-rule(-color)?|stop-color|flood-color|lighting-color|scrollbar-color|--[\w-]+)$/;

// Every CSS named colour: a value may not name one any more than it may spell a hex code.
const NAMED_COLOURS = (
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet ' +
  'brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan ' +
  'darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta ' +
  'darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue ' +
  'darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey ' +
  'dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray ' +
  'green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
  'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray ' +
  'lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
  'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon ' +
  'mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
  'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
  'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen ' +
  'paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple ' +
  'red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
  'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise ' +
  'violet wheat white whitesmoke yellow yellowgreen'
).split(' ');
const NAMED_COLOUR = new RegExp(`(?<![-\\w])(${NAMED_COLOURS.join('|')})(?![-\\w])`, 'i');
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

// A number with a unit that sets a size: anything but 0, ±1px, %, and viewport units is a literal.
const LENGTH =
  /(?<![\w-])(-?(?:\d+\.?\d*|\.\d+))(px|rem|em|ex|ch|lh|rlh|pt|pc|cm|mm|in|q|vw|vh|vmin|vmax|svh|lvh|dvh|%)?(?![\w-])/gi;
const FONT_SIZE_KEYWORD =
  /(?<![\w-])(xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large|smaller|larger)(?![\w-])/i;
// `[inset] 0 0 0 1px|2px var(--colour)`: a ring drawn like a border, not a lift.
const RING = /^(inset\s+)?0(px)?\s+0(px)?\s+0(px)?\s+[12]px\s+var\(--[\w-]+\)$/;

/** Comments blanked out (newlines kept, so offsets still give line numbers). */
function blankComments(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
}

/** `var(--x)` → ` ` and `var(--x, fallback)` → the fallback, which is checked like any value. */
function withoutVars(value) {
  let out = value;
  for (;;) {
    const start = out.search(/var\(\s*--[\w-]+\s*[,)]/);
    if (start < 0) return out;
    let depth = 0;
    let end = start;
    let comma = -1;
    for (let i = start + 3; i < out.length; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')' && --depth === 0) {
        end = i;
        break;
      } else if (out[i] === ',' && depth === 1 && comma < 0) comma = i;
    }
    const fallback = comma < 0 ? ' ' : ` ${out.slice(comma + 1, end)} `;
    out = out.slice(0, start) + fallback + out.slice(end + 1);
  }
}

/** The custom properties a value refers to. */
const varNames = (value) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);

/** The literal lengths left in a value once its tokens are taken out. */
function literalLengths(value, { allowHairline }) {
  const found = [];
  for (const m of withoutVars(value).matchAll(LENGTH)) {
    const [text, number, unit = ''] = m;
    if (Number(number) === 0) continue;
    if (!unit) continue; // a calc() multiplier or a unitless factor
    const u = unit.toLowerCase();
    if (u === '%' || /^(vw|vh|vmin|vmax|svh|lvh|dvh)$/.test(u)) continue;
    if (allowHairline && u === 'px' && Math.abs(Number(number)) === 1) continue;
    found.push(text);
  }
  return found;
}

/** Top-level comma-separated parts (commas inside var()/calc() do not split). */
function topLevelParts(value) {
  const parts = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')') depth--;
    else if (value[i] === ',' && depth === 0) {
      parts.push(value.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(value.slice(from));
  return parts.map((p) => p.trim());
}

/** Declarations as { property, value, line, endLine }; selectors and at-rule preludes are skipped. */
function declarations(css) {
  const text = blankComments(css);
  const found = [];
  let from = 0;
  let quote = null;
  let parens = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote && text[i - 1] !== '\\') quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') parens++;
    else if (ch === ')') parens--;
    else if (parens === 0 && (ch === '{' || ch === '}' || ch === ';' || ch === undefined)) {
      const chunk = text.slice(from, i);
      if (ch !== '{') {
        const m = chunk.match(/^(\s*)(-{0,2}[a-zA-Z][\w-]*)\s*:([\s\S]*)$/);
        if (m) {
          const at = from + m[1].length;
          const line = text.slice(0, at).split('\n').length;
          const endLine = line + chunk.slice(m[1].length).split('\n').length - 1;
          found.push({ property: m[2].toLowerCase(), value: m[3].trim(), line, endLine });
        }
      }
      from = i + 1;
    }
  }
  return found;
}

/**
 * The token rule's findings for one stylesheet.
 * `tokens` (optional): the custom properties tokens.css defines, by family; with it, a reference
 * to a scale token that does not exist (a typo, a step that was removed) is a finding too.
 * @param {string} css
 * @param {{ tokens?: { space: Set<string>, text: Set<string>, radius: Set<string>, shadow: Set<string> } }} [options]
 * @returns {{ line: number, message: string }[]}
 */
export function checkCss(css, { tokens } = {}) {
  const lines = css.split('\n');
  const exempt = (line) => EXEMPT.test(lines[line - 1] ?? '') || EXEMPT.test(lines[line - 2] ?? '');
  const findings = [];
  for (const { property, value, line, endLine } of declarations(css)) {
    const report = (message) => {
      if (!exempt(line) && !exempt(endLine)) findings.push({ line, message: `${property}: ${message}` });
    };
    const clean = value.replace(/!important\s*$/i, '').trim();
    const refs = varNames(clean);
    const unknown = (family, set) =>
      refs.filter((name) => name.startsWith(`--${family}-`) && tokens && !set.has(name));

    if (COLOUR_PROPERTY.test(property) || property.startsWith('--')) {
      const literal = clean.match(COLOUR_LITERAL) ?? clean.match(NAMED_COLOUR);
      if (literal) report(`colour literal "${literal[0]}"; use a colour token from tokens.css`);
    }
    if (property === 'font-size' || property === 'font') {
      const literal =
        literalLengths(clean, { allowHairline: false })[0] ?? clean.match(FONT_SIZE_KEYWORD)?.[0];
      if (literal) report(`literal font size "${literal}"; use a --text-* token`);
      const wrong = refs.filter((name) => tokens && property === 'font-size' && !tokens.text.has(name));
      if (wrong.length) report(`"${wrong[0]}" is not a step of the type scale`);
    }
    if (SPACING.test(property)) {
      const literal = literalLengths(clean, { allowHairline: true })[0];
      if (literal) report(`literal spacing "${literal}"; use a --space-* token`);
      const missing = unknown('space', tokens?.space);
      if (missing.length) report(`"${missing[0]}" is not a step of the spacing scale`);
    }
    if (RADIUS.test(property)) {
      const literal = literalLengths(clean, { allowHairline: false })[0];
      if (literal) report(`literal radius "${literal}"; use a --radius-* token`);
      const missing = unknown('radius', tokens?.radius);
      if (missing.length) report(`"${missing[0]}" is not a radius token`);
    }
    if (SHADOW.test(property)) {
      const bad = topLevelParts(clean).find(
        (part) =>
          !/^(none|inherit|initial|unset)$/i.test(part) &&
          !/^var\(--shadow-[\w-]+\)$/.test(part) &&
          !RING.test(part),
      );
      if (bad) report(`"${bad}" is not a --shadow-* token (or a 1–2px ring)`);
      const missing = unknown('shadow', tokens?.shadow);
      if (missing.length) report(`"${missing[0]}" is not a shadow token`);
    }
  }
  return findings;
}

/** The scale tokens tokens.css defines, by family (`--text-*` only where the value is a size). */
export function scaleTokens(tokensCss) {
  const tokens = { space: new Set(), text: new Set(), radius: new Set(), shadow: new Set() };
  for (const { property, value } of declarations(tokensCss)) {
    const family = property.match(/^--(space|text|radius|shadow)-/)?.[1];
    if (!family) continue;
    if (family === 'text' && !/^-?[\d.]+(px|rem|em)$/.test(value)) continue; // --text-muted is a colour
    tokens[family].add(property);
  }
  return tokens;
}

function cssFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tokensFile = join(root, 'src/styles/tokens.css');
  const tokens = scaleTokens(readFileSync(tokensFile, 'utf8'));
  let count = 0;
  for (const file of cssFiles(join(root, 'src'))) {
    if (file === tokensFile) continue;
    for (const { line, message } of checkCss(readFileSync(file, 'utf8'), { tokens })) {
      console.error(`${relative(root, file)}:${line}: ${message}`);
      count++;
    }
  }
  if (count) {
    console.error(`\n${count} literal(s) outside src/styles/tokens.css (STYLE 23).`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
