import { describe, expect, it } from 'vitest';
import {
  NerPackError,
  PACK_VERSION,
  packNerModel,
  unpackNerModel,
} from '../../../analysis/entities/model-pack';
import { shippedModelFiles } from './model-pack-helpers';

const packed = packNerModel(shippedModelFiles());

/** A copy of the pack with `edit` applied. */
function edited(edit: (bytes: Uint8Array, view: DataView) => void): Uint8Array {
  const copy = packed.slice();
  edit(copy, new DataView(copy.buffer));
  return copy;
}

/** Offset of a section's directory entry (20-byte header, 12 bytes per entry). */
function dirEntry(name: string): number {
  const view = new DataView(packed.buffer, packed.byteOffset);
  const count = view.getUint32(12, true);
  for (let i = 0; i < count; i++) {
    const d = 20 + i * 12;
    if (String.fromCharCode(...packed.subarray(d, d + 4)) === name) return d;
  }
  throw new Error(`no section ${name}`);
}

describe('unpackNerModel refuses what is not a sound pack', () => {
  it('reads the sound pack (the cases below fail for their own reason)', () => {
    expect(unpackNerModel(packed).nTags).toBe(9);
  });

  it('refuses an empty buffer and a header cut short', () => {
    expect(() => unpackNerModel(new Uint8Array(0))).toThrow(/too short for a header/);
    expect(() => unpackNerModel(packed.slice(0, 12))).toThrow(NerPackError);
  });

  it('refuses foreign files: JSON, a PNG, zeros', () => {
    const json = new TextEncoder().encode(JSON.stringify({ version: 1, tags: [], keys: '' }));
    expect(() => unpackNerModel(json)).toThrow(/wrong magic/);
    const png = Uint8Array.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...new Array(40).fill(0),
    ]);
    expect(() => unpackNerModel(png)).toThrow(/wrong magic/);
    expect(() => unpackNerModel(new Uint8Array(4096))).toThrow(
      /Not a usable Gloss entity model file/,
    );
  });

  it('refuses a truncated pack, or one with bytes added', () => {
    expect(() => unpackNerModel(packed.slice(0, packed.length - 1))).toThrow(
      /where the header says/,
    );
    expect(() => unpackNerModel(packed.slice(0, packed.length >> 1))).toThrow(
      /where the header says/,
    );
    const longer = new Uint8Array(packed.length + 8);
    longer.set(packed);
    expect(() => unpackNerModel(longer)).toThrow(/where the header says/);
  });

  it('refuses another format version', () => {
    const next = edited((_, v) => v.setUint32(4, PACK_VERSION + 1, true));
    expect(() => unpackNerModel(next)).toThrow(/format version/);
  });

  it('refuses a damaged directory or META (checksum)', () => {
    const dir = edited((b) => {
      b[dirEntry('GZH ') + 8]! ^= 0x01;
    });
    expect(() => unpackNerModel(dir)).toThrow(/checksum mismatch/);
    const metaAt = new DataView(packed.buffer, packed.byteOffset).getUint32(24, true);
    const meta = edited((b) => {
      b[metaAt + 5]! ^= 0x20;
    });
    expect(() => unpackNerModel(meta)).toThrow(/checksum mismatch/);
  });

  it('refuses a section pointing past the end', () => {
    const d = dirEntry('WVAL');
    // Moving a section breaks the checksum too: the bounds check fires first, with its own message.
    const past = edited((_, v) => v.setUint32(d + 4, packed.length + 8, true));
    expect(() => unpackNerModel(past)).toThrow(/section WVAL lies outside the file/);
  });

  it('refuses sparse weights whose masks and values disagree', () => {
    const wmskAt = new DataView(packed.buffer, packed.byteOffset).getUint32(
      dirEntry('WMSK') + 4,
      true,
    );
    // A tag bit past the ninth tag.
    const pastTag = edited((_, v) => v.setUint16(wmskAt, 1 << 12, true));
    expect(() => unpackNerModel(pastTag)).toThrow(/names a tag past the last/);
    // One more non-zero weight, in the first row that has a zero, than there are values for.
    const extra = edited((_, v) => {
      let at = wmskAt;
      while (v.getUint16(at, true) === 0x1ff) at += 2;
      const m = v.getUint16(at, true);
      v.setUint16(at, m | (~m & (m + 1) & 0x1ff), true);
    });
    expect(() => unpackNerModel(extra)).toThrow(/values and row masks disagree/);
  });

  it('refuses a model file with another tag set when packing', () => {
    const files = shippedModelFiles();
    expect(() => packNerModel({ ...files, model: { ...files.model, tags: ['O', 'B-X'] } })).toThrow(
      /tag set mismatch/,
    );
  });
});
