import * as z from 'zod/mini';

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

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const response = await fetchImpl('/config.json', { cache: 'no-store' });
    const type = response.headers.get('Content-Type') ?? '';
    if (response.ok && type.includes('json')) {
      const parsed = configSchema.safeParse(await response.json());
      if (parsed.success) config = parsed.data;
      else console.warn('config.json ignored: it does not match { apiUrl, homeportUrl }');
    }
  } catch {
    // No config.json: same-origin API, relative HomePort links.
  }
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
