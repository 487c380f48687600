import { describe, expect, it } from 'vitest';
import { sentenceRanges, tokenize } from '../../../analysis/entities/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits raw clitics the way the Penn-tokenised training text has them', () => {
    expect(words("Germany's envoy don't")).toEqual(['Germany', "'s", 'envoy', 'do', "n't"]);
    expect(words("Germany 's envoy do n't")).toEqual(['Germany', "'s", 'envoy', 'do', "n't"]);
    expect(words('Aliyev’s aides')).toEqual(['Aliyev', '’s', 'aides']);
  });

  it('keeps acronyms, abbreviations and initials whole but splits a sentence-final period', () => {
    expect(words('U.S. Steel Inc. and J. Smith left.')).toEqual([
      'U.S.',
      'Steel',
      'Inc.',
      'and',
      'J.',
      'Smith',
      'left',
      '.',
    ]);
  });

  it('keeps numbers, dates and hyphenated words as one token', () => {
    expect(words('10,000 on 1996-08-22 in EU-wide Russia-Ukraine talks')).toEqual([
      '10,000',
      'on',
      '1996-08-22',
      'in',
      'EU-wide',
      'Russia-Ukraine',
      'talks',
    ]);
  });

  it('gives offsets that slice back to the token text, with non-ASCII letters inside words', () => {
    const text = '  Gülen visited Łódź —  “fine”, he said.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(words(text)).toContain('Gülen');
    expect(words(text)).toContain('Łódź');
  });

  it('ends sentences at line breaks and at final punctuation before a capital', () => {
    const text = 'He left. She stayed in Baku.\nNew line here';
    const tokens = tokenize(text);
    const firsts = sentenceRanges(text, tokens).map(([from]) => tokens[from]!.text);
    expect(firsts).toEqual(['He', 'She', 'New']);
  });
});
