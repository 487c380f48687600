// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimCard } from '../../../components/ClaimCard';
import { HOSTILE, makeClaim, mount, one, unmountAll } from './render';

afterEach(unmountAll);

describe('ClaimCard', () => {
  it('shows the sentence, the score, the kinds and the reasons with cue words', () => {
    const c = mount(<ClaimCard claim={makeClaim()} speaker="Ilham Aliyev" />);
    expect(one(c, '[data-gloss-card]').dataset.kind).toBe('claim');
    expect(one(c, 'blockquote').textContent).toBe('Trade grew by 20 percent in 2023.');
    const score = one(c, '[data-gloss-claim-score]');
    expect(score.dataset.score).toBe('0.82');
    expect(score.textContent).toContain('82%');
    expect(one(c, 'meter').getAttribute('value')).toBe('0.82');
    expect(
      Array.from(c.querySelectorAll('[data-gloss-claim-kinds] li')).map((li) => li.textContent),
    ).toEqual(['Statistic', 'Date or event']);
    const reason = one(c, '[data-gloss-claim-reasons] li');
    expect(reason.textContent).toBe('A percentage and a year: 20 percent, 2023');
    expect(one(reason, 'q').textContent).toBe('20 percent, 2023');
    expect(one(c, '[data-gloss-claim-speaker]').textContent).toBe('Said by Ilham Aliyev');
  });

  it('leaves out the speaker when there is none and clamps the score', () => {
    const c = mount(<ClaimCard claim={makeClaim({ score: 1.4, kinds: [], reasons: [] })} />);
    expect(c.querySelector('[data-gloss-claim-speaker]')).toBeNull();
    expect(c.querySelector('[data-gloss-claim-reasons]')).toBeNull();
    expect(one(c, '[data-gloss-claim-score]').textContent).toContain('100%');
  });

  it('keeps the sentence and reasons as text', () => {
    const c = mount(<ClaimCard claim={makeClaim({ text: HOSTILE, reasons: [HOSTILE] })} />);
    expect(c.querySelector('img')).toBeNull();
    expect(one(c, 'blockquote').textContent).toBe(HOSTILE);
  });
});
