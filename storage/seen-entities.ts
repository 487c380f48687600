/**
 * One row per entity key. Two linked entities of an article can fold to the same storage key (a name
 * cut through a bracket, "Robert) Parata", and the clean "Robert Parata"; or two spellings that differ
 * only in punctuation or accents). The database keeps one mention row per (entity, article), so such
 * pairs must become one entity before they are written, or the whole visit is refused.
 */
import type { SeenEntity } from '../messaging/protocol';

/** Bracket and quote pairs whose halves a clean name holds both of, or neither. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['“', '”'],
  ['‘', '’'],
];

/**
 * How many marks of a mis-cut name a label carries: an unpaired bracket or quote, punctuation at
 * either end (other than a closing full stop of an initial or an abbreviation, as in "Jr."), or a run
 * of spaces. Zero for a clean name.
 */
export function labelDefects(name: string): number {
  let defects = 0;
  for (const [open, close] of PAIRS) {
    const opens = name.split(open).length - 1;
    const closes = name.split(close).length - 1;
    // A right single quote is also an apostrophe ("O’Brien"): only count it as unpaired when an
    // opening quote is present.
    if (open === '‘' && opens === 0) continue;
    defects += Math.abs(opens - closes);
  }
  if (/^[^\p{L}\p{N}]/u.test(name)) defects++;
  if (/[^\p{L}\p{N}.]$/u.test(name)) defects++;
  if (/\s{2,}/u.test(name)) defects++;
  return defects;
}

/**
 * The better of two names of one entity: the cleaner one (fewer {@link labelDefects}), then the
 * longer one (the most informative title for a card, "Vladimir Putin" over "Putin"); on a tie the
 * first, so a stored name does not flip back and forth between visits.
 */
export function betterLabel(first: string, second: string): string {
  const d = labelDefects(first) - labelDefects(second);
  if (d !== 0) return d < 0 ? first : second;
  return second.length > first.length ? second : first;
}

/**
 * Merges the entities that share a key into one: mentions summed, aliases joined (first seen first),
 * the {@link betterLabel} kept as the name. Order is that of each key's first entity; an entity alone
 * under its key is returned as it came.
 */
export function mergeSeenEntities(entities: readonly SeenEntity[]): SeenEntity[] {
  const byKey = new Map<string, SeenEntity>();
  for (const e of entities) {
    const seen = byKey.get(e.key);
    if (!seen) {
      byKey.set(e.key, e);
      continue;
    }
    byKey.set(e.key, {
      key: e.key,
      type: seen.type,
      name: betterLabel(seen.name, e.name),
      aliases: [...new Set([...seen.aliases, ...e.aliases])],
      mentions: seen.mentions + e.mentions,
    });
  }
  return [...byKey.values()];
}
