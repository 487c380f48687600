/**
 * External name lists (first names, cities, countries, regions, languages, organisations, people)
 * built from openly licensed npm data by `npm run build:ner-lists` (scripts/build-name-lists.ts) into
 * analysis/models/name-lists.json. Unlike the training gazetteer (gazetteer.ts), these lists hold
 * names the training split never saw, which is what closes part of the dev→test gap of the tagger.
 * They are features, not rules: the tagger learns how far to trust a match of each list.
 */
import { markMatch } from './match-marks';
import { SortedTable, type StringTable } from './sorted-table';

/** The lists, in bit order. Their sources are in analysis/models/README.md ("Names"). */
export const NAME_LISTS = [
  'first',
  'city',
  'bigCity',
  'country',
  'region',
  'language',
  'org',
  'person',
] as const;
/** One list's name. */
export type NameListName = (typeof NAME_LISTS)[number];

/**
 * The lists the tagger's features use. First names and compromise's people are left out: with word
 * clusters, three mixed training runs scored 0.9133 CoNLL++ dev F1 with every list and 0.9154 without
 * those two (see the models README); common first names ("Will", "Grant", "Rose") and famous names are
 * noise next to the training split's own gazetteer.
 */
export const TAGGER_LISTS: readonly NameListName[] = [
  'city',
  'bigCity',
  'country',
  'region',
  'language',
  'org',
];

/**
 * The lists as stored, merged into one sorted table so that loading is a few splits (see
 * sorted-table.ts): every entry once, with the lists that hold it.
 */
export interface NameListsFile {
  /** Entries (lower-cased tokens joined by spaces), sorted in UTF-16 code-unit order, "|"-separated. */
  entries: string;
  /** Per entry, the bit mask of its lists (bit k = NAME_LISTS[k]) in base 36, space-separated. */
  masks: string;
  /** Provenance: sources, licences, thresholds, entries per list. */
  meta: Record<string, unknown>;
}

/** The lists ready for lookup. */
export interface NameLists {
  /**
   * Entry ("tok tok", lower case) → bit mask of the lists in use holding it (bit k = NAME_LISTS[k]);
   * 0 for an entry of unused lists only.
   */
  entries: StringTable<number>;
  /** The lists in use, as a mask over NAME_LISTS bits. */
  use: number;
  /**
   * Per first word seen so far: its own entry mask, plus {@link HAS_LONGER} when a longer entry
   * starts with it. Two bisections become one map look-up for the words an article repeats.
   */
  firstWords: Map<string, number>;
}

/** Flag in {@link NameLists.firstWords}: some entry of two or more tokens starts with the word. */
const HAS_LONGER = 1 << 30;
/** The first-word cache is cleared past this many words (a few MB), which one article never reaches. */
const FIRST_WORDS_LIMIT = 100_000;

/** Entries longer than this many tokens are not stored: longer names are rare and slow the matcher. */
const MAX_ENTRY_TOKENS = 6;

/**
 * Merges lists of entries (already in token form: lower case, tokens joined by single spaces) into the
 * stored form. Used by scripts/build-name-lists.ts and by tests.
 */
export function nameListsFileFrom(
  lists: Partial<Record<NameListName, Iterable<string>>>,
  meta: Record<string, unknown> = {},
): NameListsFile {
  const masks = new Map<string, number>();
  NAME_LISTS.forEach((name, bit) => {
    for (const key of lists[name] ?? []) {
      if (!key || key.includes('|') || key.split(' ').length > MAX_ENTRY_TOKENS) continue;
      masks.set(key, (masks.get(key) ?? 0) | (1 << bit));
    }
  });
  const keys = [...masks.keys()].sort();
  return {
    entries: keys.join('|'),
    masks: keys.map((k) => masks.get(k)!.toString(36)).join(' '),
    meta,
  };
}

/**
 * Builds the lookup tables from the stored form (splits only; runs when the engine loads), for the
 * lists named in `use` ({@link TAGGER_LISTS} by default). A list keeps its bit in {@link NAME_LISTS}
 * order whichever lists are used, so the tagger's feature values do not depend on `use`.
 */
export function buildNameLists(
  file: NameListsFile,
  use: readonly NameListName[] = TAGGER_LISTS,
): NameLists {
  const keys = file.entries ? file.entries.split('|') : [];
  const masks = file.masks ? file.masks.split(' ') : [];
  let useMask = 0;
  for (const name of use) useMask |= 1 << NAME_LISTS.indexOf(name);
  return {
    entries: new SortedTable(keys, (i) => Number.parseInt(masks[i] ?? '0', 36) & useMask),
    use: useMask,
    firstWords: new Map(),
  };
}

const STARTS_NAME = /^[\p{Lu}\p{N}]/u;

/**
 * Marks list matches on the tokens `[from, to)` of one sentence. For each list separately the longest
 * entry starting at a position wins and matching resumes after it. A match must start with a capital
 * or a digit, so the verb "may" or the noun "nice" never matches the name. Returns, per token of the
 * range, a mask: bit 2k = begins an entry of list k, bit 2k + 1 = inside one.
 */
export function markNameLists(
  lists: NameLists,
  lower: readonly string[],
  words: readonly string[],
  from: number,
  to: number,
): Uint32Array {
  const marks = new Uint32Array(to - from);
  const nextFree = new Int32Array(NAME_LISTS.length).fill(from);
  const keys: string[] = new Array(MAX_ENTRY_TOKENS);
  for (let i = from; i < to; i++) {
    // ASCII first letters are checked by code (most tokens are lower-case ASCII words).
    const c = words[i]!.charCodeAt(0);
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) : !STARTS_NAME.test(words[i]!))
      continue;
    let key = lower[i]!;
    let first = lists.firstWords.get(key);
    if (first === undefined) {
      first = (lists.entries.get(key) ?? 0) | (lists.entries.hasLonger(key) ? HAS_LONGER : 0);
      if (lists.firstWords.size >= FIRST_WORDS_LIMIT) lists.firstWords.clear();
      lists.firstWords.set(key, first);
    }
    if (first === 0) continue;
    // Extend the candidate while a longer entry starts with it (a walk down the sorted table).
    keys[0] = key;
    let count = 1;
    while (
      count < MAX_ENTRY_TOKENS &&
      i + count < to &&
      (count === 1 ? first & HAS_LONGER : lists.entries.hasLonger(key))
    ) {
      key = `${key} ${lower[i + count]}`;
      keys[count++] = key;
    }
    let done = 0;
    for (let n = count; n >= 1; n--) {
      const mask = n === 1 ? first & ~HAS_LONGER : (lists.entries.get(keys[n - 1]!) ?? 0);
      if (!mask) continue;
      done = markMatch(marks, nextFree, from, i, n, mask, NAME_LISTS.length, done);
    }
  }
  return marks;
}
