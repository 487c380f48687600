/** Note anchoring: describe a selection as a text-quote and position anchor, find it again later. */
export { type AnchorResult, anchorInIndex, anchorNote, locateAnchor } from './anchor';
export { CONTEXT_LENGTH, describeOffsets, describeRange } from './describe';
export { matchQuote, type QuoteContext, type QuoteMatch } from './match-quote';
export {
  offsetOfPoint,
  pointAtOffset,
  rangeOfOffsets,
  type TextIndex,
  type TextPoint,
  textOf,
} from './text-of';
