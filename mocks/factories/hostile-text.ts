import { LONG_WORD } from '../content/hostile';

/**
 * Hand-picked inputs for unit tests and specs (the full corpus is `mocks/content/hostile.ts`).
 * They must always be shown as text: nothing may run, load or become markup.
 */
export const HOSTILE_STRINGS = [
  '<script>alert("xss-script")</script>',
  '<img src=x onerror=alert("xss-img")>',
  '<svg onload=alert("xss-svg")><circle r="10"/></svg>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '<a href="javascript:alert(\'xss-a\')">raw link</a>',
  '<style>body{display:none}</style>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
  '{{constructor.constructor(\'alert("xss-template")\')()}}',
  '${alert("xss-literal")}',
  'evil\u202Egnp.exe\u202C and zero\u200Bwidth\u200Djoiners\uFEFF',
] as const;

export const HOSTILE_MARKDOWN = [
  ...HOSTILE_STRINGS,
  '[md link](javascript:alert("xss-md"))',
  '[entity link](javascript&#58;alert("xss-entity"))',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb link](vbscript:msgbox(1))',
  '<javascript:alert("xss-autolink")>',
  '![pixel](https://evil.example/pixel.png "tracker")',
  '![inline](data:image/svg+xml,<svg onload=alert(1)>)',
  LONG_WORD,
].join('\n\n');
