import { afterEach, describe, expect, it } from 'vitest';
import { setConfig } from '@/lib/config';
import { isAllowedUrl, normalizeUrl, resolveContentUrl } from './safe-url';

describe('isAllowedUrl', () => {
  it.each([
    'https://example.org/a?b=c',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    'mailto:support@example.org',
    '/marketplace-public-offering/9f1c/',
    'relative/path',
    '?q=1',
    '#section',
    '//cdn.example.org/x',
  ])('allows %s', (url) => expect(isAllowedUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    'tel:+3725551234',
    '',
    '   ',
  ])('refuses %j', (url) => expect(isAllowedUrl(url)).toBe(false));
});

describe('normalizeUrl', () => {
  it('strips what the URL parser strips', () => {
    expect(normalizeUrl('  \u0000ja\tva\r\nscript:x \u0010')).toBe('javascript:x');
  });
});

describe('resolveContentUrl', () => {
  afterEach(() => setConfig({ homeportUrl: '' }));

  it('resolves HomePort paths against the configured base', () => {
    setConfig({ homeportUrl: 'https://homeport.example.org/' });
    expect(resolveContentUrl('/marketplace-public-offering/abc/')).toEqual({
      href: 'https://homeport.example.org/marketplace-public-offering/abc/',
      newTab: true,
    });
    expect(resolveContentUrl('marketplace-public-offering/abc/')?.href).toBe(
      'https://homeport.example.org/marketplace-public-offering/abc/',
    );
  });

  it('keeps absolute and mail links, opens web links in a new tab', () => {
    expect(resolveContentUrl('https://example.org')).toEqual({ href: 'https://example.org', newTab: true });
    expect(resolveContentUrl('mailto:a@b.c')).toEqual({ href: 'mailto:a@b.c', newTab: false });
    expect(resolveContentUrl('#fn-1')).toEqual({ href: '#fn-1', newTab: false });
  });

  it('returns null for anything off the allow-list', () => {
    expect(resolveContentUrl('javascript:alert(1)')).toBeNull();
    expect(resolveContentUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull();
  });
});
