import { describe, expect, it } from 'vitest';
import { unreadLanguage } from '../../../analysis/languages';

describe('unreadLanguage', () => {
  it('names the primary language of a tag the analysis does not read', () => {
    expect(unreadLanguage('de-AT')).toBe('de');
    expect(unreadLanguage('FR')).toBe('fr');
    expect(unreadLanguage('zh-Hans')).toBe('zh');
  });

  it('reads English in any region, and a page of unknown language', () => {
    expect(unreadLanguage('en')).toBeUndefined();
    expect(unreadLanguage('en-GB')).toBeUndefined();
    expect(unreadLanguage(undefined)).toBeUndefined();
    expect(unreadLanguage('')).toBeUndefined();
  });
});
