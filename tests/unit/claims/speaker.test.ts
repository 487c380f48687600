import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../../analysis/claims/speaker';
import type { EntityMention } from '../../../analysis/types';

/** Mentions of the given names in `text` (first occurrence each), typed and linked by name. */
function mentions(text: string, names: Array<[string, EntityMention['type']]>): EntityMention[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`${name} not in text`);
    return { start, end: start + name.length, type, text: name, entityId: `${type}:${name}` };
  });
}

function speaker(text: string, names: Array<[string, EntityMention['type']]>): string | undefined {
  return speakerOf(text, { start: 0, end: text.length }, mentions(text, names));
}

describe('speakerOf', () => {
  it('finds the subject of a reporting verb after a quotation', () => {
    const text = '"We will cut taxes by 10 percent," Jane Doe said on Monday in Lyon.';
    expect(
      speaker(text, [
        ['Jane Doe', 'person'],
        ['Lyon', 'place'],
      ]),
    ).toBe('person:Jane Doe');
  });

  it('finds the speaker of the inverted form, past a title', () => {
    const text =
      '"Prices rose by a third," said Finance Minister Ana Silva, citing the Central Bank.';
    expect(
      speaker(text, [
        ['Ana Silva', 'person'],
        ['Central Bank', 'organization'],
      ]),
    ).toBe('person:Ana Silva');
  });

  it('reads through an apposition and an auxiliary', () => {
    const text =
      'Tom Reyes, the port authority chief, has said the harbour handled 2 million containers.';
    expect(speaker(text, [['Tom Reyes', 'person']])).toBe('person:Tom Reyes');
  });

  it('takes the source of "according to"', () => {
    const text = 'Unemployment fell to 4 percent last year, according to the Labour Institute.';
    expect(speaker(text, [['Labour Institute', 'organization']])).toBe(
      'organization:Labour Institute',
    );
  });

  it('does not take a name that modifies the real subject', () => {
    const text = 'Adams administration officials said the plan would cost $2 billion.';
    expect(speaker(text, [['Adams', 'person']])).toBeUndefined();
  });

  it('does not take the subject of the reported clause', () => {
    const text = 'Officials said on Friday that Mr. Karimov should be held accountable.';
    expect(speaker(text, [['Karimov', 'person']])).toBeUndefined();
  });

  it('does not take a possessor for the speaker', () => {
    const text = "Karimov's spokesman said the talks had failed twice.";
    expect(speaker(text, [['Karimov', 'person']])).toBeUndefined();
  });

  it('does not take the object of "said" without a comma or quote before it', () => {
    const text = 'She said Norway would double its aid by 2030.';
    expect(speaker(text, [['Norway', 'organization']])).toBeUndefined();
  });

  it('prefers the subject of the verb to another candidate', () => {
    const text = '"The deal is done," Maria Lopez told the Daily Courier on Tuesday.';
    expect(
      speaker(text, [
        ['Maria Lopez', 'person'],
        ['Daily Courier', 'organization'],
      ]),
    ).toBe('person:Maria Lopez');
  });

  it('leaves out unlinked mentions, and mentions outside the sentence', () => {
    const text = 'The tax would rise in Paris. "No," Jo Kim said.';
    const ms = mentions(text, [
      ['Paris', 'place'],
      ['Jo Kim', 'person'],
    ]);
    const first = { start: 0, end: text.indexOf(' "No') };
    expect(speakerOf(text, first, ms)).toBeUndefined();
    const unlinked = ms.map((m) => ({ ...m, entityId: undefined }));
    expect(speakerOf(text, { start: 0, end: text.length }, unlinked)).toBeUndefined();
  });
});

describe('speakerOf, nested and listener forms', () => {
  it('takes the first attribution of a nested report, a country speaking for its government', () => {
    const text = 'Kenya said Mr Otieno had told President Ruto by telephone that he was fine.';
    expect(
      speaker(text, [
        ['Kenya', 'place'],
        ['Otieno', 'person'],
        ['Ruto', 'person'],
      ]),
    ).toBe('place:Kenya');
  });

  it('does not take the listener of "told" in the inverted form', () => {
    const text = 'The mayor resigned on Monday, a source close to him told Daily Courier.';
    expect(speaker(text, [['Daily Courier', 'organization']])).toBeUndefined();
  });

  it('does not read "declared" with an object as speech', () => {
    const text = 'The crisis began when Yoon declared martial law at 10:30 p.m. on Tuesday.';
    expect(speaker(text, [['Yoon', 'person']])).toBeUndefined();
  });

  it('does not let a place speak in the inverted form', () => {
    const text = '"Prices will fall," said Lyon officials on Monday.';
    expect(speaker(text, [['Lyon', 'place']])).toBeUndefined();
  });
});

describe('speakerOf, when a pronoun speaks', () => {
  it('does not take the reader of a transcript for its source', () => {
    const text = 'Prices will rise, according to a memo reviewed by the Daily Courier.';
    expect(speaker(text, [['Daily Courier', 'organization']])).toBeUndefined();
  });

  it('does not give a pronoun\'s words to an "according to" source', () => {
    const text = '"These deals take months," he said, according to the Daily Courier.';
    expect(speaker(text, [['Daily Courier', 'organization']])).toBeUndefined();
  });

  it('still takes a named subject when a pronoun also speaks', () => {
    const text = 'Ana Silva said the plan failed, and he said it twice.';
    expect(speaker(text, [['Ana Silva', 'person']])).toBe('person:Ana Silva');
  });
});
