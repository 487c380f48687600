import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { applyPersonCues } from '../../../analysis/entities/person-cues';
import type { TokenSpan } from '../../../analysis/entities/tags';

/** Words of a sentence split on spaces, and the spans given as [from, to, type]. */
function run(sentence: string, spans: Array<[number, number, TokenSpan['type']]>, starts = [0]) {
  const words = sentence.split(' ');
  const out = applyPersonCues({
    words,
    spans: spans.map(([from, to, type]) => ({ from, to, type })),
    sentenceStarts: new Set(starts),
  });
  return out.map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}

describe('applyPersonCues: names written as things', () => {
  it('retypes every mention of a one-word name after "the" and before punctuation', () => {
    expect(
      run('It was built by the Chozo . Later Chozo ruins fell', [
        [5, 6, 'PER'],
        [8, 9, 'PER'],
      ]),
    ).toEqual(['Chozo/MISC', 'Chozo/MISC']);
  });

  it('leaves a name before a noun, a family, a titled name and a name without "the"', () => {
    expect(run('the Clinton administration said so', [[1, 2, 'PER']])).toEqual(['Clinton/PER']);
    expect(run('the Kennedys , he said', [[1, 2, 'PER']])).toEqual(['Kennedys/PER']);
    expect(
      run('Mr. Grant met the Grant , he said', [
        [1, 2, 'PER'],
        [4, 5, 'PER'],
      ]),
    ).toEqual(['Grant/PER', 'Grant/PER']);
    expect(run('he met Grant , she said', [[2, 3, 'PER']])).toEqual(['Grant/PER']);
  });
});

describe('applyPersonCues', () => {
  it('joins a name over a middle initial, tagged or not', () => {
    expect(run('They briefed Donald J. Trump on Friday', [[2, 3, 'PER']])).toEqual([
      'Donald J. Trump/PER',
    ]);
    expect(
      run('They briefed Donald J. Trump on Friday', [
        [2, 3, 'PER'],
        [4, 5, 'PER'],
      ]),
    ).toEqual(['Donald J. Trump/PER']);
    expect(run('George H. W. Bush spoke', [[0, 1, 'PER']], [0])).toEqual(['George H. W. Bush/PER']);
  });

  it('does not join an initial to a longer name of another kind, nor across a sentence start', () => {
    expect(
      run('John F. Kennedy Airport was shut', [
        [0, 1, 'PER'],
        [2, 4, 'LOC'],
      ]),
    ).toEqual(['John/PER', 'Kennedy Airport/LOC']);
    expect(run('He met Smith A. Later he left', [[2, 3, 'PER']], [0, 4])).toEqual(['Smith/PER']);
  });

  it('makes the name after an office or a courtesy title a person', () => {
    expect(run('the order President Obama plans to sign', [[3, 4, 'LOC']])).toEqual(['Obama/PER']);
    expect(run('said Foreign Minister Lavrov on Monday', [[3, 4, 'ORG']])).toEqual(['Lavrov/PER']);
  });

  it('finds an untagged name after a courtesy title, but never takes the title itself', () => {
    expect(run('said Mr. Trump on Friday', [])).toEqual(['Trump/PER']);
    expect(run('said Mrs. Angela Merkel Weber Smith today', [])).toEqual([
      'Angela Merkel Weber/PER',
    ]);
    expect(run('It is too late , Mr. President , Dole said', [[8, 9, 'PER']])).toEqual([
      'Dole/PER',
    ]);
  });

  it('cuts a courtesy title the tagger took into a span, and makes the rest a person', () => {
    expect(run('Mr. Trump has called for it', [[0, 2, 'ORG']])).toEqual(['Trump/PER']);
    expect(
      run(
        'Mr. Trump spoke . Trump left',
        [
          [0, 2, 'ORG'],
          [4, 5, 'ORG'],
        ],
        [0, 4],
      ),
    ).toEqual(['Trump/PER', 'Trump/PER']);
    // A title before a long run heads a body's name, as after a title outside the span.
    expect(run('Dr. Martin Luther King Jr. Hospital opened', [[0, 6, 'ORG']])).toEqual([
      'Dr. Martin Luther King Jr. Hospital/ORG',
    ]);
  });

  it('types the same words alike through the article once a title marked them', () => {
    expect(
      run('President Obama said the Obama administration would act', [
        [1, 2, 'LOC'],
        [4, 5, 'LOC'],
      ]),
    ).toEqual(['Obama/PER', 'Obama/PER']);
  });

  it('leaves long names after a title and names without a cue alone', () => {
    expect(run('at the President Kennedy Memorial Hospital today', [[2, 6, 'ORG']])).toEqual([
      'President Kennedy Memorial Hospital/ORG',
    ]);
    expect(
      run('flights from Obama to Tokyo', [
        [2, 3, 'LOC'],
        [4, 5, 'LOC'],
      ]),
    ).toEqual(['Obama/LOC', 'Tokyo/LOC']);
  });
});

describe('recognizeEntities with the person cues', () => {
  const names = (text: string) =>
    recognizeEntities(text)
      .mentions.filter((m) => m.type === 'person' || m.type === 'place')
      .map((m) => `${m.text}/${m.type}`);

  it('reads a middle initial and a title as a news report writes them', () => {
    expect(names("They briefed President-elect Donald J. Trump's transition team.")).toContain(
      'Donald J. Trump/person',
    );
    expect(
      names(
        'The order that President Obama plans to sign was welcomed by the Obama administration.',
      ),
    ).toEqual(['Obama/person', 'Obama/person']);
  });
});
