/**
 * The `::highlight()` rules. They must live in a document-level stylesheet (not in a shadow root).
 * Entities are told apart by underline colour, claims by a soft tint under the sentence, notes by a
 * blue tint with a thick underline. Translucent tints keep the page's own text colour; the
 * underline colours come in a light-page and a dark-page set (see `page-scheme.ts`).
 */
import { NAME_TYPES } from '../../analysis/types';
import { PALETTE } from '../../components/palette';
import { type HighlightKind, highlightName } from './names';

function entityRule(kind: HighlightKind, colour: string): string {
  return `::highlight(${highlightName(kind)}) { text-decoration: underline 2px ${colour}; text-underline-offset: 3px; background-color: color-mix(in srgb, ${colour} 10%, transparent); }`;
}

/** The soft yellow under a claim: a touch lighter on dark pages, where the same alpha glares. */
function claimTint(scheme: 'light' | 'dark'): string {
  return `rgba(255, 214, 10, ${scheme === 'light' ? 0.26 : 0.2})`;
}

/** The complete stylesheet text for a light or a dark page. */
export function highlightCss(scheme: 'light' | 'dark' = 'light'): string {
  const note = PALETTE.note[scheme];
  return [
    `::highlight(${highlightName('claim')}) { background-color: ${claimTint(scheme)}; }`,
    ...NAME_TYPES.map((kind) => entityRule(kind, PALETTE[kind][scheme])),
    `::highlight(${highlightName('note')}) { background-color: color-mix(in srgb, ${note} 24%, transparent); text-decoration: underline 3px ${note}; text-underline-offset: 3px; }`,
    `::highlight(${highlightName('focus')}) { background-color: color-mix(in srgb, ${note} 34%, transparent); }`,
  ].join('\n');
}

/**
 * Rules for the `<gloss-mark>` wrappers of browsers without the Highlight API: the same tints and one
 * underline colour per kind as {@link highlightCss}, in the light-page set (a wrapper cannot tell the
 * page's scheme apart cheaply, and the light set stays legible on dark pages' usual text colours).
 */
export function fallbackCss(): string {
  const note = PALETTE.note.light;
  return [
    'gloss-mark { all: unset; display: inline; }',
    `gloss-mark[data-kind="claim"] { background: ${claimTint('light')}; }`,
    ...NAME_TYPES.map(
      (kind) =>
        `gloss-mark[data-kind="${kind}"] { text-decoration: underline 2px ${PALETTE[kind].light}; text-underline-offset: 3px; }`,
    ),
    `gloss-mark[data-kind="note"] { background: color-mix(in srgb, ${note} 24%, transparent); text-decoration: underline 3px ${note}; }`,
    `gloss-mark[data-kind="focus"] { background: color-mix(in srgb, ${note} 34%, transparent); }`,
  ].join('\n');
}
