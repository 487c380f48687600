import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import type { EntityMention } from '../../../analysis/types';

const named = (text: string) => recognizeEntities(text).mentions.map((m) => `${m.text}/${m.type}`);

/** Sorted, non-overlapping, and every mention's text is its slice of the input. */
function expectWellFormed(text: string, mentions: readonly EntityMention[]): void {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    lastEnd = m.end;
  }
}

describe('recognizeEntities', () => {
  it('returns nothing for empty and blank input', () => {
    expect(recognizeEntities('')).toEqual({ mentions: [], linked: [] });
    expect(recognizeEntities(' \n\t ')).toEqual({ mentions: [], linked: [] });
  });

  it('does not take a capitalised sentence-initial word for a name', () => {
    const found = named(
      'Thanks to the new rules, prices fell. Officials in Berlin declined to comment.',
    );
    expect(found).toContain('Berlin/place');
    expect(found.some((f) => f.startsWith('Thanks') || f.startsWith('Officials'))).toBe(false);
  });

  it('reads all-caps headlines and datelines', () => {
    expect(named('JAPAN BEAT SYRIA TO REACH ASIAN CUP FINAL')).toEqual(
      expect.arrayContaining(['JAPAN/place', 'SYRIA/place']),
    );
    const found = named(
      'BRUSSELS 2024-05-02\nThe European Commission proposed new rules on Thursday.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'BRUSSELS/place',
        'European Commission/organization',
        '2024-05-02/date',
      ]),
    );
  });

  it('keeps titles and possessives outside person names', () => {
    const found = named(
      'MOSCOW, March 3 (Reuters) - Russian President Vladimir Putin said on Tuesday that talks would go on.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['MOSCOW/place', 'Reuters/organization', 'Vladimir Putin/person']),
    );
    expect(found).toContain('Russian/group');
    const poss = named(
      "Azerbaijan's President Ilham Aliyev's speech was welcomed. Aliyev’s aides agreed.",
    );
    expect(poss).toEqual(['Azerbaijan/place', 'Ilham Aliyev/person', 'Aliyev/person']);
  });

  it('splits hyphenated place pairs into two places', () => {
    expect(named('Analysts expect the Russia-Ukraine conflict to shape the talks.')).toEqual([
      'Russia/place',
      'Ukraine/place',
    ]);
  });

  it('keeps name particles inside a person name', () => {
    expect(
      named('European Commission President Ursula von der Leyen met leaders in Beijing.'),
    ).toEqual(expect.arrayContaining(['Ursula von der Leyen/person', 'Beijing/place']));
  });

  it('handles non-ASCII names', () => {
    expect(
      named('Turkey blames the cleric Fethullah Gülen for the failed coup. Gülen denies it.'),
    ).toEqual(expect.arrayContaining(['Fethullah Gülen/person', 'Gülen/person']));
    expect(named('The factory is in Łódź, Poland.')).toEqual(['Łódź/place', 'Poland/place']);
  });

  it('finds value spans by rule', () => {
    const found = named(
      'Emissions fall 35 percent by 2030; the fund holds $5 billion; tickets cost 99 AZN from November 11–22, 2024 at 10:30 a.m. over 40 km.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '35 percent/percent',
        '2030/date',
        '$5 billion/money',
        '99 AZN/money',
        'November 11–22, 2024/date',
        '10:30 a.m./time',
        '40 km/quantity',
      ]),
    );
  });

  it('links aliases and counts mentions per entity', () => {
    const text =
      'Russian President Vladimir Putin arrived in Baku. President Putin met officials. Putin said little.';
    const { mentions, linked } = recognizeEntities(text);
    const putin = linked.find((e) => e.name === 'Vladimir Putin');
    expect(putin).toMatchObject({ type: 'person', mentions: 3 });
    expect(putin?.aliases).toEqual(['Vladimir Putin', 'Putin']);
    const ids = mentions.filter((m) => m.text.includes('Putin')).map((m) => m.entityId);
    expect(new Set(ids)).toEqual(new Set([putin?.id]));
    expect(
      mentions.filter((m) => m.type === 'place').every((m) => m.entityId === 'place:baku'),
    ).toBe(true);
  });

  it('links an acronym defined in parentheses to its long form', () => {
    const text =
      'Baku hosts the UN Framework Convention on Climate Change (UNFCCC) meeting. The UNFCCC said it was ready.';
    const { mentions, linked } = recognizeEntities(text);
    const long = mentions.find((m) => m.text === 'UN Framework Convention on Climate Change');
    expect(long?.type).toBe('law');
    const acronyms = mentions.filter((m) => m.text === 'UNFCCC');
    expect(acronyms).toHaveLength(2);
    for (const a of acronyms) expect(a.entityId).toBe(long?.entityId);
    const entity = linked.find((e) => e.id === long?.entityId);
    expect(entity?.aliases).toContain('UNFCCC');
    expect(entity?.mentions).toBe(3);
  });

  it('stays well-formed and linear on a 1 MB input', () => {
    const paragraph =
      'Russian President Vladimir Putin met Ilham Aliyev in Baku on Monday, the Kremlin said. ' +
      'Trade rose 12 percent to $4 billion in 2023, and the Russia-Azerbaijan talks will go on in Moscow.\n\n';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const { mentions, linked } = recognizeEntities(text);
    expectWellFormed(text, mentions);
    const putin = linked.find((e) => e.name === 'Vladimir Putin');
    const repeats = Math.ceil(1_000_000 / paragraph.length);
    expect(putin?.mentions).toBe(repeats);
  }, 60_000);

  it('is well-formed on the hard cases above', () => {
    const text =
      "“Germany’s” envoy—said: U.S.-led (UNFCCC) talks... in Łódź & Gülen's ‘town’ — 5–7 km; ok?";
    expectWellFormed(text, recognizeEntities(text).mentions);
  });
});
