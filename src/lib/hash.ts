/**
 * A short, stable, non-cryptographic fingerprint of a string (two 32-bit FNV-1a rounds, base 36).
 * For names of stored records and for keeping ids and user names out of browser storage in
 * plain text; never for anything secret.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
