/**
 * Tokeniser shared by training and runtime. It yields Penn-Treebank-like tokens with offsets, so that
 * the Penn-tokenised training text ("Germany 's", "do n't") and raw news text ("Germany's", "don't")
 * produce the same token sequence: clitics and "n't" are split off, dotted acronyms ("U.S.") and degrees
 * ("Ph.D.") and known abbreviations ("Inc.", "Mr.") keep their period, hyphenated words ("EU-wide", "Russia-Ukraine") stay
 * one token as in CoNLL (the entity layer splits place pairs later). Invisible format characters
 * (soft hyphen, zero-width space, word joiner, BOM) inside a word belong to it ("Vladi\u00ADmir" is
 * one token, its offsets still in the original text); elsewhere they separate nothing and are skipped.
 */

/** One token: its text and its half-open UTF-16 span in the source. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Invisible format characters that web pages put inside words: U+00AD SOFT HYPHEN (hyphenation
 * hints, as in "Vladi\u00ADmir"), U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER and U+FEFF (a byte
 * order mark, or the old word joiner). A reader does not see them, so they must neither split a word
 * nor change how it is looked up. Zero-width (non-)joiners (U+200C, U+200D) are left alone: they
 * change how a word is written in Persian, Indic scripts and emoji.
 */
const IGNORABLE = '\\u00AD\\u200B\\u2060\\uFEFF';
const IGNORABLE_RUN = new RegExp(`[${IGNORABLE}]+`, 'gu');

/** The text without its invisible format characters (see {@link IGNORABLE}): the form to look up. */
export function stripIgnorable(s: string): string {
  return s.replace(IGNORABLE_RUN, '');
}

const IGNORABLE_ANY = new RegExp(`[${IGNORABLE}]`, 'u');

/** Whether the text has any invisible format character (so callers can skip {@link stripIgnorable}). */
export function hasIgnorable(s: string): boolean {
  return IGNORABLE_ANY.test(s);
}

/** A letter, mark or digit, possibly after invisible format characters (inside a word only). */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const WORD_PART = `${WORD_CHAR}(?:[${IGNORABLE}]*${WORD_CHAR})*`;

const CLITIC = "['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)(?![\\p{L}\\p{N}])";

/**
 * The token pattern, with `word` for a run of letters, marks and digits. Built twice: text without
 * invisible format characters (nearly all of it) keeps the plain `[…]+` run, which the regular
 * expression engine matches with less work per letter than the run that allows them.
 */
function tokenPattern(word: string): RegExp {
  return new RegExp(
    [
      // Dotted acronyms and abbreviations: U.S., a.m., F.C. (periods inside, and the last one).
      '(?:\\p{L}\\.){2,}(?![\\p{L}\\p{N}])',
      // Degrees and titles with a two-letter part: Ph.D., M.Sc., Ed.D. (one token, not "Ph" "." "D.").
      '\\p{Lu}\\p{Ll}?\\.(?:\\p{Lu}\\p{Ll}?\\.)+(?![\\p{L}\\p{N}])',
      // "do|n't", "ca|n't": the stem before a negative clitic.
      "\\p{L}+(?=n['’]t(?!\\p{L}))",
      "n['’]t(?!\\p{L})",
      CLITIC,
      // Words and numbers with inner joiners: O'Neill, AT&T, EU-wide, 1996-08-22, 10,000, 3.5.
      `${word}(?:(?:[-&/]|['’](?!(?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)(?![\\p{L}\\p{N}]))|(?<=\\p{N})[.,:](?=\\p{N}))${word})*`,
      // Dash and ellipsis runs as one token, as Penn writes "--" and "...".
      '-{2,}|\\.{2,}',
      // Any other visible character; invisible format characters outside words are skipped like spaces.
      `[^\\s${IGNORABLE}]`,
    ].join('|'),
    'gu',
  );
}
const TOKEN_RE = tokenPattern(`${WORD_CHAR}+`);
const TOKEN_WITH_IGNORABLE_RE = tokenPattern(WORD_PART);

/**
 * Words that keep a following period as part of the token, as the Penn-tokenised training text does
 * ("Inc.", "Mr.", "Calif."). Single letters (initials: "J.") also keep it; see {@link tokenize}.
 */
const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr St Jr Sr Inc Corp Ltd Co Bros Gen Col Lt Sgt Capt Maj Cmdr Adm Gov Sen Rep Prof Rev Hon ' +
    'Mt Ft vs etc No vol Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Calif Fla Ill Mass Mich Minn ' +
    'Penn Tenn Tex Va Wash Wis Ariz Colo Conn Del Ga Ind Kan Ky La Md Mo Mont Neb Nev Okla Ore Pa Vt Wyo'
  ).split(' '),
);

/** Splits text into tokens with offsets; whitespace separates tokens and is never part of one. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = hasIgnorable(text) ? TOKEN_WITH_IGNORABLE_RE : TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    if (text.charCodeAt(end) === 46 /* . */ && text.charCodeAt(end + 1) !== 46) {
      const isInitial = word.length === 1 && /\p{Lu}/u.test(word);
      if (isInitial || ABBREVIATIONS.has(stripIgnorable(word))) {
        word += '.';
        end += 1;
        re.lastIndex = end;
      }
    }
    out.push({ text: word, start, end });
  }
  return out;
}

const SENTENCE_END = new Set(['.', '!', '?', '...']);

/**
 * Groups tokens into sentences as index ranges `[from, to)`. A sentence ends at a line break, after
 * ".", "!" or "?" followed by a token that does not start in lower case, and before any offset in
 * `extraStarts` (sentence starts that the caller already knows).
 */
export function sentenceRanges(
  text: string,
  tokens: readonly Token[],
  extraStarts?: ReadonlySet<number>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const cur = tokens[i]!;
    let cut = text.slice(prev.end, cur.start).includes('\n');
    if (!cut && SENTENCE_END.has(prev.text) && !/^\p{Ll}/u.test(cur.text)) cut = true;
    if (!cut && extraStarts?.has(cur.start)) cut = true;
    if (cut) {
      out.push([from, i]);
      from = i;
    }
  }
  if (tokens.length > from) out.push([from, tokens.length]);
  return out;
}
