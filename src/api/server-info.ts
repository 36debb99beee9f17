import type { ApiGeneration } from './filters';

/**
 * Servers before 8.1.2 use `created_from`/`created_to`/`has_negative_feedback` and have no
 * `conversations/`. Unknown or development versions are treated as current.
 */
export function generationFromVersion(version: string | null | undefined): ApiGeneration {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec((version ?? '').trim());
  if (!match) return 'current';
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (major !== 8) return major < 8 ? 'legacy' : 'current';
  if (minor !== 1) return minor < 1 ? 'legacy' : 'current';
  return patch < 2 ? 'legacy' : 'current';
}

let current: ApiGeneration = 'current';

export function setApiGeneration(generation: ApiGeneration): void {
  current = generation;
}

export function getApiGeneration(): ApiGeneration {
  return current;
}
