/**
 * Renders every component of `samples.tsx` to a static HTML page (artifacts/components/NAME.html)
 * and, when Chromium is installed, screenshots each in light and dark (NAME-light.png,
 * NAME-dark.png), so the UI can be looked at without building the extension.
 *
 *     npm run preview:components
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const outDir = path.join(repoRoot, 'artifacts/components');
const CHROMIUM = '/usr/bin/chromium';

/** Installs a happy-dom document as the global one, which Preact's `render` writes into. */
function installDom(): Window {
  const window = new Window();
  const g = globalThis as Record<string, unknown>;
  g.window = window;
  g.document = window.document;
  return window;
}

async function main(): Promise<void> {
  const window = installDom();
  const { render } = await import('preact');
  const { PREVIEWS } = await import('./samples');
  const { paletteCss } = await import('../palette');
  // The colours come from the palette, as in the extension: the card's under `g`, the popup's under `p`.
  const palette = { card: paletteCss(':root'), popup: paletteCss(':root', 'p') };
  const css = {
    card: readFileSync(path.join(here, '../card.css'), 'utf8'),
    popup: readFileSync(path.join(here, '../popup.css'), 'utf8'),
  };
  mkdirSync(outDir, { recursive: true });
  const pages: Array<{ name: string; width: number; file: string }> = [];
  for (const preview of PREVIEWS) {
    const container = window.document.createElement('div');
    render(preview.node, container as unknown as Element);
    // Preact sets `checked` and `value` as properties; a static page needs them as markup.
    for (const input of Array.from(container.querySelectorAll('input'))) {
      if (input.checked) input.setAttribute('checked', '');
    }
    for (const area of Array.from(container.querySelectorAll('textarea'))) {
      area.textContent = area.value;
    }
    // The card stylesheet targets a shadow root; a plain page with the same markup looks the same.
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${preview.name}</title>
<style>${palette[preview.stylesheet]}</style>
<style>${css[preview.stylesheet]}</style>
<style>body{margin:0;padding:${preview.stylesheet === 'card' ? '24px' : '0'};background:${preview.stylesheet === 'card' ? '#eaecf0' : 'inherit'}}
.p-popup{max-height:none}
@media (prefers-color-scheme: dark){body{background:${preview.stylesheet === 'card' ? '#101418' : 'inherit'}}}</style>
</head><body>${container.innerHTML}</body></html>`;
    const file = path.join(outDir, `${preview.name}.html`);
    writeFileSync(file, html);
    pages.push({ name: preview.name, width: preview.width, file });
  }
  console.log(`wrote ${pages.length} pages to ${path.relative(repoRoot, outDir)}`);
  await window.happyDOM.close();

  if (!existsSync(CHROMIUM)) {
    console.log('Chromium not installed: no screenshots');
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme: scheme, deviceScaleFactor: 2 });
      for (const { name, width, file } of pages) {
        await page.setViewportSize({ width: width + 48, height: 720 });
        await page.goto(`file://${file}`);
        const png = path.join(outDir, `${name}-${scheme}.png`);
        const box = await page.locator('body > *').first().boundingBox();
        // Pad the element's box so its shadow shows; fall back to the whole page.
        const pad = 24;
        const clip = box
          ? {
              x: Math.max(0, box.x - pad),
              y: Math.max(0, box.y - pad),
              width: box.width + 2 * pad,
              height: box.height + 2 * pad,
            }
          : undefined;
        await page.screenshot({ path: png, fullPage: true, ...(clip ? { clip } : {}) });
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`screenshots in ${path.relative(repoRoot, outDir)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
