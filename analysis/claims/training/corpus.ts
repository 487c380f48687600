/**
 * The training corpus of the claim classifier, put together from the JSONL sets of ../shared/train/claims
 * (rows already parsed by the caller): ClaimBuster sentences and CLEF CheckThat! debate lines.
 */

/** One labelled line as stored in the JSONL sets. */
export interface LabelledLine {
  id: string;
  text: string;
  label: number;
  doc?: string;
}

/** A training line with the set it came from and the debate it belongs to. */
export interface CorpusLine {
  text: string;
  label: 0 | 1;
  /** "claimbuster" or "clef". */
  source: 'claimbuster' | 'clef';
  /** Debate key for CLEF lines (its date and name), "claimbuster" otherwise. */
  group: string;
}

/** The date (YYYYMMDD) a CLEF debate file name starts with, or the name itself. */
export function debateDate(doc: string): string {
  return /^\d{8}/.exec(doc)?.[0] ?? doc;
}

/**
 * Merges the sets. CLEF 2020 task 5 re-releases debates of CLEF 2019, so a 2020 debate whose date is
 * already among the 2019 training debates is dropped (no line counted twice), and so is any debate
 * dated like one in `heldOutDates` (the evaluation debates: training on them would leak the test).
 */
export function buildCorpus(
  claimbuster: LabelledLine[],
  clef2019: LabelledLine[],
  clef2020: LabelledLine[],
  heldOutDates: ReadonlySet<string>,
): CorpusLine[] {
  const out: CorpusLine[] = [];
  for (const r of claimbuster) {
    out.push({
      text: r.text,
      label: r.label === 1 ? 1 : 0,
      source: 'claimbuster',
      group: 'claimbuster',
    });
  }
  const seen = new Set<string>();
  for (const r of clef2019) {
    const date = debateDate(r.doc ?? r.id);
    if (heldOutDates.has(date)) continue;
    seen.add(date);
    out.push({ text: r.text, label: r.label === 1 ? 1 : 0, source: 'clef', group: r.doc ?? date });
  }
  for (const r of clef2020) {
    const date = debateDate(r.doc ?? r.id);
    if (seen.has(date) || heldOutDates.has(date)) continue;
    out.push({ text: r.text, label: r.label === 1 ? 1 : 0, source: 'clef', group: r.doc ?? date });
  }
  return out;
}
