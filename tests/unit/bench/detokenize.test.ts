import { describe, expect, it } from 'vitest';
import { detokenize } from '../../../bench/detokenize';

function span(text: string, piece: string, type: string) {
  const start = text.indexOf(piece);
  return { start, end: start + piece.length, type };
}

describe('detokenize', () => {
  it('writes Penn tokens with real spacing and moves the gold spans with them', () => {
    const text =
      'Germany \'s Bayer ( BAYG.DE ) said " we do n\'t know " , citing $ 23.4 million .\nLONDON 1996-08-30';
    const doc = detokenize({
      id: 'd',
      text,
      entities: [
        span(text, 'Germany', 'LOC'),
        span(text, 'Bayer', 'ORG'),
        span(text, 'LONDON', 'LOC'),
      ],
    });
    expect(doc.text).toBe(
      'Germany\'s Bayer (BAYG.DE) said "we don\'t know", citing $23.4 million.\nLONDON 1996-08-30',
    );
    expect(doc.entities.map((e) => `${doc.text.slice(e.start, e.end)}/${e.type}`)).toEqual([
      'Germany/LOC',
      'Bayer/ORG',
      'LONDON/LOC',
    ]);
  });

  it('refuses a gold span that does not fall on token edges', () => {
    expect(() =>
      detokenize({ id: 'd', text: 'New York City', entities: [{ start: 1, end: 8, type: 'LOC' }] }),
    ).toThrow(/token edges/);
  });
});
