/**
 * Tokeniser shared by training and runtime. It yields Penn-Treebank-like tokens with offsets, so that
 * the Penn-tokenised training text ("Germany 's", "do n't") and raw news text ("Germany's", "don't")
 * produce the same token sequence: clitics and "n't" are split off, dotted acronyms ("U.S.") and known
 * abbreviations ("Inc.", "Mr.") keep their period, hyphenated words ("EU-wide", "Russia-Ukraine") stay
 * one token as in CoNLL (the entity layer splits place pairs later).
 */

/** One token: its text and its half-open UTF-16 span in the source. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const CLITIC = "['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)(?![\\p{L}\\p{N}])";
const TOKEN_RE = new RegExp(
  [
    // Dotted acronyms and abbreviations: U.S., a.m., F.C. (periods inside, and the last one).
    '(?:\\p{L}\\.){2,}(?![\\p{L}\\p{N}])',
    // "do|n't", "ca|n't": the stem before a negative clitic.
    "\\p{L}+(?=n['’]t(?!\\p{L}))",
    "n['’]t(?!\\p{L})",
    CLITIC,
    // Words and numbers with inner joiners: O'Neill, AT&T, EU-wide, 1996-08-22, 10,000, 3.5.
    `[\\p{L}\\p{M}\\p{N}]+(?:(?:[-&/]|['’](?!(?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)(?![\\p{L}\\p{N}]))|(?<=\\p{N})[.,:](?=\\p{N}))[\\p{L}\\p{M}\\p{N}]+)*`,
    // Dash and ellipsis runs as one token, as Penn writes "--" and "...".
    '-{2,}|\\.{2,}',
    '\\S',
  ].join('|'),
  'gu',
);

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
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    if (text.charCodeAt(end) === 46 /* . */ && text.charCodeAt(end + 1) !== 46) {
      const isInitial = word.length === 1 && /\p{Lu}/u.test(word);
      if (isInitial || ABBREVIATIONS.has(word)) {
        word += '.';
        end += 1;
        TOKEN_RE.lastIndex = end;
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
