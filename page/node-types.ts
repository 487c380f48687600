/**
 * `Node.nodeType` values, spelled out so that the page code does not need the `Node` global, which
 * some DOMs it runs on (linkedom in the CLI) do not provide as a global.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
