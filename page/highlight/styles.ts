/**
 * The `::highlight()` rules. They must live in a document-level stylesheet (not in a shadow root).
 * Entities are told apart by underline colour, claims by a soft tint under the sentence, notes by a
 * blue tint with a thick underline. Translucent colours keep the page's own text colour, so the
 * same rules read on light and dark pages; the dark variants only lift the underline colours.
 */
import { type HighlightKind, highlightName } from './names';

/** Underline colours per entity kind, chosen to stay distinct for common colour-vision deficiencies. */
const ENTITY_COLOURS: Partial<Record<HighlightKind, [light: string, dark: string]>> = {
  person: ['#d4570b', '#ff9a52'],
  organization: ['#7b3fc4', '#c09bff'],
  place: ['#1a7f37', '#5fd47f'],
  event: ['#b8267a', '#ff7cc7'],
  work: ['#8a6d00', '#e8c547'],
  product: ['#8a6d00', '#e8c547'],
  law: ['#0e6f8a', '#5cc8e8'],
  group: ['#5b6b00', '#c3d65a'],
  other: ['#5a5a5a', '#b0b0b0'],
};

function entityRule(kind: HighlightKind, colour: string): string {
  return `::highlight(${highlightName(kind)}) { text-decoration: underline 2px ${colour}; text-underline-offset: 3px; background-color: color-mix(in srgb, ${colour} 10%, transparent); }`;
}

/** The complete stylesheet text. */
export function highlightCss(): string {
  const light: string[] = [];
  const dark: string[] = [];
  for (const [kind, [l, d]] of Object.entries(ENTITY_COLOURS) as [
    HighlightKind,
    [string, string],
  ][]) {
    light.push(entityRule(kind, l));
    dark.push(entityRule(kind, d));
  }
  return [
    `::highlight(${highlightName('claim')}) { background-color: rgba(255, 214, 10, 0.26); }`,
    ...light,
    `::highlight(${highlightName('note')}) { background-color: rgba(56, 139, 253, 0.24); text-decoration: underline 3px rgba(56, 139, 253, 0.9); text-underline-offset: 3px; }`,
    `::highlight(${highlightName('focus')}) { background-color: rgba(56, 139, 253, 0.32); }`,
    `@media (prefers-color-scheme: dark) { ${dark.join(' ')} }`,
  ].join('\n');
}
