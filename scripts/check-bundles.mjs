// Checks the built extension as a reader would install it (npm test runs this after `npm run zip`):
//   - each browser's zip holds a manifest of this package's version, the background, the content
//     script and the entity model pack;
//   - the content script, which every page the reader opens parses, stays small and carries none of
//     the analysis (its models are markers that cannot be missed), while the background does carry it,
//     so the check is known to be able to fail.
// Usage: node scripts/check-bundles.mjs [outputDir]   (default .output)
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.resolve(root, process.argv[2] ?? '.output');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * Budget of the content script. It is about 93 KB today (the page code, the cards and the note editor);
 * the analysis and its models would add more than 500 KB. 150 KB leaves room for the UI to grow and
 * still fails on any accidental import of the analysis into the page.
 */
const CONTENT_SCRIPT_BUDGET = 150 * 1024;

/** Strings that exist only in the analysis' models and code: the claim model's format, the entity pack's cache name. */
const ANALYSIS_MARKERS = ['gloss-claims-v1', 'gloss-ner-pack-'];

/** Files every installable build must hold. */
const REQUIRED = [
  'manifest.json',
  'background.js',
  'content-scripts/content.js',
  'models/ner-model.bin',
  'popup.html',
];

const failures = [];
const fail = (message) => failures.push(message);

/** The entries of a zip file: name → { method, offset, compressedSize }, from its central directory. */
function zipEntries(file) {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new Error(`${path.basename(file)} is not a zip file (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50)
      throw new Error(`${path.basename(file)}: damaged central directory`);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const offset = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, { method, offset, compressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  const read = (name) => {
    const e = entries.get(name);
    if (!e) return undefined;
    const local = e.offset;
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + e.compressedSize);
    return e.method === 0 ? data : inflateRawSync(data);
  };
  return { names: [...entries.keys()], read };
}

function checkZip(browser) {
  const file = path.join(out, `${pkg.name}-${pkg.version}-${browser}.zip`);
  if (!existsSync(file)) return fail(`${path.relative(root, file)} is missing: run npm run zip`);
  const zip = zipEntries(file);
  for (const name of REQUIRED) {
    if (!zip.names.includes(name)) fail(`${browser} zip: ${name} is missing`);
  }
  const manifest = zip.read('manifest.json');
  if (manifest) {
    const m = JSON.parse(manifest.toString('utf8'));
    if (m.version !== pkg.version)
      fail(`${browser} zip: manifest version ${m.version}, package ${pkg.version}`);
    if (m.manifest_version !== 3)
      fail(`${browser} zip: manifest_version ${m.manifest_version}, expected 3`);
  }
  const content = zip.read('content-scripts/content.js');
  const background = zip.read('background.js');
  if (content && background)
    checkScripts(browser, content.toString('utf8'), background.toString('utf8'));
  console.log(
    `${browser} zip: ${zip.names.length} files, ${(statSync(file).size / 1024).toFixed(0)} KB`,
  );
}

function checkScripts(browser, content, background) {
  const before = failures.length;
  const size = Buffer.byteLength(content);
  if (size > CONTENT_SCRIPT_BUDGET) {
    fail(
      `${browser}: content script ${(size / 1024).toFixed(0)} KB, over its ${CONTENT_SCRIPT_BUDGET / 1024} KB budget`,
    );
  }
  for (const marker of ANALYSIS_MARKERS) {
    if (content.includes(marker))
      fail(`${browser}: the content script carries analysis code ("${marker}")`);
    if (!background.includes(marker))
      fail(`${browser}: the background lacks "${marker}": the marker no longer marks the analysis`);
  }
  if (failures.length > before) return;
  console.log(
    `${browser}: content script ${(size / 1024).toFixed(1)} KB (budget ${CONTENT_SCRIPT_BUDGET / 1024} KB), no analysis in it`,
  );
}

checkZip('chrome');
checkZip('firefox');
if (failures.length > 0) {
  for (const f of failures) console.error(`check-bundles: ${f}`);
  process.exit(1);
}
console.log('check-bundles: ok');
