/**
 * The languages the analysis reads. Its entity tagger learnt from English news and its claim model
 * from English debates: on a German or Chinese article they find names in ordinary capitalised words
 * ("Das", "Verbesserungen") and claims in any sentence with a number, so other languages get no
 * analysis at all, in the extension (which still takes notes there) and in the CLI alike.
 */

/** ISO 639-1 codes of the languages the entity and claim engines read. */
export const ANALYSED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/**
 * The primary language of a page's language tag when the analysis does not read it ("de-AT" →
 * "de"); undefined when it does, or when the language is unknown (an unknown page is read).
 */
export function unreadLanguage(lang: string | undefined): string | undefined {
  const code = lang?.trim().slice(0, 2).toLowerCase();
  return code && !ANALYSED_LANGUAGES.has(code) ? code : undefined;
}
