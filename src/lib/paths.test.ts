import { describe, expect, it } from 'vitest';
import { encodePathSegment, paths, safeNextPath } from './paths';

describe('href builders', () => {
  it('keep a hostile id inside one path segment', () => {
    expect(paths.transcript.href('../../api/users/me')).toBe('/sessions/..%2F..%2Fapi%2Fusers%2Fme');
    expect(paths.visitor.href('a/b?c#d')).toBe('/users/a%2Fb%3Fc%23d');
    expect(paths.transcript.href('x', 'y&z=1')).toBe('/sessions/x?turn=y%26z%3D1');
  });

  it('never throw on lone UTF-16 surrogates (encodeURIComponent would)', () => {
    expect(() => encodeURIComponent('\uD800')).toThrow(URIError);
    expect(encodePathSegment('a\uD800b\uDFFF')).toBe('a%EF%BF%BDb%EF%BF%BD');
    expect(encodePathSegment('😀')).toBe('%F0%9F%98%80');
    expect(paths.interaction.href('\uDBFF')).toBe('/interactions/%EF%BF%BD');
  });

  it('accept only same-app paths after sign-in', () => {
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('/users?o=-last_seen')).toBe('/users?o=-last_seen');
  });
});
