import * as z from 'zod/mini';
import { besideIndex } from './base-path';

/**
 * Runtime configuration: one build serves many deployments. `config.json` next to
 * index.html may set the API origin and the HomePort base URL for offering links.
 */
const configSchema = z.object({
  apiUrl: z._default(z.string(), ''),
  homeportUrl: z._default(z.string(), ''),
});
export type RuntimeConfig = z.infer<typeof configSchema>;

let config: RuntimeConfig = { apiUrl: '', homeportUrl: '' };

/** What the build leaves in `<meta name="api-url">` until a container's entrypoint fills it in. */
const API_URL_PLACEHOLDER = '__API_URL__';

/**
 * The API location written into index.html at container start (HomePort's convention,
 * docs/api.md §9); '' while the placeholder is still there (not configured).
 */
export function metaApiUrl(doc: Document = document): string {
  const content = doc.querySelector('meta[name="api-url"]')?.getAttribute('content')?.trim() ?? '';
  return content === API_URL_PLACEHOLDER ? '' : content;
}

/**
 * Where the API is, first match wins: `<meta name="api-url">` (set by whoever serves this copy
 * of index.html), `apiUrl` in `config.json`, then the page's own origin (docs/deployment.md).
 */
export async function loadRuntimeConfig(
  fetchImpl: typeof fetch = fetch,
  doc: Document = document,
): Promise<RuntimeConfig> {
  try {
    const response = await fetchImpl(besideIndex('config.json'), { cache: 'no-store' });
    const type = response.headers.get('Content-Type') ?? '';
    if (response.ok && type.includes('json')) {
      const parsed = configSchema.safeParse(await response.json());
      if (parsed.success) config = parsed.data;
      else console.warn('config.json ignored: it does not match { apiUrl, homeportUrl }');
    }
  } catch {
    // No config.json: same-origin API, relative HomePort links.
  }
  const fromMeta = metaApiUrl(doc);
  if (fromMeta) config = { ...config, apiUrl: fromMeta };
  return config;
}

export function getConfig(): RuntimeConfig {
  return config;
}

export function setConfig(next: Partial<RuntimeConfig>): void {
  config = { ...config, ...next };
}

/** Absolute (or same-origin) HomePort URL for an app path such as `/marketplace-public-offering/<uuid>/`. */
export function homeportHref(path: string): string {
  const base = config.homeportUrl.replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
