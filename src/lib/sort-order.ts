/** A normalised sort key: numbers sort numerically, text case-insensitively, blanks are `null`. */
export type SortKey = number | string | null;

export function sortKey(value: unknown): SortKey {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'string') return value === '' ? null : value.toLowerCase();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : ms;
  }
  return String(value).toLowerCase();
}

/**
 * The order in which rows with these keys are shown: indices into `keys`. Blanks (`null`) always
 * last, numbers before text in mixed columns (after it when descending), ties in their original
 * order in both directions. Every table sorts with this one function, in the page or in a
 * worker, so a list shows the same order wherever it was sorted.
 *
 * Columns of one kind take a fast path: a whole number (count, timestamp in ms, flag) or the
 * first characters of a text, and the index, are packed into one float, so a native typed-array
 * sort does the work without a comparator call per comparison; texts that share those first
 * characters are then ordered by the comparator. Several times faster at 200,000 rows.
 */
export function sortedOrder(keys: readonly SortKey[], desc: boolean): Int32Array {
  return numberOrder(keys, desc) ?? textOrder(keys, desc) ?? comparatorOrder(keys, desc);
}

/** 2^bits above the largest index: value × scale + index is the packed key. */
const scaleFor = (n: number) => 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));

/** Sorts the packed keys and unpacks the indices, then the blanks in index order. */
function unpack(packed: Float64Array, scale: number, keys: readonly SortKey[]): Int32Array {
  // A typed array sorts numerically; equal values then fall in index order.
  packed.sort();
  const order = new Int32Array(keys.length);
  for (let k = 0; k < packed.length; k++) order[k] = packed[k] % scale;
  let tail = packed.length;
  for (let i = 0; i < keys.length; i++) if (keys[i] === null) order[tail++] = i;
  return order;
}

/** `null` unless every key is a whole number or blank and value × scale + index stays exact. */
function numberOrder(keys: readonly SortKey[], desc: boolean): Int32Array | null {
  let min = Infinity;
  let max = -Infinity;
  let present = 0;
  for (const key of keys) {
    if (key === null) continue;
    if (typeof key !== 'number' || !Number.isInteger(key)) return null;
    if (key < min) min = key;
    if (key > max) max = key;
    present++;
  }
  const scale = scaleFor(keys.length);
  if (present > 0 && (max - min + 1) * scale > Number.MAX_SAFE_INTEGER) return null;
  const packed = new Float64Array(present);
  let j = 0;
  keys.forEach((key, i) => {
    if (key !== null) packed[j++] = (desc ? max - (key as number) : (key as number) - min) * scale + i;
  });
  return unpack(packed, scale, keys);
}

/** Code units looked at to find the alphabet of a text column (the prefix is never longer). */
const PREFIX_MAX = 16;

/**
 * `null` unless every key is text or blank. The first code units of each text, as ranks in the
 * column's own alphabet (0 = the text has ended), make a number that sorts like the text;
 * runs of equal prefixes are finished with the comparator.
 */
function textOrder(keys: readonly SortKey[], desc: boolean): Int32Array | null {
  const seen = new Uint8Array(65_536);
  let present = 0;
  for (const key of keys) {
    if (key === null) continue;
    if (typeof key !== 'string') return null;
    for (let c = 0; c < key.length && c < PREFIX_MAX; c++) seen[key.charCodeAt(c)] = 1;
    present++;
  }
  const rank = new Uint32Array(65_536);
  let base = 1;
  for (let unit = 0; unit < seen.length; unit++) if (seen[unit]) rank[unit] = base++;
  const scale = scaleFor(keys.length);
  let length = 0;
  let top = 1;
  while (length < PREFIX_MAX && top * base * scale <= Number.MAX_SAFE_INTEGER) {
    top *= base;
    length++;
  }
  const prefixOf = (key: string) => {
    let value = 0;
    for (let c = 0; c < length; c++) value = value * base + (c < key.length ? rank[key.charCodeAt(c)] : 0);
    return desc ? top - 1 - value : value;
  };
  const prefix = new Float64Array(keys.length);
  const packed = new Float64Array(present);
  let j = 0;
  keys.forEach((key, i) => {
    if (key === null) return;
    prefix[i] = prefixOf(key as string);
    packed[j++] = prefix[i] * scale + i;
  });
  const order = unpack(packed, scale, keys);
  // Runs that share a prefix: the comparator decides (a run of equal texts is already in order).
  for (let start = 0; start < present;) {
    let end = start + 1;
    while (end < present && prefix[order[end]] === prefix[order[start]]) end++;
    if (end - start > 1) sortRun(order, start, end, keys, desc);
    start = end;
  }
  return order;
}

function sortRun(order: Int32Array, start: number, end: number, keys: readonly SortKey[], desc: boolean) {
  const first = keys[order[start]];
  let same = true;
  for (let k = start + 1; k < end && same; k++) same = keys[order[k]] === first;
  if (same) return;
  const dir = desc ? -1 : 1;
  const run = Array.from(order.subarray(start, end));
  run.sort((a, b) => {
    const x = keys[a] as string;
    const y = keys[b] as string;
    return x === y ? a - b : (x < y ? -1 : 1) * dir;
  });
  order.set(run, start);
}

/** Text and mixed columns: the comparator the tables have always used. */
function comparatorOrder(keys: readonly SortKey[], desc: boolean): Int32Array {
  const dir = desc ? -1 : 1;
  const order = Array.from({ length: keys.length }, (_, i) => i);
  order.sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    if (typeof x !== typeof y) return (typeof x === 'number' ? -1 : 1) * dir;
    return x === y ? a - b : (x < y ? -1 : 1) * dir;
  });
  return Int32Array.from(order);
}
