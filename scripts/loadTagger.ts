/**
 * Loads the committed tagger files (weights.json and wordClasses.json) for the scripts; the app's own start-up code
 * does the same with its own reader.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type AttributionTagger,
  createAttributionTagger,
  type TaggerWeights,
} from '../src/analysis/tagger/attributionTagger.js';
import type { WordClassesData } from '../src/analysis/tagger/wordClasses.js';
import { PROJECT_ROOT } from './polnear.js';

export const WEIGHTS_PATH = resolve(PROJECT_ROOT, 'src/analysis/tagger/weights.json');
export const WORD_CLASSES_PATH = resolve(PROJECT_ROOT, 'src/analysis/tagger/wordClasses.json');

/** Reads and parses the word-class lexicon. */
export function readWordClasses(path: string = WORD_CLASSES_PATH): WordClassesData {
  return JSON.parse(readFileSync(path, 'utf8')) as WordClassesData;
}

/** Reads both files and compiles the tagger. */
export function loadTagger(weightsPath: string = WEIGHTS_PATH): AttributionTagger {
  const weights = JSON.parse(readFileSync(weightsPath, 'utf8')) as TaggerWeights;
  return createAttributionTagger(weights, readWordClasses());
}
