/**
 * The committed tagger, compiled once on first use: weights.json (learned from all of PolNeAR by
 * scripts/train-tagger.ts) and wordClasses.json (from WordNet, by scripts/build-word-classes.ts), imported as modules
 * so the analysis layer does no I/O of its own.
 */
import { type AttributionTagger, createAttributionTagger, type TaggerWeights } from './attributionTagger.js';
import weights from './weights.json' with { type: 'json' };
import type { WordClassesData } from './wordClasses.js';
import wordClasses from './wordClasses.json' with { type: 'json' };

let tagger: AttributionTagger | null = null;

/**
 * The tagger built from the committed files; the first call compiles it (about 100 ms), later calls reuse it.
 *
 * @example tagAttributions(text, tokenize(text), defaultTagger()).length // attributions found in text
 */
export function defaultTagger(): AttributionTagger {
  // The JSON's inferred type widens the format tag to string; the file is the trainer's output, so the shape holds.
  tagger ??= taggerWithWeights(weights as unknown as TaggerWeights);
  return tagger;
}

/**
 * A tagger with other weights (a model trained without some articles, to measure it on them) and the committed word
 * classes. Throws on weights of another format.
 *
 * @example taggerWithWeights(JSON.parse(readFileSync('held-out.json', 'utf8')))
 */
export function taggerWithWeights(taggerWeights: TaggerWeights): AttributionTagger {
  return createAttributionTagger(taggerWeights, wordClasses as WordClassesData);
}
