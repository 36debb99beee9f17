/**
 * Seeded randomness for the fixtures. Everything the mock server returns must be reproducible
 * from a seed, so tests, screenshots and bug reports see the same visitors and transcripts.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Picks by relative weight; weights need not sum to 1. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  /** `count` distinct items in random order (all of them when count exceeds the length). */
  sample: <T>(items: readonly T[], count: number) => T[];
  /** Lowercase hex string of the given length. */
  hex: (length: number) => string;
  /** Dashed v4-style UUID, the shape `crypto.randomUUID()` produces in the visitor's browser. */
  uuid: () => string;
  /** A child generator whose stream does not disturb this one. */
  fork: (salt: number) => Rng;
};

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const hex = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i += 1) out += HEX[Math.floor(next() * 16)];
    return out;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    weighted: (entries) => {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    sample: (items, count) => {
      const copy = items.slice();
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i += 1) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
    hex,
    uuid: () => {
      const variant = HEX[8 + Math.floor(next() * 4)];
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
    fork: (salt) => createRng(Math.floor(next() * 4294967296) ^ Math.imul(salt, 0x9e3779b1)),
  };
}

/**
 * 64 lowercase hex characters derived from a string. Stands in for the server's scrypt slug:
 * same input, same output, no cryptographic claim.
 */
export function hashHex64(input: string): string {
  let out = '';
  for (let round = 0; round < 8; round += 1) {
    // FNV-1a with a per-round offset basis, so the eight words differ.
    let h = (0x811c9dc5 ^ Math.imul(round + 1, 0x01000193)) >>> 0;
    for (let i = 0; i < input.length; i += 1) {
      h ^= input.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995) >>> 0;
    h ^= h >>> 15;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}
