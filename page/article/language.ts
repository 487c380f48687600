/**
 * A cheap language guess for pages that do not declare one: the writing system first (kana means
 * Japanese, Hangul Korean, Han alone Chinese, and so on), then the share of each language's most
 * common function words among the first 2,000 words. Returns ISO 639-1 codes.
 */

/** Very common function words per language: short, frequent, and rarely shared between the languages. */
const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'that',
    'it',
    'was',
    'for',
    'with',
    'as',
    'this',
    'are',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'une',
    'dans',
    'que',
    'qui',
    'pour',
    'pas',
    'du',
    'sur',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'ein',
    'eine',
    'mit',
    'den',
    'sich',
    'auch',
    'auf',
  ],
  es: [
    'el',
    'los',
    'las',
    'y',
    'que',
    'del',
    'por',
    'una',
    'con',
    'para',
    'es',
    'se',
    'como',
    'su',
  ],
  pt: ['o', 'os', 'as', 'e', 'que', 'do', 'da', 'uma', 'com', 'para', 'não', 'em', 'dos', 'ao'],
  it: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'per',
    'un',
    'non',
    'gli',
    'della',
    'sono',
    'del',
    'con',
    'nel',
  ],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'met', 'zijn', 'voor', 'ook'],
  cs: ['a', 'je', 'se', 'na', 'že', 'to', 'v', 've', 'jako', 'pro', 'ale', 'jsou', 'by', 'tak'],
  pl: ['i', 'w', 'się', 'nie', 'na', 'że', 'jest', 'do', 'to', 'z', 'jak', 'ale', 'po', 'co'],
};

/** Stopword sets built once. */
const STOPWORD_SETS: Array<[string, ReadonlySet<string>]> = Object.entries(STOPWORDS).map(
  ([lang, words]) => [lang, new Set(words)],
);

/**
 * Guesses the language of `text`. Needs 20 words before it trusts the stopwords (below that one
 * sentence decides), and answers undefined when no language reaches 8% stopword share (too little
 * evidence, or a language it does not know).
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const letters = sample.replace(/[\s\d\p{P}\p{S}]/gu, '');
  if (letters.length === 0) return undefined;
  const share = (re: RegExp): number => (letters.match(re)?.length ?? 0) / letters.length;
  // A few percent of kana is enough: Japanese text mixes it with Han throughout.
  if (share(/[\u3040-\u30ff]/g) > 0.05) return 'ja';
  if (share(/[\uac00-\ud7af]/g) > 0.2) return 'ko';
  if (share(/[\u4e00-\u9fff]/g) > 0.2) return 'zh';
  if (share(/[\u0400-\u04ff]/g) > 0.4) return 'ru';
  if (share(/[\u0600-\u06ff]/g) > 0.4) return 'ar';
  if (share(/[\u0590-\u05ff]/g) > 0.4) return 'he';
  if (share(/[\u0370-\u03ff]/g) > 0.4) return 'el';
  const words =
    sample
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 2000) ?? [];
  if (words.length < 20) return undefined;
  let best: string | undefined;
  let bestHits = 0;
  for (const [lang, set] of STOPWORD_SETS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      best = lang;
    }
  }
  return bestHits / words.length >= 0.08 ? best : undefined;
}

/** The primary subtag of a BCP 47 tag ("en-GB" → "en"), lowercased; undefined when empty or malformed. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const m = tag?.trim().match(/^([a-zA-Z]{2,3})(?:[-_]|$)/);
  return m?.[1]?.toLowerCase();
}
