import { describe, expect, it } from 'vitest';
import { findCues } from '../../../analysis/claims/cues';
import { featurize } from '../../../analysis/claims/features';
import { claimModel, detectClaims, scoreSentence } from '../../../analysis/claims/index';
import { calibrate, margin, twoStageScore } from '../../../analysis/claims/model';
import { pickedSimilarity } from '../../../analysis/claims/picked-claims';
import { splitSentences } from '../../../analysis/segment/sentences';
import type { EntityMention } from '../../../analysis/types';

const detect = (text: string, entities?: EntityMention[]) =>
  detectClaims(text, splitSentences(text), entities);

describe('detectClaims', () => {
  it('returns one claim per sentence with a signal, on exact offsets', () => {
    const text =
      'Thank you.\n\nUnemployment fell to 3.9 percent in April, the lowest rate since 2000. ' +
      'I love this town.';
    const claims = detect(text);
    const stat = claims.find((c) => c.text.startsWith('Unemployment'));
    expect(stat).toBeDefined();
    expect(text.slice(stat!.start, stat!.end)).toBe(stat!.text);
    expect(stat!.kinds).toContain('statistic');
    expect(claims.some((c) => c.text === 'Thank you.')).toBe(false);
  });

  it('ranks a factual statistic above an opinion', () => {
    const fact = scoreSentence('The state lost 120,000 manufacturing jobs between 2000 and 2010.');
    const opinion = scoreSentence('I think we need to come together as a people.');
    expect(fact.score).toBeGreaterThan(0.5);
    expect(opinion.score).toBeLessThan(0.5);
    expect(fact.score).toBeGreaterThan(opinion.score);
  });

  it('lowers hedged and opinion-framed wording and says so', () => {
    const plain = 'The city became a regional hub in 2019.';
    const hedged = 'It is important to note that the city could perhaps become a hub in 2019.';
    expect(scoreSentence(hedged).score).toBeLessThan(scoreSentence(plain).score);
    const [claim] = detect(hedged);
    expect(claim?.kinds).toContain('date-event');
    expect(claim?.reasons.at(-1)).toBe(
      'hedged or opinion wording: It is important, could, perhaps',
    );
  });

  it('links a quotation to the quoted person', () => {
    const text = '"We will cut taxes by 10 percent," Jane Doe said on Monday.';
    const start = text.indexOf('Jane Doe');
    const entities: EntityMention[] = [
      { start, end: start + 8, type: 'person', text: 'Jane Doe', entityId: 'person:jane-doe' },
    ];
    const [claim] = detect(text, entities);
    expect(claim?.kinds).toContain('quotation');
    expect(claim?.speakerId).toBe('person:jane-doe');
  });

  it('scores every sentence in [0, 1]', () => {
    for (const s of ['', 'Yes.', 'The budget is $3 trillion.', 'What a day!']) {
      const { score } = scoreSentence(s);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

describe('streaming score', () => {
  it('equals the margin of the full feature vector', () => {
    const model = claimModel();
    for (const s of [
      'Unemployment fell to 3.9 percent in April.',
      'I think we need to come together.',
      'The bridge, built in 1932, cost $4.2 billion to repair over the last decade.',
      '',
    ]) {
      const cues = findCues(s);
      const fv = featurize(s, cues);
      const full = calibrate(model, margin(model, fv));
      const scored = scoreSentence(s);
      expect(scored.probability).toBeCloseTo(full, 5);
      const p = model.priority;
      const priority =
        margin(p, fv) +
        p.picked.weight * pickedSimilarity(p.picked, s) +
        p.classifierShare * margin(model, fv);
      expect(scored.score).toBeCloseTo(twoStageScore(model, full, priority), 5);
    }
  });
});
