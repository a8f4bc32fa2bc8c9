import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.js';
import { createAttributionTagger, type TaggerWeights, tagAttributions } from './attributionTagger.js';
import { CUE_TEMPLATES } from './cueFeatures.js';
import { compileModel, createFeatureSpace, createVocabulary, serializeModel, type Vocabularies } from './model.js';
import { PerceptronTrainer } from './perceptron.js';
import { scoreEmissions } from './viterbi.js';
import { createWordClasses, nounClassOf, VERB_CLASSES, verbClassOf, type WordClassesData } from './wordClasses.js';

const readJson = <T>(name: string) => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T;
const weights = readJson<TaggerWeights>('./weights.json');
const wordClasses = readJson<WordClassesData>('./wordClasses.json');

describe('tagAttributions', () => {
  const tagger = createAttributionTagger(weights, wordClasses);
  const find = (text: string) =>
    tagAttributions(text, tokenize(text), tagger).map((found) => ({
      source: found.source ? text.slice(found.source.start, found.source.end) : null,
      cue: text.slice(found.cue.start, found.cue.end),
      content: text.slice(found.content.start, found.content.end),
    }));

  it.each([
    ['"X said that …"', 'The senator said that the new tax would hurt farmers.', 'The senator', 'said', 'the new tax'],
    [
      'a quote, then "X said"',
      '“We will win this fight,” Mr. Jones said on Tuesday.',
      'Mr. Jones',
      'said',
      'We will win',
    ],
    [
      '"said X" inverted',
      '“The plan is dead,” said Maria Lopez, a city council member.',
      'Maria Lopez',
      'said',
      'plan',
    ],
    [
      '"…, according to X"',
      'Unemployment rose last year, according to a government report.',
      'report',
      'according to',
      'rose',
    ],
    ['"X found that …"', 'The study found that unemployment rose last year.', 'The study', 'found', 'unemployment'],
  ])('%s › finds source, cue and content', (_, text, source, cue, contentWord) => {
    const found = find(text).find((attribution) => attribution.cue.includes(cue));
    expect(found?.source).toContain(source);
    expect(found?.content).toContain(contentWord);
  });

  it('no attribution › finds none', () => {
    expect(find('The river flooded the valley after three days of rain.')).toEqual([]);
  });
});

describe('serializeModel › compileModel', () => {
  it('a trained model written and read back › scores every token the same', () => {
    // Arrange: a tiny cue model trained on made-up sequences, over a tiny vocabulary.
    const vocabularies: Vocabularies = {
      word: createVocabulary(['said', 'he', 'it']),
      stem: createVocabulary(['said']),
      suffix: createVocabulary(['aid']),
      cueHead: createVocabulary([]),
    };
    const space = createFeatureSpace(CUE_TEMPLATES, vocabularies);
    const trainer = new PerceptronTrainer(['O', 'B', 'I'], space, null);
    const features = Int32Array.from({ length: 3 * CUE_TEMPLATES.length }, (_, i) => (i * 7919) % space.size);
    const sequence = {
      length: 3,
      featuresPerToken: CUE_TEMPLATES.length,
      features,
      allowed: null,
      scratch: new Int32Array(0),
    };
    for (let step = 0; step < 5; step++) trainer.train({ ...sequence, gold: Int32Array.from([0, 1, 2]) });
    const trained = trainer.averaged();

    // Act
    const stored = serializeModel(trained, { minWeight: 0, decimals: 6 });
    const compiled = compileModel(JSON.parse(JSON.stringify(stored)), CUE_TEMPLATES, vocabularies);

    // Assert: only differences between labels matter, so compare each token's scores relative to label O.
    const before = new Float64Array(9);
    const after = new Float64Array(9);
    scoreEmissions(trained, sequence, before);
    scoreEmissions(compiled, sequence, after);
    const relative = (scores: Float64Array) =>
      [0, 1, 2].flatMap((t) => [1, 2].map((y) => (scores[t * 3 + y] ?? 0) - (scores[t * 3] ?? 0)));
    relative(after).forEach((difference, i) => {
      expect(difference).toBeCloseTo(relative(before)[i] ?? Number.NaN, 4);
    });
  });
});

describe('wordClasses', () => {
  const classes = createWordClasses(wordClasses);

  it.each([
    ['told', 'verb', 'verb.communication'],
    ['criticizes', 'verb', 'verb.communication'],
    ['believed', 'verb', 'verb.cognition'],
  ])('%s as a %s › %s', (word, _, expected) => {
    expect(VERB_CLASSES[verbClassOf(classes, word)]).toBe(expected);
  });

  it('an unknown word › class 0', () => {
    expect(verbClassOf(classes, 'blorfed')).toBe(0);
    expect(nounClassOf(classes, 'blorfs')).toBe(0);
  });
});
