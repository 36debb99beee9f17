/**
 * The sub-path this build is served under: Vite's `base`, set at build time from `BASE_PATH`
 * (`/` or e.g. `/assistant-analytics/`, always with both slashes; docs/deployment.md).
 */
const BASE_PATH: string = import.meta.env.BASE_URL;

/** React Router's basename: the base without its trailing slash, `/` for the root. */
export function routerBasename(base: string = BASE_PATH): string {
  return base.replace(/\/+$/, '') || '/';
}

/** The in-app path of a browser pathname (`/assistant-analytics/users` → `/users`). */
export function inAppPath(pathname: string, base: string = BASE_PATH): string {
  const prefix = routerBasename(base);
  if (prefix === '/') return pathname;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** The URL of a file served next to index.html (`config.json`, the demo's service worker). */
export function besideIndex(file: string, base: string = BASE_PATH): string {
  return `${base}${file.replace(/^\/+/, '')}`;
}

/**
 * The absolute address of an in-app path (`/sessions/x?turn=y`), as this page is served: its
 * origin and base path. For links that leave the page: "Copy link", CSV and Markdown exports.
 */
export function absoluteAppUrl(
  path: string,
  origin: string = window.location.origin,
  base: string = BASE_PATH,
): string {
  const prefix = routerBasename(base);
  return `${origin}${prefix === '/' ? '' : prefix}${path.startsWith('/') ? path : `/${path}`}`;
}
