/** The shipped model files, read as the extension's build reads them to write its pack. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NerModelFiles } from '../../../analysis/entities/model-pack';

const models = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../analysis/models',
);

/** Parses analysis/models/NAME. */
function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(models, name), 'utf8')) as T;
}

/** The three shipped JSON files as packNerModel takes them. */
export function shippedModelFiles(): NerModelFiles {
  return {
    model: readJson('ner-weights.json'),
    nameLists: readJson('name-lists.json'),
    clusters: readJson('word-clusters.json'),
  };
}
