import { hashHex64, type Rng } from '../random';

export type Persona = 'researcher' | 'student' | 'tourist' | 'prober' | 'bot';

/** `weight` is how often the visitor comes back, relative to the others. */
export type Visitor = { ip: string; slug: string; persona: Persona; weight: number };

const IPV4_PREFIXES = [
  '193.40',
  '193.166',
  '195.80',
  '84.50',
  '90.190',
  '62.65',
  '130.237',
  '141.192',
  '78.28',
];
const IPV6_PREFIXES = ['2001:bb8', '2a02:29b8', '2001:6b0', '2001:708', '2a00:1d50'];

function makeIp(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const ip = rng.chance(0.8)
      ? `${rng.pick(IPV4_PREFIXES)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
      : `${rng.pick(IPV6_PREFIXES)}:${rng.int(1, 0xffff).toString(16)}:${rng.int(1, 0xffff).toString(16)}::${rng.int(1, 0xfff).toString(16)}`;
    if (!taken.has(ip)) {
      taken.add(ip);
      return ip;
    }
  }
}

/** The visitor pool: distinct IPs (a slug is the hash of one), mostly researchers. */
export function makeVisitors(rng: Rng, count: number): Visitor[] {
  const taken = new Set<string>();
  const visitors: Visitor[] = [];
  for (let i = 0; i < count; i += 1) {
    const ip = makeIp(rng, taken);
    const persona = rng.weighted<Persona>([
      ['researcher', 70],
      ['student', 17],
      ['tourist', 9],
      ['prober', 4],
    ]);
    // Heavy tail: a few visitors come back many times.
    const weight = 0.15 + rng.next() ** 4 * 12;
    visitors.push({ ip, slug: hashHex64(ip), persona, weight });
  }
  return visitors;
}
