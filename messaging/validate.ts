/**
 * Shape checks for requests reaching the background. A message is data from a content script that
 * runs next to an untrusted page: every field is checked before it touches the database.
 */
import { NAME_TYPES, NON_CLAIM_REGION_KINDS } from '../analysis/types';
import { type Envelope, MAX_ANALYSED_CHARS, type RequestType } from './protocol';

type Check = (payload: unknown) => string | null;

/** Headings and code blocks of one article: a long page has a few hundred; ten thousand is no article. */
const MAX_REGIONS = 10_000;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 100_000): v is string => typeof v === 'string' && v.length <= max;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isUrl = (v: unknown): v is string => isStr(v, 4096) && /^(https?|file):/.test(v);

function checkAnchor(a: unknown): string | null {
  if (!isObj(a)) return 'anchor missing';
  if (!isStr(a.exact, 100_000) || a.exact.length === 0) return 'anchor.exact must be text';
  if (!isStr(a.prefix, 1000) || !isStr(a.suffix, 1000)) return 'anchor context must be text';
  if (!isNum(a.start) || !isNum(a.end) || a.end < a.start) return 'anchor position invalid';
  return null;
}

const CHECKS: Record<RequestType, Check> = {
  analyze: (p) => {
    if (!isObj(p) || !isStr(p.text, MAX_ANALYSED_CHARS)) return 'text missing or too long';
    if (p.regions === undefined) return null;
    if (!Array.isArray(p.regions) || p.regions.length > MAX_REGIONS) return 'regions invalid';
    for (const r of p.regions) {
      if (!isObj(r) || !isNum(r.start) || !isNum(r.end) || r.end < r.start) return 'region invalid';
      if (!(NON_CLAIM_REGION_KINDS as readonly string[]).includes(r.kind as string)) {
        return 'region kind invalid';
      }
    }
    return null;
  },
  'article/seen': (p) => {
    if (!isObj(p) || !isObj(p.article)) return 'article missing';
    if (!isUrl(p.article.url) || !isStr(p.article.title, 2000)) return 'article url/title invalid';
    if (!Array.isArray(p.entities) || p.entities.length > 5000) return 'entities invalid';
    for (const e of p.entities) {
      if (!isObj(e) || !isStr(e.key, 500) || !isStr(e.name, 500) || !isNum(e.mentions)) {
        return 'entity invalid';
      }
      if (!(NAME_TYPES as readonly string[]).includes(e.type as string))
        return 'entity type invalid';
      if (!Array.isArray(e.aliases) || !e.aliases.every((x) => isStr(x, 500)))
        return 'aliases invalid';
    }
    if (!Array.isArray(p.claims) || p.claims.length > 5000) return 'claims invalid';
    for (const c of p.claims) {
      if (!isObj(c) || !isStr(c.text, 10_000) || !isNum(c.score)) return 'claim invalid';
      if (!Array.isArray(c.kinds) || !Array.isArray(c.reasons)) return 'claim kinds invalid';
    }
    return null;
  },
  'entity/history': (p) =>
    isObj(p) && isStr(p.key, 500) && isStr(p.articleUrl, 4096) ? null : 'key invalid',
  'notes/list': (p) => (isObj(p) && isUrl(p.articleUrl) ? null : 'articleUrl invalid'),
  'notes/save': (p) => {
    if (!isObj(p)) return 'note missing';
    if (!isStr(p.id, 100) || p.id.length < 8) return 'note id invalid';
    if (!isUrl(p.articleUrl) || !isStr(p.articleTitle, 2000)) return 'note article invalid';
    if (typeof p.body !== 'string') return 'note body must be text';
    if (p.entityKey !== undefined && !isStr(p.entityKey, 500)) return 'entityKey invalid';
    return checkAnchor(p.anchor);
  },
  'notes/delete': (p) => (isObj(p) && isStr(p.id, 100) ? null : 'note id invalid'),
  'notes/all': (p) => (isObj(p) ? null : 'payload missing'),
  'notes/export': (p) => (isObj(p) ? null : 'payload missing'),
  // The file's content is checked note by note by storage/notes-transfer.ts, which says what is wrong.
  'notes/import': (p) => (isObj(p) && 'data' in p ? null : 'file content missing'),
  'site/get': (p) => (isObj(p) && isStr(p.host, 300) ? null : 'host invalid'),
  'site/set': (p) =>
    isObj(p) && isStr(p.host, 300) && typeof p.enabled === 'boolean' ? null : 'host invalid',
  'articles/list': (p) =>
    isObj(p) && (p.limit === undefined || isNum(p.limit)) ? null : 'limit invalid',
};

/** Returns the envelope if it is a well-formed Gloss request, else a reason it is not. */
export function parseEnvelope(msg: unknown): { envelope: Envelope } | { error: string } | null {
  if (!isObj(msg) || msg.gloss !== 1) return null; // not ours: let other listeners answer
  const type = msg.type as RequestType;
  const check = typeof type === 'string' ? CHECKS[type] : undefined;
  if (!check) return { error: `Unknown request ${String(msg.type)}` };
  const problem = check(msg.payload);
  if (problem) return { error: `Bad ${type} request: ${problem}` };
  return { envelope: msg as unknown as Envelope };
}
