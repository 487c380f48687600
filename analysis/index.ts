/** Public entry of the pure analysis core: text in, spans out. No DOM, no browser, no storage. */

export { analyzeText } from './analyze-text';
export * from './types';
