import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';

/** Folder of the test fixtures. */
export const fixturesDir = path.resolve(__dirname, '../../fixtures');

/** Reads a fixture file (path relative to tests/fixtures). */
export function readFixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

/** A happy-dom Document holding `html`, with no script run and nothing fetched. */
export function loadPage(html: string, url = 'https://news.example/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** The canonical article fixture, loaded. */
export function loadCanonical(): Document {
  return loadPage(readFixture('azernews-putin-visit.html'));
}
