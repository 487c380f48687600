/**
 * The `analyze` command (../shared/docs/analysis-contract.md):
 *
 *     npm run --silent analyze -- --jsonl IN.jsonl > OUT.jsonl   (IN may be "-" for stdin)
 *     npm run --silent analyze -- page.html [--url URL]          (one page, pretty JSON)
 *     npm run --silent analyze -- --text file.txt                (plain text, analysed as is)
 *
 * `--extract-only` skips the entity and claim analysis (article detection and extraction only: what
 * the article evaluation needs). Only JSON goes to stdout; diagnostics go to stderr. The exit status is
 * non-zero only when the command itself cannot run (bad arguments, unreadable input, no analysis).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  type AnalyzeText,
  analyzeHtml,
  analyzeLine,
  analyzePlainText,
  type ErrorRecord,
  type OutputRecord,
} from './page-record';

interface Options {
  mode: 'jsonl' | 'html' | 'text';
  input: string;
  url?: string;
  extractOnly: boolean;
}

const USAGE =
  'usage: analyze [--extract-only] (--jsonl IN.jsonl | page.html [--url URL] | --text file.txt); IN or file may be "-" for stdin';

function parseArgs(argv: string[]): Options | string {
  let mode: Options['mode'] | undefined;
  let input: string | undefined;
  let url: string | undefined;
  let extractOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--jsonl' || arg === '--text') {
      mode = arg === '--jsonl' ? 'jsonl' : 'text';
      input = argv[++i];
    } else if (arg === '--url') {
      url = argv[++i];
    } else if (arg === '--extract-only') {
      extractOnly = true;
    } else if (arg === '-h' || arg === '--help') {
      return USAGE;
    } else if (!arg.startsWith('--') || arg === '-') {
      mode ??= 'html';
      input = arg;
    } else {
      return `unknown option ${arg}\n${USAGE}`;
    }
  }
  if (!mode || input === undefined) return USAGE;
  return { mode, input, url, extractOnly };
}

function readAll(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

/** Loads the analysis only when it is needed, so `--extract-only` runs without it. */
async function loadAnalysis(extractOnly: boolean): Promise<AnalyzeText> {
  if (extractOnly) return null;
  const mod = await import('../analysis/analyze-text');
  return mod.analyzeText;
}

/** Writes a line, waiting when stdout's buffer is full (large outputs piped to a slow reader). */
function writeLine(line: string): Promise<void> {
  if (process.stdout.write(`${line}\n`)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

async function runJsonl(input: string, analyze: AnalyzeText): Promise<void> {
  const stream = input === '-' ? process.stdin : createReadStream(input, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  let errors = 0;
  const t0 = performance.now();
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const out = analyzeLine(line, analyze);
    count++;
    if ('error' in out) {
      errors++;
      process.stderr.write(`line ${count}: ${out.error}\n`);
    }
    await writeLine(JSON.stringify(out));
  }
  const seconds = (performance.now() - t0) / 1000;
  process.stderr.write(`analyze: ${count} lines, ${errors} errors, ${seconds.toFixed(1)} s\n`);
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (typeof opts === 'string') {
    process.stderr.write(`${opts}\n`);
    const askedForHelp = process.argv.includes('--help') || process.argv.includes('-h');
    return askedForHelp ? 0 : 2;
  }
  // Libraries that log with console.log must not corrupt the JSON on stdout.
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;
  const analyze = await loadAnalysis(opts.extractOnly);
  if (opts.mode === 'jsonl') {
    await runJsonl(opts.input, analyze);
  } else {
    const content = readAll(opts.input);
    let out: OutputRecord | ErrorRecord;
    try {
      out =
        opts.mode === 'text'
          ? analyzePlainText(opts.input, content, analyze)
          : analyzeHtml(opts.input, content, opts.url, analyze);
    } catch (err) {
      // As for a bad JSONL line: the record says what failed; the command itself did run.
      out = { id: opts.input, error: err instanceof Error ? err.message : String(err) };
      process.stderr.write(
        `analyze: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
    }
    await writeLine(JSON.stringify(out, null, 2));
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `analyze: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  },
);
