import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../analysis/segment/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps offsets exact and trimmed', () => {
    const text = '  First one.  Second one!\n\n Third? ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second one!', 'Third?']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after titles, months before a number, or dotted abbreviations before names', () => {
    expect(texts('Mr. Aliyev met Gen. Milley and Sen. Warren. They talked.')).toEqual([
      'Mr. Aliyev met Gen. Milley and Sen. Warren.',
      'They talked.',
    ]);
    expect(texts('The summit opens on Nov. 11 in Baku. Delegates arrive early.')).toEqual([
      'The summit opens on Nov. 11 in Baku.',
      'Delegates arrive early.',
    ]);
    expect(texts('The U.S. Treasury agreed. Markets rose.')).toEqual([
      'The U.S. Treasury agreed.',
      'Markets rose.',
    ]);
  });

  it('ends a sentence after a dotted abbreviation when a sentence opener follows', () => {
    expect(texts('He moved to the U.S. The family followed a year later.')).toEqual([
      'He moved to the U.S.',
      'The family followed a year later.',
    ]);
    expect(texts('The vote closed at 5 p.m. It was delayed twice.')).toEqual([
      'The vote closed at 5 p.m.',
      'It was delayed twice.',
    ]);
  });

  it('keeps initials and decimals inside the sentence', () => {
    expect(texts('J. K. Rowling spoke. Sales rose 3.5 percent to $1.2 billion.')).toEqual([
      'J. K. Rowling spoke.',
      'Sales rose 3.5 percent to $1.2 billion.',
    ]);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    expect(texts('"We will win. We always win," he said. Then he left.')).toEqual([
      '"We will win. We always win," he said.',
      'Then he left.',
    ]);
    expect(texts('“Is it true?” she asked. Nobody answered.')).toEqual([
      '“Is it true?” she asked.',
      'Nobody answered.',
    ]);
    expect(texts('He said "this is over." The talks ended.')).toEqual([
      'He said "this is over."',
      'The talks ended.',
    ]);
  });

  it('splits headlines and datelines on their own lines', () => {
    expect(
      texts('Putin visits Baku\nBAKU, Aug. 19 (Reuters) - The president arrived on Monday.'),
    ).toEqual(['Putin visits Baku', 'BAKU, Aug. 19 (Reuters) - The president arrived on Monday.']);
  });

  it('splits list items and keeps their markers', () => {
    expect(
      texts('The plan has three parts:\n1. Cut taxes.\n2. Raise spending.\n- Build roads'),
    ).toEqual([
      'The plan has three parts:',
      '1. Cut taxes.',
      '2. Raise spending.',
      '- Build roads',
    ]);
  });

  it('always ends a sentence at a blank line, and joins wrapped lines', () => {
    expect(texts('A paragraph without a full stop\n\nAnother one')).toEqual([
      'A paragraph without a full stop',
      'Another one',
    ]);
    expect(texts('The minister said that the\nbudget would grow.')).toEqual([
      'The minister said that the\nbudget would grow.',
    ]);
  });

  it('does not split before a lower-case word or inside a web address', () => {
    expect(texts('Prices rose, e.g. for bread. See example.com for details.')).toEqual([
      'Prices rose, e.g. for bread.',
      'See example.com for details.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \n')).toEqual([]);
  });
});
