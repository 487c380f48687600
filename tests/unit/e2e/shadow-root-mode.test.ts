import { describe, expect, it } from 'vitest';
import { shadowRootMode } from '../../../entrypoints/content/mount-overlay';

describe("the in-page UI's shadow root mode", () => {
  it('is closed in every build that ships, so the page cannot read the notes through it', () => {
    for (const browser of ['chrome', 'firefox', 'edge', 'safari']) {
      expect(shadowRootMode('production', browser), `production ${browser}`).toBe('closed');
      expect(shadowRootMode('development', browser), `development ${browser}`).toBe('closed');
    }
  });

  it('is open only in the Firefox e2e build, whose BiDi driver cannot reach a closed root', () => {
    expect(shadowRootMode('e2e', 'firefox')).toBe('open');
    expect(
      shadowRootMode('e2e', 'chrome'),
      'Chromium reaches it through the DevTools protocol',
    ).toBe('closed');
  });
});
