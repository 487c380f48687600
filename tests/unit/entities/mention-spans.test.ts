import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../analysis/entities/gazetteer';
import { toNameMentions } from '../../../analysis/entities/mention-spans';
import type { TokenSpan } from '../../../analysis/entities/tags';
import { tokenize } from '../../../analysis/entities/tokenize';

const gaz = buildGazetteer(['LOC\trussia', 'LOC\tukraine']);

/** Mentions of one span given by its first token and its token count. */
function mention(text: string, from: number, length: number, type: TokenSpan['type']) {
  const tokens = tokenize(text);
  return toNameMentions(text, tokens, [{ from, to: from + length, type }], gaz).map((m) => m.text);
}

describe('toNameMentions: edges of a name', () => {
  it('keeps a closing bracket whose opening bracket is inside the name', () => {
    const text = 'Mladost (L) beat Partizan.';
    const tokens = tokenize(text);
    expect(tokens.slice(0, 4).map((t) => t.text)).toEqual(['Mladost', '(', 'L', ')']);
    expect(mention(text, 0, 4, 'ORG')).toEqual(['Mladost (L)']);
  });

  it('trims a closing bracket opened outside the name, and other stray punctuation', () => {
    // 0 The 1 leader 2 ( 3 Putin 4 ) 5 spoke
    expect(mention('The leader (Putin) spoke.', 3, 2, 'PER')).toEqual(['Putin']);
    // 0 " 1 Aliyev 2 , 3 said
    expect(mention('"Aliyev, said', 0, 3, 'PER')).toEqual(['Aliyev']);
  });

  it('pairs brackets by nesting: an inner pair does not open the last bracket', () => {
    // 0 ( 1 Club 2 ( 3 A 4 ) 5 ) : the name starts at "Club", so its outer ")" has no opener inside.
    expect(mention('(Club (A))', 1, 5, 'ORG')).toEqual(['Club (A)']);
  });

  it('still splits hyphenated place pairs and trims titles', () => {
    expect(mention('the Russia-Ukraine war', 1, 1, 'LOC')).toEqual(['Russia', 'Ukraine']);
    expect(mention('President Vladimir Putin arrived', 0, 3, 'PER')).toEqual(['Vladimir Putin']);
  });

  it('leaves a currency code after a number to the money value', () => {
    // 0 tickets 1 cost 2 99 3 AZN 4 . ; 0 AZN 1 rose
    expect(mention('tickets cost 99 AZN.', 3, 1, 'ORG')).toEqual([]);
    expect(mention('AZN rose', 0, 1, 'ORG')).toEqual(['AZN']);
  });

  it('cuts a name at a bracket it does not both open and close', () => {
    // 0 Kauri 1 ( 2 Te 3 Kaurinui 4 Robert 5 ) 6 Parata 7 ,
    const text = 'Kauri (Te Kaurinui Robert) Parata, watched by his father';
    expect(mention(text, 2, 5, 'PER')).toEqual(['Te Kaurinui Robert', 'Parata']);
    expect(mention(text, 0, 5, 'PER')).toEqual(['Kauri', 'Te Kaurinui Robert']);
    expect(mention(text, 0, 7, 'PER')).toEqual(['Kauri (Te Kaurinui Robert) Parata']);
    // 0 Acme 1 ( 2 UK 3 ) 4 Ltd: balanced inside the span, kept whole.
    expect(mention('Acme (UK) Ltd', 0, 5, 'ORG')).toEqual(['Acme (UK) Ltd']);
  });

  it('keeps a lower-case word glued to the name by a hyphen, and never ends on the hyphen', () => {
    // 0 on 1 U.S. 2 - 3 led 4 talks
    const text = 'on U.S.-led talks';
    expect(mention(text, 1, 3, 'MISC')).toEqual(['U.S.-led']);
    expect(mention(text, 1, 4, 'MISC')).toEqual(['U.S.-led']);
    expect(mention(text, 1, 2, 'MISC')).toEqual(['U.S.']);
    // 0 Smith 1 , 2 said: a lower-case word cut off bares the comma, which goes too.
    expect(mention('Smith, said', 0, 3, 'PER')).toEqual(['Smith']);
  });

  it("leaves a sentence's full stop out of a name ending in one letter, but not a person's initial", () => {
    // 0 It 1 is 2 the 3 Xbox 4 One 5 S. 6 That
    expect(mention('It is the Xbox One S. That was cheaper.', 3, 3, 'MISC')).toEqual([
      'Xbox One S',
    ]);
    // 0 Brian 1 J. 2 ( 3 2010
    expect(mention('Brian J. (2010). Fundamentals', 0, 2, 'PER')).toEqual(['Brian J.']);
    // One letter alone is left as it is written: "U.S." stays whole.
    expect(mention('in the U.S. Then', 2, 1, 'LOC')).toEqual(['U.S.']);
  });
});
