/**
 * Word clusters learnt from unlabelled text by `npm run build:ner-clusters`
 * (scripts/build-word-clusters.ts) and stored in analysis/models/word-clusters.json. Each word has a
 * path in a cluster tree (one character per level, coarse to fine), like the bit strings of Brown
 * clusters: the tagger's features are the path's prefixes, so a name it never saw in training still
 * shares features with names that occur in the same contexts ("Kuchma" near "Yeltsin").
 */

import { SortedTable, type StringTable } from './sorted-table';

/** The table as stored: parallel space-separated lists of words and their paths. */
export interface WordClustersFile {
  /**
   * Words as written (case kept, curly quotes straightened), space-separated, sorted in UTF-16
   * code-unit order (so loading is a split and lookups bisect, see sorted-table.ts).
   */
  words: string;
  /** Path of each word, one character per level (0-9a-z), space-separated, same order. */
  paths: string;
  /** Number of branches per level, coarse to fine. */
  levels: number[];
  /** Provenance: corpora, vocabulary size, seed, date. */
  meta: Record<string, unknown>;
}

/** Word → cluster path (a SortedTable from the JSON file, a HashedStringTable from the pack). */
export type WordClusters = StringTable<string>;

/**
 * The stored form of a cluster table, sorted by word in UTF-16 code-unit order: the look-ups bisect
 * (sorted-table.ts), so a table written in any other order would miss nearly every word.
 */
export function wordClustersFileFrom(
  words: readonly string[],
  paths: readonly string[],
  levels: number[],
  meta: Record<string, unknown>,
): WordClustersFile {
  const order = words.map((_, i) => i).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  return {
    words: order.map((i) => words[i]!).join(' '),
    paths: order.map((i) => paths[i]!).join(' '),
    levels,
    meta,
  };
}

/** Builds the lookup from the stored form: two splits, no hashing (see sorted-table.ts). */
export function buildWordClusters(file: WordClustersFile): WordClusters {
  const words = file.words.split(' ');
  const paths = file.paths.split(' ');
  return new SortedTable(words, (i) => paths[i] ?? '');
}

const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * The cluster path of a word: the word as written; for an all-capitals word ("BRUSSELS", headlines and
 * datelines) its title-case form; else its lower-case form (a sentence-initial "The"). Undefined when
 * none is in the table.
 */
export function clusterPath(clusters: WordClusters, word: string): string | undefined {
  const hit = clusters.get(word);
  if (hit !== undefined) return hit;
  if (ALL_CAPS.test(word)) {
    const title = word.charAt(0) + word.slice(1).toLowerCase();
    const t = clusters.get(title);
    if (t !== undefined) return t;
  }
  return clusters.get(word.toLowerCase());
}
