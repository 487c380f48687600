/**
 * Who says a quotation or an attributed claim: the person or organisation that is the grammatical
 * speaker of a reporting verb in the sentence, found from the news forms of attribution
 * ("X said", "X, the minister, said", "…," said X, "according to X"). A name that merely appears in
 * the sentence is not its speaker: in "Obama administration officials said" the speakers are the
 * officials, in "officials said that Mr. Bashir be held accountable" Bashir is the subject of the
 * claim, and in "Putin's spokesman said" the spokesman speaks; none of these gets a speaker.
 */
import type { EntityMention, Span } from '../types';

/** Verbs that report speech or writing, in the forms news uses for attribution. */
const VERBS =
  'said|says|say|told|tells|stated|states|announced|announces|added|adds|noted|notes|explained|explains|' +
  'warned|warns|argued|argues|claimed|claims|insisted|insists|wrote|writes|' +
  'confirmed|confirms|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|asserted|asserts|acknowledged|' +
  'acknowledges|admitted|admits|denied|denies|recalled|recalls|replied|replies|responded|responds|' +
  'tweeted|testified|maintained|maintains|contended|contends|told reporters|posted|predicted|predicts';

/**
 * Verbs of the inverted form (`"…," said X`): those whose object is never the listener, unlike
 * "told" ("…, the source told Reuters" is said by the source, to Reuters).
 */
const INVERTED_VERBS =
  'said|says|added|adds|wrote|writes|noted|notes|explained|explains|warned|warns|continued|' +
  'recalled|recalls|argued|argues|insisted|insists|stressed|stresses|replied|replies|tweeted|declared';

/**
 * Adverbs and auxiliaries allowed between a subject and its reporting verb ("X has said", "X also
 * told"): short, closed list, so that "X met Y and said" (a clause) does not count.
 */
const BETWEEN =
  '(?:(?:has|had|have|also|then|later|previously|once|repeatedly|recently|again|publicly|flatly|simply)\\s+){0,2}';

/**
 * An apposition between a subject and its verb: ", the country's foreign minister," — at most
 * 60 characters with no quotation mark, so that a quoted clause is never taken for one.
 */
const APPOSITION = '(?:\\s*,[^,"“”]{1,60},)?';

/** Right after a mention: optional apposition and adverbs, then the reporting verb. */
const SUBJECT_OF_VERB = new RegExp(`^${APPOSITION}\\s+${BETWEEN}(?:${VERBS})\\b`, 'i');

/**
 * Right before a mention: a reporting verb after a closing quotation mark or a comma (the inverted
 * form `"…," said X`), then at most four words of title ("said Russian President"). Without the
 * comma or quote, "Putin said Ukraine would" would make Ukraine the speaker.
 */
const INVERTED = new RegExp(`[,"”’]\\s*(?:${INVERTED_VERBS})\\s+(?:[^\\s,.;:"“”]+\\s+){0,4}$`, 'i');

/**
 * "according to X", with at most four words of title or description between ("according to Health
 * Minister X", "according to rescue group X"), none of them "by": in "according to a transcript
 * reviewed by X" the source is the transcript, and X only read it.
 */
const ACCORDING_TO = /\baccording to\s+(?:(?!by\s)[^\s,.;:"“”]+\s+){0,4}$/i;

/**
 * A pronoun that speaks ("he said", "she told reporters"): the sentence's speaker is whoever it
 * stands for, which this module cannot know, so a name in another form (an "according to" source,
 * the object of an inverted verb) is not taken for it.
 */
const PRONOUN_SPEAKS = new RegExp(`\\b(?:he|she|they|we|i)\\s+${BETWEEN}(?:${VERBS})\\b`, 'i');

/** People and organisations speak; a place speaks only as a subject ("South Africa said"), for its government. */
function canSpeak(m: EntityMention): boolean {
  return (
    (m.type === 'person' || m.type === 'organization' || m.type === 'place') &&
    typeof m.entityId === 'string'
  );
}

/**
 * The entity id of the speaker of `sentence` (offsets into `text`), or undefined when no person or
 * organisation of `entities` stands in a speaker's place. A subject before its verb wins over the
 * other forms (it is the most common and the least ambiguous); among equals the earliest wins, since
 * in a nested report ("Pretoria said Mr X had told Mr Y") the first attribution is the sentence's.
 */
export function speakerOf(
  text: string,
  sentence: Span,
  entities: readonly EntityMention[] | undefined,
): string | undefined {
  if (!entities) return undefined;
  const pronounSpeaks = PRONOUN_SPEAKS.test(text.slice(sentence.start, sentence.end));
  let best: { id: string; form: number } | undefined;
  for (const m of entities) {
    if (m.start < sentence.start || m.end > sentence.end || !canSpeak(m)) continue;
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 120));
    const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
    let form = 0;
    if (SUBJECT_OF_VERB.test(after)) form = 2;
    else if (m.type !== 'place' && !pronounSpeaks) {
      if (INVERTED.test(before) || ACCORDING_TO.test(before)) form = 1;
    }
    if (form === 0) continue;
    if (!best || form > best.form) best = { id: m.entityId as string, form };
  }
  return best?.id;
}
