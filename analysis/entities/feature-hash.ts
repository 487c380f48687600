/**
 * 32-bit FNV-1a hashing of feature strings. Features are never stored as strings in the model: the
 * same hash is computed at training time and at run time, so a feature is a number in both. With
 * ~10^6 distinct training features, 32 bits leave about a hundred collisions, which do not matter.
 */

/** FNV-1a offset basis: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash `h` with the UTF-16 code units of `s`. */
export function fnvContinue(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x >>> 0;
}

/** FNV-1a hash of `s`, as an unsigned 32-bit integer. */
export function fnv(s: string): number {
  return fnvContinue(FNV_OFFSET, s);
}

/** Hash of the feature `prefix + "\u0001" + value`, computed without building the string. */
export function featureHash(prefixHash: number, value: string): number {
  return fnvContinue(Math.imul(prefixHash ^ 1, 0x01000193) >>> 0, value);
}

/**
 * Mixes two 32-bit hashes into one, order-dependent (a murmur3-style finaliser over a ^ rotated b).
 * Features made of several parts ("previous word | this word") are mixes of the parts' hashes, so
 * the string of the pair is never built.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ ((b << 13) | (b >>> 19)), 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
