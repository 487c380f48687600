import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../analysis/analyze-text';

const STORY =
  'Maria Lopez, the mayor of Lyon, said on Monday that the city would cut bus fares by 20 percent. ' +
  'Lopez said the plan would cost $4 million a year.';
const RELATED = 'Related: Jonas Berg wins the Oslo marathon again';

describe('analyzeText with a related-story region', () => {
  it('neither highlights nor counts the names of another story, and keeps the story’s own', () => {
    const text = `${STORY}\n\n${RELATED}`;
    const start = text.indexOf(RELATED);
    const plain = analyzeText(text);
    expect(plain.entities.some((m) => m.text.includes('Berg'))).toBe(true);
    const laidOut = analyzeText(text, {
      regions: [{ start, end: start + RELATED.length, kind: 'related' }],
    });
    expect(laidOut.entities.some((m) => m.start >= start)).toBe(false);
    expect(laidOut.linked.some((e) => e.name.includes('Berg'))).toBe(false);
    const lopez = laidOut.linked.find((e) => e.name === 'Maria Lopez');
    expect(lopez?.mentions).toBe(2);
    expect(laidOut.claims.some((c) => c.start >= start)).toBe(false);
  });
});
