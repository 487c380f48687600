/**
 * From CoNLL classes to Gloss's name types. PER, ORG and LOC map one to one; MISC (and an ORG that is
 * plainly a treaty or a conference) is split by the head word of the name, since CoNLL lumps events,
 * laws, works, products and nationalities together.
 */

import type { NameType } from '../types';
import { GROUP_WORDS } from './group-words';
import { endsInModel } from './product-names';
import type { ConllType } from './tags';

/**
 * Heads of past events that no place name ends in: "the Great Depression", "the Gulf War", "the
 * Cultural Revolution". The tagger reads some of them as places (the first word is a place's, or
 * "Great" opens many); such a name of two words or more is the event.
 */
const HISTORIC_EVENT_HEADS: ReadonlySet<string> = new Set(
  'War Revolution Depression Recession Crisis Massacre Uprising Rebellion Famine Genocide'.split(
    ' ',
  ),
);

/**
 * Head words of events: "UN Climate Change Conference", "Russian Culture Days", "COP29", and the
 * heads of past events.
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  ...(
    'Conference Summit Forum Festival Games Olympics Olympiad Cup Championship Championships ' +
    'Tournament Open Congress Days Week Expo Exhibition Fair Marathon Rally Grand Prix Election ' +
    'Elections Talks Meeting Session Assembly Biennale Carnival'
  ).split(' '),
  ...HISTORIC_EVENT_HEADS,
]);

/**
 * Heads of newspapers' and journals' names: "New England Journal of Medicine", "Jakarta Post",
 * "Miami Herald". The tagger reads some as places (their first words are a place's); in the CoNLL
 * training and development text every name of two words or more with one of these heads is an
 * organisation, but for two persons ("Jim Courier", "Tomas Post"), which the engine reads as persons.
 * Heads that also end places' names ("Star", "Sun", "Standard", "Mirror") are left out.
 */
const PUBLICATION_HEADS: ReadonlySet<string> = new Set(
  (
    'Journal Times Post Gazette Herald Magazine Tribune Chronicle Telegraph Courier Inquirer ' +
    'Examiner Bulletin Daily'
  ).split(' '),
);

/**
 * Event heads that also name standing bodies: "Congress", "the National Assembly", "the UN General
 * Assembly". A name the tagger read as an organisation with one of these heads is that body ("Congress
 * has not taken up that idea"); read as MISC it stays an event ("the 19th Party Congress").
 */
const BODY_HEADS: ReadonlySet<string> = new Set(['Congress', 'Assembly']);

/**
 * Words that open the name of a storm: "Hurricane Katrina", "Typhoon Haiyan", "Cyclone Idai". Such a
 * name is an event whatever class the tagger gave it (it reads "Katrina" as a first name, or the pair
 * as a company). First word only: "Desert Storm" or a team named "Storm" ends in it.
 */
const STORM_HEADS: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);

/** Head words of laws and agreements: "Paris Agreement", "Clean Air Act", "Geneva Convention". */
export const LAW_HEADS: ReadonlySet<string> = new Set(
  (
    'Agreement Act Convention Treaty Accord Accords Protocol Charter Declaration Resolution Law Bill ' +
    'Directive Regulation Constitution Pact Amendment Code Doctrine Plan Deal'
  ).split(' '),
);

/** Connectives that end the head phrase: "Convention on Climate Change" has head "Convention". */
const HEAD_STOP = new Set(['of', 'on', 'for', 'to', 'against', 'in', 'at', 'de']);

/**
 * Word endings of nationality and group adjectives ("Azerbaijani", "Russian", "Chinese", "Turkish").
 * Of the words in "-er", only those of people from a place ("Westerner", "Islander", "Londoner"): a
 * bare "-er" made "Twitter" and "Rottweiler" groups.
 */
const GROUP_ENDING =
  /(?:an|ans|ian|ians|ese|ish|i|is|ch|ic|ist|ists|erners?|landers?|oners?|ite|ites|ek|eks)$/;

/** The head word: the last word before a connective, or the last word. */
function headWord(words: readonly string[]): string {
  const stop = words.findIndex((w, i) => i > 0 && HEAD_STOP.has(w));
  const head = stop > 0 ? words[stop - 1] : words[words.length - 1];
  return head ?? '';
}

/**
 * Gloss type for a tagged name. `words` are the name's tokens. MISC and ORG names look at their head
 * (an ORG named "... Conference" or "... Agreement" is an event or a law to a reader, but one headed
 * "Congress" or "Assembly" is the body, and an ORG is typed by its head alone); a LOC name only for
 * treaty heads ("Paris Agreement"), heads of past events ("Great Depression") and of publications
 * ("Jakarta Post"), since "... Open" or "... Cup" places are rare but real.
 */
export function nameTypeOf(conll: ConllType, words: readonly string[]): NameType {
  if (words.length > 1 && STORM_HEADS.has(words[0] ?? '')) return 'event';
  if (conll === 'PER') return 'person';
  const head = headWord(words);
  // A place name with a treaty head is the treaty: "Paris Agreement", "Geneva Convention".
  if (conll === 'LOC') {
    if (words.length > 1 && LAW_HEADS.has(head)) return 'law';
    if (words.length > 1 && PUBLICATION_HEADS.has(head)) return 'organization';
    return words.length > 1 && HISTORIC_EVENT_HEADS.has(head) ? 'event' : 'place';
  }
  if (conll === 'ORG' && BODY_HEADS.has(head)) return 'organization';
  const first = words[0] ?? '';
  if (/^COP\s?-?\d+$/.test(words.join(''))) return 'event';
  if (EVENT_HEADS.has(head) || (conll !== 'ORG' && words.length > 1 && EVENT_HEADS.has(first)))
    return 'event';
  if (LAW_HEADS.has(head) || (words.length > 1 && LAW_HEADS.has(first))) return 'law';
  if (conll === 'ORG') return 'organization';
  if (words.length === 1 && GROUP_WORDS.has(first)) return 'group';
  if (endsInModel(words)) return 'product';
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(first) && GROUP_ENDING.test(first))
    return 'group';
  return 'other';
}
