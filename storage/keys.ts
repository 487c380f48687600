/** Stable keys for stored records. */
import type { NameType } from '../analysis/types';

/**
 * The global key of an entity: its type and its name, case-folded, with accents, punctuation and
 * spacing normalised, so "Vladimir  Putin" on one site and "Vladimir Putin" on another meet.
 */
export function entityKey(type: NameType, name: string): string {
  const norm = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
  return `${type}:${norm}`;
}

/** Query parameters that only track the reader; dropped so one article has one key. */
const TRACKING_PARAMS =
  /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|guccounter)$/i;

/**
 * The canonical URL of an article: no hash, no tracking parameters, so a note made on a link
 * shared with `?utm_source=…` is found again on the plain URL.
 */
export function canonicalUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  url.hash = '';
  // Parsed by hand: URLSearchParams iterators do not cross into Firefox's content-script sandbox.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair.length > 0 && !TRACKING_PARAMS.test(safeDecode(pair.split('=')[0]!)))
    .sort();
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.toString();
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
