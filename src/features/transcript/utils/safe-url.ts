import { homeportHref } from '@/lib/config';

/**
 * The link allow-list for API content (docs/security.md): `http:`, `https:`, `mailto:`
 * and relative paths. Anything else (`javascript:`, `data:`, `vbscript:`, `file:` …) is shown as
 * text, never as a link or an image source.
 */
export type SafeUrl = {
  href: string;
  /** Opens in a new tab with rel="noopener noreferrer". */
  newTab: boolean;
};

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * What a browser would see: the URL parser strips leading/trailing C0 controls and spaces and
 * removes tabs and newlines anywhere, so `java\tscript:` is still `javascript:`.
 */
export function normalizeUrl(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && isC0OrSpace(raw.charCodeAt(start))) start += 1;
  while (end > start && isC0OrSpace(raw.charCodeAt(end - 1))) end -= 1;
  return raw.slice(start, end).replace(/[\t\n\r]/g, '');
}

/** U+0000 to U+0020: the C0 controls and the space. */
function isC0OrSpace(code: number): boolean {
  return code <= 0x20;
}

function urlScheme(raw: string): string | null {
  const match = SCHEME.exec(normalizeUrl(raw));
  return match ? match[1].toLowerCase() : null;
}

export function isAllowedUrl(raw: string): boolean {
  const url = normalizeUrl(raw);
  if (!url) return false;
  const scheme = urlScheme(url);
  return scheme === null || ALLOWED_SCHEMES.has(scheme);
}

/**
 * Resolves a URL found in assistant content. Relative paths (`/marketplace-public-offering/…/`)
 * are HomePort paths, so they resolve against the configured HomePort base URL.
 * Returns null when the URL is not allowed.
 */
export function resolveContentUrl(raw: string): SafeUrl | null {
  const url = normalizeUrl(raw);
  if (!isAllowedUrl(url)) return null;
  const scheme = urlScheme(url);
  if (scheme === 'mailto') return { href: url, newTab: false };
  if (scheme) return { href: url, newTab: true };
  // Protocol-relative (`//host/…`) is an http(s) URL on another host.
  if (url.startsWith('//')) return { href: url, newTab: true };
  // In-content anchors (GFM footnotes) stay on the page.
  if (url.startsWith('#')) return { href: url, newTab: false };
  return { href: homeportHref(url), newTab: true };
}
