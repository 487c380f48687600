import { describe, expect, it } from 'vitest';
import {
  buildWordClusters,
  clusterPath,
  type WordClustersFile,
} from '../../../analysis/entities/word-clusters';
import wordClustersFile from '../../../analysis/models/word-clusters.json';

describe('word clusters', () => {
  const small = buildWordClusters({
    words: 'Brussels said the',
    paths: '0a31 1b22 1b20',
    levels: [16, 8, 8, 4],
    meta: {},
  });

  it('looks a word up as written, then title case for capitals, then lower case', () => {
    expect(clusterPath(small, 'Brussels')).toBe('0a31');
    expect(clusterPath(small, 'BRUSSELS')).toBe('0a31');
    expect(clusterPath(small, 'The')).toBe('1b20');
    expect(clusterPath(small, 'brussels')).toBeUndefined();
    expect(clusterPath(small, 'Gülen')).toBeUndefined();
  });

  it('ships a table where country names share a coarse cluster more than a country and a verb', () => {
    const file = wordClustersFile as WordClustersFile;
    const clusters = buildWordClusters(file);
    expect(clusters.size).toBeGreaterThan(10_000);
    const paths = file.paths.split(' ');
    expect(paths.every((p) => p.length === file.levels.length)).toBe(true);
    // Stored sorted, which the bisecting lookup needs.
    const words = file.words.split(' ');
    expect(words.every((w, i) => i === 0 || words[i - 1]! < w)).toBe(true);
    const prefix = (a: string, b: string) => {
      const pa = clusterPath(clusters, a)!;
      const pb = clusterPath(clusters, b)!;
      let k = 0;
      while (k < pa.length && pa[k] === pb[k]) k++;
      return k;
    };
    expect(prefix('Germany', 'France')).toBeGreaterThan(prefix('Germany', 'said'));
    expect(prefix('Monday', 'Tuesday')).toBeGreaterThan(prefix('Monday', 'Germany'));
  });
});
