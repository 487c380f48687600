import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { NAME_TYPES } from '../../../analysis/types';

const fixtures = path.resolve(__dirname, '../../fixtures');
const expected = JSON.parse(
  readFileSync(path.join(fixtures, 'azernews-putin-visit.expected.json'), 'utf8'),
) as {
  entities_in_body: Record<'person' | 'place' | 'organization' | 'event_or_other', string[]>;
  must_not_highlight: string[];
};

/** The article's body text: its <p> texts minus the byline, share and related sections. */
function bodyText(): string {
  const html = readFileSync(path.join(fixtures, 'azernews-putin-visit.html'), 'utf8');
  const { document } = parseHTML(html);
  const article = document.querySelector('article');
  if (!article) throw new Error('fixture has no <article>');
  for (const el of article.querySelectorAll('.byline, .share, .related')) el.remove();
  return [...article.querySelectorAll('p')].map((p) => p.textContent ?? '').join('\n\n');
}

describe('the canonical article (azernews-putin-visit)', () => {
  const text = bodyText();
  const { mentions, linked } = recognizeEntities(text);
  const names = mentions.filter((m) => (NAME_TYPES as readonly string[]).includes(m.type));
  const typesOf = (name: string) =>
    new Set(names.filter((m) => m.text === name).map((m) => m.type));

  it('finds every person as a person', () => {
    for (const p of expected.entities_in_body.person) expect(typesOf(p), p).toContain('person');
  });

  it('finds every place, and most of them typed as places', () => {
    const places = expected.entities_in_body.place;
    for (const p of places) expect(typesOf(p).size, p).toBeGreaterThan(0);
    const typed = places.filter((p) => typesOf(p).has('place'));
    expect(typed.length / places.length).toBeGreaterThanOrEqual(0.8);
  });

  it('finds most organisations and events', () => {
    const wanted = [
      ...expected.entities_in_body.organization,
      ...expected.entities_in_body.event_or_other,
    ];
    const found = wanted.filter((n) => typesOf(n).size > 0);
    expect(found.length / wanted.length).toBeGreaterThanOrEqual(0.6);
  });

  it('types the multi-word events as events and the wire credit as an organisation', () => {
    for (const e of [
      'UN Climate Change Conference',
      'Russian Culture Days',
      'Conference of the Parties',
    ])
      expect(typesOf(e), e).toContain('event');
    expect(typesOf('MENAFN')).toContain('organization');
  });

  it('types "the Azerbaijani President" as a group before a title, never a person', () => {
    expect(typesOf('Azerbaijani')).toContain('group');
    expect(typesOf('Azerbaijani')).not.toContain('person');
  });

  it('glues nothing onto a name and highlights nothing from the page chrome', () => {
    for (const m of names) expect(m.text, m.text).not.toMatch(/\bRead\b|\n/);
    for (const n of expected.must_not_highlight) expect(typesOf(n).size, n).toBe(0);
  });

  it('links later mentions to the full names and counts them', () => {
    const putin = linked.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.aliases).toContain('Putin');
    expect(putin?.mentions).toBeGreaterThanOrEqual(4);
    const aliyev = linked.find((e) => e.name === 'Ilham Aliyev');
    expect(aliyev?.mentions).toBeGreaterThanOrEqual(3);
    const unfccc = mentions.filter((m) => m.text === 'UNFCCC');
    expect(unfccc.length).toBeGreaterThan(0);
  });
});
