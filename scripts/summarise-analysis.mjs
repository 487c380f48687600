// Prints a short, human summary of one `analyze` result (the pretty JSON of one page): used by
// scripts/setup.sh so a newcomer sees the main job work without reading a page of JSON.
// Usage: node scripts/summarise-analysis.mjs result.json
import { readFileSync } from 'node:fs';

/** Claims at or above this score are the check-worthy ones the extension highlights (analysis contract). */
const CHECK_WORTHY = 0.5;
/** Value types are found but never highlighted; the summary leaves them out as the page does. */
const VALUE_TYPES = new Set(['date', 'time', 'number', 'money', 'percent', 'quantity']);

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/summarise-analysis.mjs result.json');
  process.exit(2);
}
const result = JSON.parse(readFileSync(file, 'utf8'));
if (result.error) {
  console.error(`analyser error: ${result.error}`);
  process.exit(1);
}

const text = typeof result.text === 'string' ? result.text : '';
console.log(`article found: ${result.isArticle ? 'yes' : 'no'}`);
for (const key of ['title', 'byline', 'published', 'site', 'lang']) {
  if (result[key]) console.log(`${key}: ${result[key]}`);
}
console.log(`text analysed: ${text.length} characters`);

const byType = new Map();
for (const e of result.entities ?? []) {
  if (VALUE_TYPES.has(e.type)) continue;
  const names = byType.get(e.type) ?? new Map();
  names.set(e.text, (names.get(e.text) ?? 0) + 1);
  byType.set(e.type, names);
}
for (const [type, names] of [...byType].sort((a, b) => a[0].localeCompare(b[0]))) {
  const list = [...names].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
  console.log(`${type} (${names.size}): ${list}`);
}

const claims = result.claims ?? [];
const worthy = claims.filter((c) => c.score >= CHECK_WORTHY);
console.log(`claims: ${claims.length}, check-worthy (score ≥ ${CHECK_WORTHY}): ${worthy.length}`);
for (const c of worthy.slice(0, 10)) {
  const short = c.text.length > 110 ? `${c.text.slice(0, 107)}...` : c.text;
  console.log(`  ${c.score.toFixed(2)}  ${short}`);
}
