/**
 * Names of places by their head word: "Rangi Island", "Tane Harbour", "Mount Tawa". The
 * tagger reads an unknown capitalised pair as a first name and a surname; English names a landform
 * or a body of water with a generic word at its end (Island, Bay, River…) or at its start (Mount,
 * Lake, Cape). Some of those words are surnames too ("Michael Bay"); see the lists.
 */
import type { TokenSpan } from './tags';

/**
 * Generic words that end a place's name and no person's: "Grace Island" is a place though
 * "Grace" is a first name.
 */
const PLACE_ONLY_HEADS = new Set(
  'Island Islands Isle Isles Harbour Harbor Peninsula Strait Straits Glacier Fjord Estuary Atoll'.split(
    ' ',
  ),
);

/**
 * Generic words that end a place's name but are surnames too ("Michael Bay", "Joan Rivers" aside,
 * "Lake", "Beach", "Valley"…): a place only when the first word is not a first name.
 */
const LAST_PLACE_HEADS = new Set(
  (
    'Bay River Creek Lake Lakes Mountain Mountains Valley Beach Coast Canyon Falls Gulf Desert Sound ' +
    'Reef'
  ).split(' '),
);

/** Generic words that open a place's name: "Mount Everest", "Lake Taupō", "Cape Reinga". */
const FIRST_PLACE_HEADS = new Set(['Mount', 'Mt.', 'Lake', 'Cape', 'Loch']);

/**
 * Retypes as places the person spans of two or more words that end in a place-only head or open
 * with a place head, and those that end in a head that is also a surname when their first word is
 * not a known first name (`isFirstName` takes the lower-case word).
 */
export function retypePlaceHeads(
  words: readonly string[],
  spans: readonly TokenSpan[],
  isFirstName: (lower: string) => boolean,
): TokenSpan[] {
  return spans.map((s) => {
    if (s.type !== 'PER' || s.to - s.from < 2) return s;
    const first = words[s.from]!;
    const last = words[s.to - 1]!;
    if (PLACE_ONLY_HEADS.has(last) || FIRST_PLACE_HEADS.has(first)) return { ...s, type: 'LOC' };
    if (!LAST_PLACE_HEADS.has(last) || isFirstName(first.toLowerCase())) return s;
    return { ...s, type: 'LOC' };
  });
}
