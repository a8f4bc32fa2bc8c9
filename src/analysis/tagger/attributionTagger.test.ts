import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.js';
import { createAttributionTagger, findCues, type TaggerWeights, tagAttributions } from './attributionTagger.js';
import { CUE_TEMPLATES } from './cueFeatures.js';
import {
  compileModel,
  createFeatureSpace,
  createVocabulary,
  type LinearModel,
  serializeModel,
  type Vocabularies,
} from './model.js';
import { PerceptronTrainer } from './perceptron.js';
import { buildTokenView } from './tokenView.js';
import { DecodeBuffers, decodeScored, scoreEmissions } from './viterbi.js';
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

  it('a cue only a path leaning towards cues takes, with a speaker › is kept', () => {
    const text = 'Supporters of the plan cheered the vote in the chamber.';
    const tokenized = tokenize(text);
    const { cues, tentative } = findCues(buildTokenView(text, tokenized, tagger.cache), tagger.cues, tagger.buffers);
    expect(cues).toEqual([]);
    expect(tentative).toHaveLength(1);
    expect(find(text)).toEqual([
      { source: 'Supporters of the plan', cue: 'cheered', content: 'the vote in the chamber' },
    ]);
  });

  it('a tentative cue with nobody saying it › is dropped', () => {
    const text = 'Hoping for change, the crowd poured into the streets.';
    const { cues, tentative } = findCues(
      buildTokenView(text, tokenize(text), tagger.cache),
      tagger.cues,
      tagger.buffers,
    );
    expect(cues).toEqual([]);
    expect(tentative).toHaveLength(1);
    expect(find(text)).toEqual([]);
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

describe('decodeScored', () => {
  it('a bias towards a label › takes it where it loses by less than the bias, and nowhere else', () => {
    // O, B, I over three tokens: the middle one is B by a margin of -5, the others by -50.
    const model = { labels: ['O', 'B', 'I'], transitions: new Float64Array(12) } as unknown as LinearModel;
    const buffers = new DecodeBuffers();
    buffers.ensure(3, 3);
    buffers.emissions.set([0, -50, -100, 0, -5, -100, 0, -50, -100]);

    const plain = Array.from(decodeScored(model, 3, null, buffers, null).subarray(0, 3));
    const leaning = Array.from(decodeScored(model, 3, null, buffers, { label: 1, amount: 10 }).subarray(0, 3));

    expect(plain).toEqual([0, 0, 0]);
    expect(leaning).toEqual([0, 1, 0]);
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
