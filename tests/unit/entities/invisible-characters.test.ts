import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { normaliseWord } from '../../../analysis/entities/features';
import { hasIgnorable, stripIgnorable, tokenize } from '../../../analysis/entities/tokenize';

const SHY = '\u00AD';
const words = (text: string) => tokenize(text).map((t) => t.text);

describe('invisible format characters inside words', () => {
  it('keeps a soft hyphen, zero-width space, word joiner or BOM inside its word', () => {
    expect(words(`Vladi${SHY}mir Putin`)).toEqual([`Vladi${SHY}mir`, 'Putin']);
    expect(words('Netan\u200Byahu met Ka\u2060tz and Lie\uFEFFberman')).toEqual([
      'Netan\u200Byahu',
      'met',
      'Ka\u2060tz',
      'and',
      'Lie\uFEFFberman',
    ]);
    // Inside a hyphenated word too.
    expect(words(`Israeli-Pales${SHY}tinian talks`)).toEqual([
      `Israeli-Pales${SHY}tinian`,
      'talks',
    ]);
  });

  it('skips them outside words, and offsets still slice the original text', () => {
    const text = `talks on ${SHY}Israeli peace ${SHY} now`;
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['talks', 'on', 'Israeli', 'peace', 'now']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('looks words up without them', () => {
    expect(stripIgnorable(`Vladi${SHY}mir`)).toBe('Vladimir');
    expect(normaliseWord(`Netan${SHY}yahu’s`)).toBe("Netanyahu's");
    expect(hasIgnorable(`Vladi${SHY}mir`)).toBe(true);
    expect(hasIgnorable('Vladimir')).toBe(false);
  });

  it('finds one person in a name split by a soft hyphen, with offsets in the original text', () => {
    const text = `Aside from Russian President Vladi${SHY}mir Putin, few foreign leaders so brazenly stand up to Obama.`;
    const { mentions } = recognizeEntities(text);
    const putin = mentions.find((m) => m.text.includes('Putin'));
    expect(putin?.type).toBe('person');
    expect(putin?.text).toBe(`Vladi${SHY}mir Putin`);
    expect(text.slice(putin?.start, putin?.end)).toBe(putin?.text);
    expect(mentions.some((m) => m.text === 'Vladi' || m.text === 'Putin')).toBe(false);
  });

  it('links a soft-hyphenated surname to the same person written without one', () => {
    const text =
      `Benjamin Netanyahu won the election. Earnest added that Netan${SHY}yahu's disavowal ` +
      'would force a rethink.';
    const { mentions, linked } = recognizeEntities(text);
    const split = mentions.find((m) => m.text === `Netan${SHY}yahu`);
    expect(split?.type).toBe('person');
    const bibi = linked.find((e) => e.name === 'Benjamin Netanyahu');
    expect(bibi?.mentions).toBe(2);
    expect(split?.entityId).toBe(bibi?.id);
  });
});
