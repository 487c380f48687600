/**
 * Alias linking within one article: every name mention gets an `entityId`, and mentions of the same
 * entity are counted together. Links made: the same name (case and spacing aside); a person's
 * surname or shorter form ("Putin") to the full name ("Vladimir Putin"), also when the surname carries
 * a lower-case particle ("Bin Laden", "Bashir" → "Osama bin Laden", "Omar Hassan al-Bashir"); an
 * acronym to the long form
 * it abbreviates, when defined in parentheses right after it ("… Climate Change (UNFCCC)") or when
 * its letters are the initials of a name in the article; a name of two words or more to the one
 * longer name of its type that it opens ("Mara Tane" → "Mara Tane Rua Walker").
 */
import type { EntityMention, LinkedEntity, NameType } from '../types';
import { NAME_TYPES } from '../types';
import { hasIgnorable, stripIgnorable } from './tokenize';

const isName = (m: EntityMention): m is EntityMention & { type: NameType } =>
  (NAME_TYPES as readonly string[]).includes(m.type);

/**
 * A name's form for comparison: spacing made single, invisible format characters ("Netan\u00ADyahu")
 * dropped (looked for only when the text has any: the look costs more than the rest).
 */
const norm = (s: string) => (hasIgnorable(s) ? stripIgnorable(s) : s).replace(/\s+/g, ' ').trim();
const words = (s: string) => norm(s).split(' ');

/** Initials of a name: capitals of its capitalised words; an all-capitals word gives all its letters. */
function initials(name: string): string {
  let out = '';
  for (const w of words(name)) {
    if (/^\p{Lu}+$/u.test(w)) out += w;
    else if (/^\p{Lu}/u.test(w)) out += w[0];
  }
  return out;
}

const ACRONYM = /^\p{Lu}{2,10}$/u;

/**
 * The Arabic article written onto a surname with a hyphen: "al-Bashir", "el-Sisi", "Al-Assad",
 * "ash-Shara" (its sun-letter forms). News text drops it when it repeats the surname ("Mr. Bashir"),
 * so a surname matches with or without it. Only these forms: a hyphenated surname such as
 * "Smith-Jones" or "Lloyd-Webber" keeps both parts.
 */
const ARTICLE_PREFIX = /^(?:al|el|ad|ag|an|ar|as|ash|at|az|ud|ul)-(?=\p{L})/iu;

/**
 * A name word as it is compared between mentions: lower case, so that a particle capitalised at the
 * start of a sentence ("Bin Laden") matches its lower-case form ("Osama bin Laden"), and without an
 * Arabic article prefix ("al-Bashir" ~ "Bashir").
 */
function nameKey(word: string): string {
  return (word.includes('-') ? word.replace(ARTICLE_PREFIX, '') : word).toLowerCase();
}

/**
 * Links the name mentions (values are left alone) and returns the linked entities, in order of
 * first mention. Mutates `mentions`, setting `entityId` on every name.
 */
