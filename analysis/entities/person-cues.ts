/**
 * Person cues the tagger's window misses: a courtesy title or an office held ("Mr. Trump",
 * "President Obama") says the next name is a person, and a middle initial ("Donald J. Trump") sits
 * inside a person's name, not after it. News prose leans on both far more than the training text's
 * sports tables do, and a name that is also a town ("Obama" is one in Japan, and in the place lists)
 * is otherwise read as a place.
 */
import { startsSentenceIn } from './document-pass';
import type { TokenSpan } from './tags';

/** Courtesy titles: the capitalised words right after one are a person's name, tagged or not. */
const COURTESY_TITLES = new Set([
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Mme',
  'Mme.',
]);

/**
 * Offices held by one person and written before the name. A name the tagger found right after one
 * becomes a person, but no name is created from an untagged word: "President" also heads the names
 * of bodies and things ("President Hotel"), where the tagger is the better judge.
 */
const OFFICE_TITLES = new Set(
  (
    'President President-elect Vice-President Senator Sen. Governor Gov. Rep. Representative ' +
    'Chancellor Premier Minister Secretary Ambassador Judge Justice Mayor General Gen. Pope'
  ).split(' '),
);

/**
 * Longest name a title is taken to cover, in tokens: first, middle and last names ("Mr. Luiz Inácio
 * Lula"); a longer run after a title is a body's name ("President Kennedy Memorial Hospital").
 */
const MAX_TITLED_NAME = 3;

const CAPITALISED = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}\.$/u;

/** What {@link applyPersonCues} reads. */
export interface PersonCueInput {
  words: readonly string[];
  /** The spans so far, sorted by `from`, not overlapping. */
  spans: readonly TokenSpan[];
  /** Token indices that start a sentence: no name is joined across one. */
  sentenceStarts: ReadonlySet<number>;
}

/**
 * Applies the cues, in this order: names joined over middle initials; a span that opens with a
 * courtesy title cut after it and made a person; names after a courtesy title made persons (an
 * untagged capitalised run after "Mr." becomes one); names after an office made persons; then
 * every other span with the same words as a name a title marked becomes a person too, since an
 * article names one person with one string ("the Obama administration" after "President Obama");
 * last, one-word names written as things ("the Chozo.") are no persons.
 */
export function applyPersonCues(input: PersonCueInput): TokenSpan[] {
  const { words, sentenceStarts } = input;
  const spans = joinInitials(words, input.spans, sentenceStarts);
  const titled = new Set<string>();
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = { ...spans[k]! };
    // The tagger took the title in ("Mr. Trump" as one ORG span, at a sentence's start): the name
    // after it is the person, and CoNLL leaves the title out.
    if (
      COURTESY_TITLES.has(words[s.from]!) &&
      s.to - s.from > 1 &&
      s.to - s.from <= MAX_TITLED_NAME + 1
    ) {
      s.from++;
      s.type = 'PER';
      titled.add(key(words, s));
      out.push(s);
      continue;
    }
    const title = words[s.from - 1] ?? '';
    if (s.to - s.from <= MAX_TITLED_NAME && !sentenceStarts.has(s.from)) {
      if (isTitle(title)) {
        s.type = 'PER';
        titled.add(key(words, s));
      }
    }
    out.push(s);
  }
  // Untagged names after courtesy titles.
  const covered = new Uint8Array(words.length);
  for (const s of out) covered.fill(1, s.from, s.to);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!COURTESY_TITLES.has(words[i]!) || covered[i + 1]) continue;
    let j = i + 1;
    while (
      j < words.length &&
      j - (i + 1) < MAX_TITLED_NAME &&
      !covered[j] &&
      !sentenceStarts.has(j) &&
      CAPITALISED.test(words[j]!) &&
      !isTitle(words[j]!)
    )
      j++;
    if (j === i + 1) continue;
    const s: TokenSpan = { from: i + 1, to: j, type: 'PER' };
    out.push(s);
    titled.add(key(words, s));
  }
  out.sort((a, b) => a.from - b.from);
  for (const s of out) if (s.type !== 'PER' && titled.has(key(words, s))) s.type = 'PER';
  return thingsAfterThe(words, out, titled);
}

/** Punctuation that may follow a name: after "the" and a name, it closes a noun phrase. */
const CLOSING_PUNCTUATION = new Set([',', '.', ';', ':', ')', '!', '?']);

/**
 * One-word person spans the article writes as a thing, after "the" and before punctuation ("the
 * Chozo.", "on the LGP-30,", "the Wasm."): English gives a person's name no article, and where it
 * does, a noun follows ("the Clinton administration") or the name is a family's plural ("the
 * Kennedys"). Every mention of such a word is retyped MISC, unless a title marks it a person. In the
 * CoNLL training text one person span of 11,000 stands so ("The Redmond, Wash.-based").
 */
function thingsAfterThe(
  words: readonly string[],
  spans: TokenSpan[],
  titled: ReadonlySet<string>,
): TokenSpan[] {
  const things = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.to - s.from !== 1) continue;
    const word = words[s.from]!;
    if (
      /^the$/i.test(words[s.from - 1] ?? '') &&
      CLOSING_PUNCTUATION.has(words[s.to] ?? '') &&
      !word.endsWith('s') &&
      !titled.has(word)
    ) {
      things.add(word);
    }
  }
  if (things.size === 0) return spans;
  return spans.map((s) =>
    s.type === 'PER' && s.to - s.from === 1 && things.has(words[s.from]!)
      ? { ...s, type: 'MISC' }
      : s,
  );
}

/** "Mr. President" addresses an office; the title is no name. */
function isTitle(word: string): boolean {
  return COURTESY_TITLES.has(word) || OFFICE_TITLES.has(word);
}

function key(words: readonly string[], s: TokenSpan): string {
  return words.slice(s.from, s.to).join(' ');
}

/**
 * Joins a person's name over one or two middle initials to the capitalised word after them
 * ("Donald" "J." "Trump" → one person), whether that word was tagged or not.
 */
function joinInitials(
  words: readonly string[],
  spans: readonly TokenSpan[],
  sentenceStarts: ReadonlySet<number>,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  const startsAt = new Map(spans.map((s, k) => [s.from, k]));
  for (let k = 0; k < spans.length; k++) {
    const s = { ...spans[k]! };
    out.push(s);
    if (s.type !== 'PER') continue;
    let j = s.to;
    while (INITIAL.test(words[j] ?? '') && j - s.to < 2) j++;
    if (j === s.to || !CAPITALISED.test(words[j] ?? '')) continue;
    if (startsSentenceIn(sentenceStarts, s.to, j)) continue;
    // Initials the tagger left out must not belong to another span.
    const next = startsAt.get(j);
    let blocked = false;
    for (let t = s.to; t < j && !blocked; t++) blocked = startsAt.has(t);
    if (blocked) continue;
    if (next !== undefined) {
      if (spans[next]!.type !== 'PER' && spans[next]!.to - spans[next]!.from > 1) continue;
      s.to = spans[next]!.to;
      k = next;
    } else {
      s.to = j + 1;
    }
  }
  return out;
}
