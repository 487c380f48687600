/**
 * Where the entity model comes from in Node (the `analyze` CLI, tests, benches, training): the three
 * JSON files under analysis/models, imported as modules and built synchronously on first use. The
 * extension's build swaps this module for entrypoints/background/ner-model-source.ts (see wxt.config.ts), which fetches
 * the binary pack instead, so the JSON files never enter the extension's bundle. Both modules export
 * the same three functions.
 */
import nameLists from '../models/name-lists.json';
import nerWeights from '../models/ner-weights.json';
import wordClusters from '../models/word-clusters.json';
import { loadModel, type NerModel, type NerModelFile } from './model';
import type { NameListsFile } from './name-lists';
import type { WordClustersFile } from './word-clusters';

let model: NerModel | null = null;

/** The model, built from the JSON files on first call (a few tens of milliseconds). */
export function nerModel(): NerModel {
  model ??= loadModel(nerWeights as unknown as NerModelFile, {
    nameLists: nameLists as NameListsFile,
    clusters: wordClusters as WordClustersFile,
  });
  return model;
}

/** Resolves with the model: here loading is synchronous, so this only wraps {@link nerModel}. */
export async function nerModelReady(): Promise<NerModel> {
  return nerModel();
}

/** Prepares a later load (the extension keeps a copy of its pack); nothing to do in Node. */
export async function prepareNerModel(): Promise<void> {}
