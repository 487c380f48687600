import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../analysis/entities';
import { type ScoredSpan, SpanScorer } from '../../analysis/entities/score';
import { type NerDocument, parseJsonl } from '../../analysis/entities/training-data';
import { VALUE_TYPES } from '../../analysis/types';

const repoRoot = path.resolve(__dirname, '../..');

function readSet(rel: string): NerDocument[] {
  const file = path.resolve(repoRoot, rel);
  if (!existsSync(file)) {
    throw new Error(`NER quality data missing: ${file} (../shared must sit beside the repository)`);
  }
  return parseJsonl(readFileSync(file, 'utf8'));
}

/** Scores the engine as the analysis contract does: Gloss types mapped to CoNLL, values ignored. */
function score(docs: readonly NerDocument[]): SpanScorer {
  const toConll: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
  const scorer = new SpanScorer();
  for (const d of docs) {
    const predicted: ScoredSpan[] = recognizeEntities(d.text)
      .mentions.filter((m) => !(VALUE_TYPES as readonly string[]).includes(m.type))
      .map((m) => ({ start: m.start, end: m.end, type: toConll[m.type] ?? 'MISC' }));
    scorer.add(d.entities, predicted);
  }
  return scorer;
}

describe('entity engine quality floors', () => {
  it('holds F1 on a fixed slice of the CoNLL++ dev split (first 80 documents)', () => {
    const f1 = score(readSet('../shared/train/ner/dev.jsonl').slice(0, 80)).overall().f1;
    // Measured 0.942 with the Viterbi-trained model (0.923 with the greedy model of name lists and word
    // clusters); two points of slack for retraining noise.
    expect(f1).toBeGreaterThanOrEqual(0.92);
  });

  it('holds F1 on the CoNLL-2003 test set', () => {
    const f1 = score(readSet('../shared/eval/ner/conll2003/test.jsonl')).overall().f1;
    // A regression floor only (nothing is tuned on this set): measured value (0.870 with the
    // Viterbi-trained model, 0.852 with the greedy one) minus two points.
    expect(f1).toBeGreaterThanOrEqual(0.85);
  });
});