export function linkAliases(text: string, mentions: EntityMention[]): LinkedEntity[] {
  const names = mentions.filter(isName);
  // Canonical form of each distinct surface string; starts as itself.
  const canon = new Map<string, string>();
  const forms = [...new Set(names.map((m) => norm(m.text)))];
  for (const f of forms) canon.set(f, f);
  const typeOf = new Map<string, NameType>();
  for (const m of names) if (!typeOf.has(norm(m.text))) typeOf.set(norm(m.text), m.type);

  // Acronyms defined in parentheses: "Long Name (ACR)".
  for (let i = 1; i < names.length; i++) {
    const m = names[i]!;
    const prev = names[i - 1]!;
    if (!ACRONYM.test(m.text)) continue;
    if (/^\s*\(\s*$/.test(text.slice(prev.end, m.start)) && text[m.end] === ')') {
      if (words(prev.text).length >= 2) canon.set(norm(m.text), norm(prev.text));
    }
  }
  // Acronyms whose letters are the initials of a longer name in the article (first such name).
  const byInitials = new Map<string, string>();
  for (const g of forms) {
    if (words(g).length < 2) continue;
    const ini = initials(g);
    if (!byInitials.has(ini)) byInitials.set(ini, g);
  }
  for (const f of forms) {
    if (!ACRONYM.test(f) || canon.get(f) !== f) continue;
    const long = byInitials.get(f);
    if (long && long !== f) canon.set(f, long);
  }
  // People: a shorter form that is the first word of a longer name, or all of its last words. Longer
  // names are indexed by their first and last word, so this stays linear in the article's length.
  const people = forms.filter((f) => typeOf.get(f) === 'person');
  const count = new Map<string, number>();
  for (const m of names) {
    const f = norm(m.text);
    count.set(f, (count.get(f) ?? 0) + 1);
  }
  /**
   * Which of two longer names a short form takes when both fit: the one the article names more
   * often (a bare "Parata" is the subject of the story, "Hori Parata" named four times, not his
   * son "Te Kaurinui Robert Parata" named once), then the longer one (the fuller form of one name).
   */
  const fuller = (g: string, best: string): boolean => {
    const dc = (count.get(g) ?? 0) - (count.get(best) ?? 0);
    return dc !== 0 ? dc > 0 : words(best).length < words(g).length;
  };
  const byEdgeWord = new Map<string, string[][]>();
  for (const g of people) {
    const gw = words(g);
    if (gw.length < 2) continue;
    for (const key of new Set([nameKey(gw[0]!), nameKey(gw[gw.length - 1]!)])) {
      const list = byEdgeWord.get(key) ?? [];
      list.push(gw);
      byEdgeWord.set(key, list);
    }
  }
  for (const f of people) {
    const fw = words(f);
    let best: string | undefined;
    for (const gw of byEdgeWord.get(nameKey(fw[fw.length - 1]!)) ?? []) {
      const g = gw.join(' ');
      if (gw.length <= fw.length) continue;
      const tail = gw.slice(gw.length - fw.length);
      const isTail = tail.every((w, k) => w === fw[k] || nameKey(w) === nameKey(fw[k]!));
      const isFirst = fw.length === 1 && gw[0] === fw[0];
      if ((isTail || isFirst) && (!best || fuller(g, best))) best = g;
    }
    if (best) canon.set(f, best);
  }
  // Follow chains (ACR → long form → fuller form).
  const root = (f: string): string => {
    let r = f;
    for (let k = 0; k < 5; k++) {
      const next = canon.get(r) ?? r;
      if (next === r) break;
      r = next;
    }
    return r;
  };
  linkLeadingParts(forms, typeOf, canon, root);

  const entities = new Map<string, LinkedEntity>();
  for (const m of names) {
    const form = norm(m.text);
    const name = root(form);
    const type = typeOf.get(name) ?? m.type;
    const id = `${type}:${name.toLowerCase()}`;
    m.entityId = id;
    let e = entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: [name], mentions: 0 };
      entities.set(id, e);
    }
    e.mentions++;
    if (!e.aliases.includes(form)) e.aliases.push(form);
  }
  return [...entities.values()];
}

/**
 * Longest name, in words, looked for as a longer form of a leading part: names are short, and this
 * bounds the index below (one entry per leading part of each name).
 */
const MAX_NAME_WORDS = 8;

/**
 * Links a name of two words or more that is the leading part of longer names of the same type to
 * them, when they all come to one entity ("Mara Tane" → "Mara Tane Rua Walker", "The Grand" → "The
 * Grand Harbour Hotel"); also a person's name that is a longer one without its middle words
 * ("Mara Tane Walker"). When the longer names are different entities ("Mara Tane" before "Mara Tane
 * Walker" and a different "Mara Tane Smith") the leading part stays on its own: which one
 * it means is the reader's guess, not the engine's. One-word names are left to the person rules
 * above: a first word alone ("New", "United") starts too many unrelated names. Forms are taken
 * longest first, so that a longer name is linked before the shorter ones that lead to it. Mutates
 * `canon`.
 */
function linkLeadingParts(
  forms: readonly string[],
  typeOf: ReadonlyMap<string, NameType>,
  canon: Map<string, string>,
  root: (f: string) => string,
): void {
  // Each name of two words or more, with its lower-case words (split once: forms can be thousands).
  const multi: Array<{ form: string; keys: string[] }> = [];
  for (const form of forms) {
    if (!form.includes(' ')) continue;
    const keys = words(form).map(nameKey);
    if (keys.length >= 2 && keys.length <= MAX_NAME_WORDS) multi.push({ form, keys });
  }
  if (multi.length < 2) return;
  // Leading part (type and lower-case words) → the longer forms that start with it.
  const byLead = new Map<string, string[]>();
  const add = (key: string, g: string) => {
    const list = byLead.get(key);
    if (list) list.push(g);
    else byLead.set(key, [g]);
  };
  for (const { form, keys } of multi) {
    const type = typeOf.get(form);
    for (let n = 2; n < keys.length; n++) {
      add(`${type}|${keys.slice(0, n).join(' ')}`, form);
      // A person without middle words: first words, then the last.
      if (type === 'person' && n < keys.length - 1) {
        add(`${type}|${[...keys.slice(0, n), keys[keys.length - 1]].join(' ')}`, form);
      }
    }
  }
  if (byLead.size === 0) return;
  multi.sort((a, b) => b.keys.length - a.keys.length);
  for (const { form, keys } of multi) {
    if (canon.get(form) !== form) continue;
    const longer = byLead.get(`${typeOf.get(form)}|${keys.join(' ')}`);
    if (!longer) continue;
    const roots = new Set(longer.map(root));
    if (roots.size !== 1) continue;
    const [target] = roots;
    if (target !== undefined && target !== form) canon.set(form, target);
  }
}
