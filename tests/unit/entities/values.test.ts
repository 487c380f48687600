import { describe, expect, it } from 'vitest';
import { findValues } from '../../../analysis/entities/values';

const values = (text: string) => findValues(text, []).map((v) => `${v.type}:${v.text}`);

describe('value patterns', () => {
  it('finds money, quantities and numbers with their scale words', () => {
    expect(values('A $1.2 billion deal for 5 million tonnes.')).toEqual([
      'money:$1.2 billion',
      'quantity:5 million tonnes',
    ]);
    expect(values('They paid 300 manats and 40 USD.')).toEqual([
      'money:300 manats',
      'money:40 USD',
    ]);
    expect(values('Pipes of 12 km and 3 km2.')).toContain('quantity:12 km');
  });

  // The word ends are written `(?!\w)` (values.ts: WORD_END, for V8's compile time); they must still
  // refuse a word that goes on, as `\b` did.
  it('a scale, currency or unit word ends where the word ends', () => {
    expect(values('Some 5 millionaires came.')).toEqual(['number:5']);
    expect(values('He had 10 dollarsigns drawn.')).toEqual(['number:10']);
    expect(values('At 90 kmh on the road.')).toEqual(['number:90']);
    expect(values('The 20 yards of 7 m_x.')).toEqual(['number:20', 'number:7']);
  });
});
