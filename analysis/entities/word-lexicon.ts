/**
 * Word classes from compromise's lexicon (MIT; a devDependency, read only by the trainer): first
 * names, surnames, places, organisations, demonyms, titles, verbs and common nouns or adjectives.
 * The trainer copies the single-word entries into the model file, so the runtime does not load
 * compromise. They are features, not rules: the tagger learns how far to trust each class.
 */

/** The classes, in bit order, and the compromise tags that make a word a member. */
export const LEXICON_CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['first', ['MaleName', 'FemaleName', 'FirstName']],
  ['last', ['LastName']],
  ['place', ['City', 'Place', 'Country', 'Region']],
  ['org', ['Organization', 'SportsTeam']],
  ['demonym', ['Demonym']],
  ['title', ['Honorific', 'Actor']],
  ['verb', ['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle']],
  ['word', ['Adjective', 'Singular', 'Plural', 'Uncountable', 'Noun', 'Adverb']],
];

/** The bit of class `name` in a word's mask (see {@link buildLexicon}). */
export function lexiconBit(name: string): number {
  const at = LEXICON_CLASSES.findIndex(([n]) => n === name);
  if (at < 0) throw new RangeError(`no lexicon class "${name}"`);
  return 1 << at;
}

/** Lexicon as stored in the model file: class name → space-separated lower-case words. */
export type LexiconFile = Record<string, string>;

/** Builds the lookup: lower-case word → bit mask of its classes. */
export function buildLexicon(file: LexiconFile): Map<string, number> {
  const out = new Map<string, number>();
  LEXICON_CLASSES.forEach(([name], bit) => {
    for (const w of (file[name] ?? '').split(' ')) {
      if (w) out.set(w, (out.get(w) ?? 0) | (1 << bit));
    }
  });
  return out;
}

/** Groups a word → tags lexicon (compromise's form) into {@link LexiconFile}; single words only. */
export function lexiconFileFrom(lexicon: Record<string, string | string[]>): LexiconFile {
  const out: Record<string, string[]> = {};
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^[\p{L}'.-]+$/u.test(word)) continue;
    const list = Array.isArray(tags) ? tags : [tags];
    for (const [name, members] of LEXICON_CLASSES) {
      if (!list.some((t) => members.includes(t))) continue;
      const words = out[name] ?? [];
      words.push(word.toLowerCase());
      out[name] = words;
    }
  }
  return Object.fromEntries(
    Object.entries(out).map(([k, v]) => [k, [...new Set(v)].sort().join(' ')]),
  );
}
