/**
 * Alias linking within one article: every name mention gets an `entityId`, and mentions of the same
 * entity are counted together. Links made: the same name (case and spacing aside); a person's
 * surname or shorter form ("Putin") to the full name ("Vladimir Putin"); an acronym to the long form
 * it abbreviates, when defined in parentheses right after it ("… Climate Change (UNFCCC)") or when
 * its letters are the initials of a name in the article.
 */
import type { EntityMention, LinkedEntity, NameType } from '../types';
import { NAME_TYPES } from '../types';

const isName = (m: EntityMention): m is EntityMention & { type: NameType } =>
  (NAME_TYPES as readonly string[]).includes(m.type);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
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
  const byEdgeWord = new Map<string, string[][]>();
  for (const g of people) {
    const gw = words(g);
    if (gw.length < 2) continue;
    for (const key of new Set([gw[0]!, gw[gw.length - 1]!])) {
      const list = byEdgeWord.get(key) ?? [];
      list.push(gw);
      byEdgeWord.set(key, list);
    }
  }
  for (const f of people) {
    const fw = words(f);
    let best: string | undefined;
    for (const gw of byEdgeWord.get(fw[fw.length - 1]!) ?? []) {
      const g = gw.join(' ');
      if (gw.length <= fw.length) continue;
      const tail = gw.slice(gw.length - fw.length);
      const isTail = tail.every((w, k) => w === fw[k]);
      const isFirst = fw.length === 1 && gw[0] === fw[0];
      if ((isTail || isFirst) && (!best || words(best).length < gw.length)) best = g;
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
