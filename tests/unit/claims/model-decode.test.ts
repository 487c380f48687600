import { describe, expect, it } from 'vitest';
import { HASH_SIZE } from '../../../analysis/claims/features';
import { decodeHashedWeights, quantizeWeights } from '../../../analysis/claims/model';
import modelFile from '../../../analysis/models/claims.json';

/** The decoding as it was before the one-pass decoder: atob, then bytes, then floats. */
function reference(b64: string, scale: number): Float32Array {
  const bin = atob(b64);
  const out = new Float32Array(HASH_SIZE);
  for (let i = 0; i < HASH_SIZE && i < bin.length; i++) {
    const q = bin.charCodeAt(i);
    out[i] = (q > 127 ? q - 256 : q) * scale;
  }
  return out;
}

describe('decodeHashedWeights', () => {
  it('gives the same floats as atob on the shipped model', () => {
    const got = decodeHashedWeights(modelFile.hashed, modelFile.hashedScale);
    expect(got.length).toBe(HASH_SIZE);
    expect(
      Buffer.from(got.buffer).equals(
        Buffer.from(reference(modelFile.hashed, modelFile.hashedScale).buffer),
      ),
    ).toBe(true);
  });

  it('decodes every padding length, negative weights included, and zero-fills the rest', () => {
    for (const n of [1, 2, 3, 4, 5, 300]) {
      const w = new Float32Array(n);
      for (let i = 0; i < n; i++) w[i] = ((i * 37) % 255) - 127;
      const { data, scale } = quantizeWeights(w);
      const got = decodeHashedWeights(data, scale);
      expect([...got.subarray(0, n)]).toEqual([...reference(data, scale).subarray(0, n)]);
      expect(got[0]).toBeCloseTo(-127, 3);
      expect(got.subarray(n).every((x) => x === 0)).toBe(true);
    }
  });

  it('refuses text that is not base64', () => {
    expect(() => decodeHashedWeights('AB$C', 1)).toThrow(/not base64/);
    expect(() => decodeHashedWeights('ABÁC', 1)).toThrow(/not base64/);
  });
});
