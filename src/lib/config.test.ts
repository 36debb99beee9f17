import { afterEach, describe, expect, it, vi } from 'vitest';
import { getConfig, loadRuntimeConfig, metaApiUrl, setConfig } from './config';

function page(apiUrlMeta?: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  if (apiUrlMeta !== undefined) {
    const meta = doc.createElement('meta');
    meta.name = 'api-url';
    meta.content = apiUrlMeta;
    doc.head.append(meta);
  }
  return doc;
}

const json = (body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
const missing = vi.fn(
  async () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
);

afterEach(() => setConfig({ apiUrl: '', homeportUrl: '' }));

describe('where the API is', () => {
  it('the meta tag wins over config.json', async () => {
    const fetchImpl = json({
      apiUrl: 'https://from-config.example.org',
      homeportUrl: 'https://hp.example.org',
    });
    const config = await loadRuntimeConfig(fetchImpl, page('https://from-meta.example.org/'));
    expect(config).toEqual({
      apiUrl: 'https://from-meta.example.org/',
      homeportUrl: 'https://hp.example.org',
    });
    expect(fetchImpl).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('the placeholder left by the build means "not configured": config.json decides', async () => {
    const config = await loadRuntimeConfig(
      json({ apiUrl: 'https://from-config.example.org' }),
      page('__API_URL__'),
    );
    expect(config.apiUrl).toBe('https://from-config.example.org');
  });

  it('without either, the page’s own origin', async () => {
    await loadRuntimeConfig(missing, page('__API_URL__'));
    expect(getConfig().apiUrl).toBe('');
    await loadRuntimeConfig(missing, page());
    expect(getConfig().apiUrl).toBe('');
  });

  it('reads the meta tag of a page', () => {
    expect(metaApiUrl(page(' https://waldur.example.org '))).toBe('https://waldur.example.org');
    expect(metaApiUrl(page('__API_URL__'))).toBe('');
    expect(metaApiUrl(page(''))).toBe('');
    expect(metaApiUrl(page())).toBe('');
  });
});
