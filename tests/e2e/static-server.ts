/**
 * A static file server on 127.0.0.1 with a random port, for the pages the end-to-end tests visit.
 * The extension's match pattern `http://127.0.0.1/*` covers any port.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Path prefix of the background's test routes (entrypoints/background/e2e-hooks.ts): answered with an empty page. */
const E2E_ROUTE_PREFIX = '/__gloss-e2e__/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A running server: its origin (`http://127.0.0.1:PORT`) and how to stop it. */
export interface StaticServer {
  origin: string;
  url(relativePath: string): string;
  close(): Promise<void>;
}

/** Serves the files under `root` (never outside it) on 127.0.0.1, on a free port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (pathname.startsWith(E2E_ROUTE_PREFIX)) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end('<!DOCTYPE html><title>gloss e2e</title><p>e2e route</p>');
      return;
    }
    if (pathname === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would fill the console errors the tests report.
      res.writeHead(204).end();
      return;
    }
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(`${base}${path.sep}`)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) {
          res.writeHead(404).end('not found');
          return;
        }
        res.writeHead(200, {
          'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        createReadStream(file).pipe(res);
      },
      () => {
        res.writeHead(404).end('not found');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (relativePath) => `${origin}/${relativePath.replace(/^\/+/, '')}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
