/** The highlight names Gloss registers in `CSS.highlights`, one per kind, all prefixed `gloss-`. */
import { NAME_TYPES, type NameType } from '../../analysis/types';

export type HighlightKind = NameType | 'claim' | 'note' | 'focus';

/** Every kind, in painting order: claims under entities, notes above them, the hovered mention on top. */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['claim', ...NAME_TYPES, 'note', 'focus'];

export const highlightName = (kind: HighlightKind): string => `gloss-${kind}`;
