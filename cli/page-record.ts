/**
 * One input of the `analyze` CLI to one output record (../shared/docs/analysis-contract.md): an HTML
 * page goes through the same detection and extraction modules as the content script (on a linkedom
 * DOM), then its text through the analysis; plain text is analysed unchanged.
 */
import { parseHTML } from 'linkedom';
import { unreadLanguage } from '../analysis/languages';
import type {
  Claim,
  EntityMention,
  LinkedEntity,
  TextAnalysis,
  TextLayout,
} from '../analysis/types';
import { type ArticleVerdict, detectArticle } from '../page/article/detect';
import { extractArticle } from '../page/article/extract';

/** The analysis entry (`analyzeText` of analysis/analyze-text.ts), or null to skip the analysis. */
export type AnalyzeText = ((text: string, layout?: TextLayout) => TextAnalysis) | null;

/** One input line of `--jsonl`. */
export interface InputRecord {
  id: string;
  html?: string;
  url?: string;
  text?: string;
}

/** One output line: the contract's fields plus detection details, linked entities and timings. */
export interface OutputRecord {
  id: string;
  isArticle: boolean;
  title?: string;
  byline?: string;
  published?: string;
  site?: string;
  lang?: string;
  /**
   * Why the page got no entities or claims though it is an article: its language is one the
   * analysis does not read (see analysis/languages.ts).
   */
  skipped?: string;
  text: string;
  entities?: EntityMention[];
  claims?: Claim[];
  linked?: LinkedEntity[];
  detection?: Pick<ArticleVerdict, 'score' | 'signals' | 'reason'>;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

/** The output line of an input that cannot be processed. */
export interface ErrorRecord {
  id: string | null;
  error: string;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function addAnalysis(
  out: OutputRecord,
  analyze: AnalyzeText,
  run: boolean,
  layout: TextLayout = {},
): void {
  if (!analyze) return;
  if (!run) {
    out.entities = [];
    out.claims = [];
    out.linked = [];
    return;
  }
  const t0 = performance.now();
  const result = analyze(out.text, layout);
  out.timings.analyzeMs = round(performance.now() - t0);
  out.entities = result.entities;
  out.claims = result.claims;
  out.linked = result.linked;
}

/**
 * Analyses a whole HTML page: detect, extract, analyse the body's text. A page that is not an article,
 * or an article in a language the analysis does not read, still carries the text extraction found,
 * but gets no entities or claims (as in the extension, which highlights nothing there).
 */
export function analyzeHtml(
  id: string,
  html: string,
  url: string | undefined,
  analyze: AnalyzeText,
): OutputRecord {
  const t0 = performance.now();
  const { document } = parseHTML(html);
  const t1 = performance.now();
  const verdict = detectArticle(document, url);
  const t2 = performance.now();
  const article = extractArticle(document, url);
  const t3 = performance.now();
  const out: OutputRecord = {
    id,
    isArticle: verdict.isArticle,
    text: article?.text ?? '',
    detection: { score: verdict.score, signals: verdict.signals, reason: verdict.reason },
    timings: { parseMs: round(t1 - t0), detectMs: round(t2 - t1), extractMs: round(t3 - t2) },
  };
  if (article?.title) out.title = article.title;
  if (article?.byline) out.byline = article.byline;
  if (article?.published) out.published = article.published;
  if (article?.site) out.site = article.site;
  if (article?.lang) out.lang = article.lang;
  const unread = unreadLanguage(article?.lang);
  if (unread && verdict.isArticle && analyze) {
    out.skipped = `the article is in "${unread}"; entities and claims are read in English only`;
  }
  addAnalysis(out, analyze, verdict.isArticle && out.text.length > 0 && !unread, {
    regions: article?.regions ?? [],
  });
  return out;
}

/** Analyses plain text as it is (no detection: the text is taken as an article's). */
export function analyzePlainText(id: string, text: string, analyze: AnalyzeText): OutputRecord {
  const out: OutputRecord = { id, isArticle: true, text, timings: {} };
  addAnalysis(out, analyze, true);
  return out;
}

/** Parses and analyses one `--jsonl` line; a bad line gives an {@link ErrorRecord}, never a throw. */
export function analyzeLine(line: string, analyze: AnalyzeText): OutputRecord | ErrorRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: 'not JSON' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { id: null, error: 'not a JSON object' };
  }
  const rec = parsed as Record<string, unknown>;
  const rawId = rec.id;
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : null;
  if (id === null) return { id: null, error: 'no "id"' };
  try {
    if (typeof rec.html === 'string') {
      const url = typeof rec.url === 'string' ? rec.url : undefined;
      return analyzeHtml(id, rec.html, url, analyze);
    }
    if (typeof rec.text === 'string') return analyzePlainText(id, rec.text, analyze);
    return { id, error: 'neither "html" nor "text"' };
  } catch (err) {
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}
