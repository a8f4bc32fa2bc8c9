/**
 * Measures the tagger's speed over every PolNeAR article, excluding process start and weight loading:
 * tokenisation alone, the tagger alone, and both (what analyzeArticle pays).
 *
 *   npm run bench-tagger [-- --rounds 3 --weights path]
 */
import { parseArgs } from 'node:util';
import { tagAttributions } from '../src/analysis/tagger/attributionTagger.js';
import { type TokenizedText, tokenize } from '../src/analysis/tokens.js';
import { loadTagger, WEIGHTS_PATH } from './loadTagger.js';
import { requireCorpus } from './polnear.js';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    weights: { type: 'string', default: WEIGHTS_PATH },
  },
});

const texts = requireCorpus().map((article) => article.text);
const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;

const loadStarted = performance.now();
const tagger = loadTagger(options.weights);
console.log(
  `${texts.length} articles, ${megabytes.toFixed(2)} M chars; weights compiled in ${(performance.now() - loadStarted).toFixed(0)} ms`,
);

// The first round warms the JIT and the caches; the best of the rest is reported.
for (let round = 0; round <= Number(options.rounds); round++) {
  let started = performance.now();
  const tokenized: TokenizedText[] = texts.map((text) => tokenize(text));
  const tokenizeSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  let found = 0;
  texts.forEach((text, i) => {
    found += tagAttributions(text, tokenized[i] as TokenizedText, tagger).length;
  });
  const tagSeconds = (performance.now() - started) / 1000;
  const rate = (seconds: number) => `${(megabytes / seconds).toFixed(2)} MB/s`;
  console.log(
    `${round === 0 ? 'warm-up' : `round ${round}`}: tokenize ${rate(tokenizeSeconds)}, tagger ${rate(tagSeconds)}, ` +
      `both ${rate(tokenizeSeconds + tagSeconds)} (${found} attributions)`,
  );
}
