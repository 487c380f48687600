import { describe, expect, it } from 'vitest';
import { E2E_ROUTE_PREFIX, parseE2eRoute } from '../../../entrypoints/background/e2e-hooks';

describe('parseE2eRoute', () => {
  const target = 'http://127.0.0.1:4173/azernews-putin-visit.html';

  it('reads the action and the target page of a loopback test route', () => {
    const url = `http://127.0.0.1:4173${E2E_ROUTE_PREFIX}popup?target=${encodeURIComponent(target)}`;
    expect(parseE2eRoute(url)).toEqual({
      action: 'popup',
      target,
      origin: 'http://127.0.0.1:4173',
    });
    expect(parseE2eRoute(url.replace('popup?', 'state?'))?.action).toBe('state');
    expect(parseE2eRoute(`http://127.0.0.1:4173${E2E_ROUTE_PREFIX}library`)).toEqual({
      action: 'library',
      target: '',
      origin: 'http://127.0.0.1:4173',
    });
  });

  it('ignores every other page, other hosts and unknown actions', () => {
    expect(parseE2eRoute(undefined)).toBeUndefined();
    expect(parseE2eRoute('not a url')).toBeUndefined();
    expect(parseE2eRoute(target)).toBeUndefined();
    expect(parseE2eRoute(`https://example.com${E2E_ROUTE_PREFIX}popup?target=x`)).toBeUndefined();
    expect(parseE2eRoute(`http://127.0.0.1:1${E2E_ROUTE_PREFIX}erase?target=x`)).toBeUndefined();
    expect(parseE2eRoute(`http://127.0.0.1:1${E2E_ROUTE_PREFIX}popup`)).toBeUndefined();
  });
});
