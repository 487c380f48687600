/**
 * Words that name a religious, political or ethnic group ("Muslims", "Democrats", "Sikhs", "Kurds"):
 * alone, such a word is a group, which CoNLL marks MISC (every one of them in its training and dev
 * text is MISC) and Gloss calls `group`. The tagger, trained on 1996 news, reads some as people or
 * organisations ("Muslims" after "Many", "Sikhs" in a list) and misses others. Only a word standing
 * alone is meant: inside a longer name it is part of that name ("Christian Democrats", "Republican
 * National Committee"), and a known first name the tagger read as a person is left to it ("Christian
 * said").
 */
import type { TokenSpan } from './tags';

/**
 * The group words, singular and plural. Party names that are also common words ("Conservatives",
 * "Labour", "Liberals", "Greens") are left out: capitalised, they are as often a party, an
 * organisation, as its members.
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  (
    'Muslim Muslims Christian Christians Jew Jews Hindu Hindus Sikh Sikhs Buddhist Buddhists ' +
    'Catholic Catholics Protestant Protestants Evangelical Evangelicals Mormon Mormons Baptist ' +
    'Baptists Methodist Methodists Lutheran Lutherans Anglican Anglicans Quaker Quakers Amish Druze ' +
    'Sunni Sunnis Shia Shias Shiite Shiites Alawite Alawites Yazidi Yazidis Islamist Islamists ' +
    'Zionist Zionists Democrat Democrats Republican Republicans Communist Communists Socialist ' +
    'Socialists Marxist Marxists Maoist Maoists Kurd Kurds Arab Arabs Latino Latinos Latina Latinas ' +
    'Hispanic Hispanics Pashtun Pashtuns Tamil Tamils Hutu Hutus Tutsi Tutsis Uyghur Uyghurs Uighur ' +
    'Uighurs Rohingya Roma Sami Inuit Maori Māori'
  ).split(' '),
);

/** What {@link applyGroupWords} reads. */
export interface GroupWordInput {
  words: readonly string[];
  /** The spans so far, sorted by `from`, not overlapping. */
  spans: readonly TokenSpan[];
  /** Lower-cased words known as first names. */
  isFirstName: (lower: string) => boolean;
  /** Token indices that start a sentence (or a line). */
  sentenceStarts: ReadonlySet<number>;
  /** Whether a lower-cased word is an ordinary word of English (seen in lower case in training). */
  isCommonWord: (lower: string) => boolean;
}

/** Whether the word at `i` is capitalised (starts with an upper-case letter). */
function capitalised(words: readonly string[], i: number): boolean {
  const w = words[i];
  return w !== undefined && /^\p{Lu}/u.test(w);
}

/**
 * The spans with every group word that stands alone typed MISC: a one-word span of it is retyped
 * (a person span only when the word is not a first name), and a group word that no span covers,
 * that has no capitalised word on either side and that is not a first name becomes a span of its own.
 * A two-word span of an ordinary word that opens the sentence and a group word is cut to the latter.
 */
export function applyGroupWords({
  words,
  spans,
  isFirstName,
  sentenceStarts,
  isCommonWord,
}: GroupWordInput): TokenSpan[] {
  // A capitalised word before it is part of a name with it, unless it is capitalised only because
  // it opens the sentence ("Many Muslims"); another group word never is ("Christian Democrats").
  const nameBefore = (i: number): boolean =>
    capitalised(words, i - 1) && (!sentenceStarts.has(i - 1) || GROUP_WORDS.has(words[i - 1]!));
  const out: TokenSpan[] = [];
  let next = 0;
  const addUncovered = (upTo: number): void => {
    for (; next < upTo; next++) {
      const word = words[next]!;
      if (
        GROUP_WORDS.has(word) &&
        !nameBefore(next) &&
        !capitalised(words, next + 1) &&
        !isFirstName(word.toLowerCase())
      ) {
        out.push({ from: next, to: next + 1, type: 'MISC' });
      }
    }
  };
  for (const span of spans) {
    // An ordinary word that opens the sentence is no part of the group's name ("Many Muslims").
    const s =
      span.to - span.from === 2 &&
      sentenceStarts.has(span.from) &&
      GROUP_WORDS.has(words[span.from + 1]!) &&
      isCommonWord(words[span.from]!.toLowerCase())
        ? { ...span, from: span.from + 1 }
        : span;
    addUncovered(s.from);
    next = s.to;
    const word = words[s.from]!;
    const alone = s.to - s.from === 1 && GROUP_WORDS.has(word) && s.type !== 'MISC';
    if (alone && !(s.type === 'PER' && isFirstName(word.toLowerCase()))) {
      out.push({ ...s, type: 'MISC' });
    } else out.push(s);
  }
  addUncovered(words.length);
  return out;
}
