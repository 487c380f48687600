import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../e2e/static-server';

describe('startStaticServer', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(path.resolve(import.meta.dirname, '../../fixtures'));
  });
  afterAll(() => server.close());

  it('serves fixture pages as HTML on 127.0.0.1', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(server.url('pages/e2e-search-results.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Search results');
  });

  it('answers the test routes with an empty page, missing files with 404, and nothing outside its root', async () => {
    expect((await fetch(server.url('__gloss-e2e__/state?target=x'))).status).toBe(200);
    expect((await fetch(server.url('no-such-page.html'))).status).toBe(404);
    const outside = await fetch(`${server.origin}/..%2f..%2fpackage.json`);
    expect(outside.status).toBe(403);
  });
});
