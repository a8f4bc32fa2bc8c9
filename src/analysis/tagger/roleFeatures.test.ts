import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.js';
import { createFeatureSequence } from './cueFeatures.js';
import { COUNT_BUCKETS, SIDES, TOKEN_CLASSES } from './domains.js';
import { createFeatureSpace, createVocabulary, offsetOf, type Vocabularies } from './model.js';
import { markCues, ROLE_TEMPLATES, RoleBuffers, roleFeatures, roleWindow } from './roleFeatures.js';
import { buildTokenView, TextFeatureCache } from './tokenView.js';
import { createWordClasses, type WordClassesData } from './wordClasses.js';

const wordClasses = JSON.parse(readFileSync(new URL('./wordClasses.json', import.meta.url), 'utf8')) as WordClassesData;

/**
 * The role features of `text` for the cue `cueWord`: `featureValue(token, template, …sizes)` is the number a template gives
 * that token, counted from the template's first feature.
 */
function featuresFor(text: string, cueWord: string) {
  const vocabularies: Vocabularies = {
    word: createVocabulary(['who', 'said', 'kim']),
    stem: createVocabulary([]),
    suffix: createVocabulary([]),
    cueHead: createVocabulary(['said']),
  };
  const tokenized = tokenize(text);
  const view = buildTokenView(text, tokenized, new TextFeatureCache(vocabularies, createWordClasses(wordClasses)));
  const first = tokenized.tokens.findIndex((token) => token.text === cueWord);
  const cue = { first, end: first + 1 };
  const window = roleWindow(view, cue);
  const space = createFeatureSpace(ROLE_TEMPLATES, vocabularies);
  const sequence = createFeatureSequence();
  roleFeatures(space, view, cue, 2, markCues(view.length, [cue]), window, sequence, new RoleBuffers());
  return (tokenText: string, template: string, second = 1, third = 1) => {
    const t = tokenized.tokens.findIndex((token) => token.text === tokenText) - window[0];
    const k = ROLE_TEMPLATES.findIndex((spec) => spec.name === template);
    return (sequence.features[t * sequence.featuresPerToken + k] as number) - offsetOf(space, template, second, third);
  };
}

describe('roleFeatures', () => {
  it('verbs between a token and the cue › counted, so a subject set off by a clause reads apart from one beside it', () => {
    const featureValue = featuresFor('Officials who met Kim on Monday said talks would resume.', 'said');
    const verbsBetween = (tokenText: string) => {
      const value = featureValue(tokenText, 'verbsBetween|side|class', SIDES.length, TOKEN_CLASSES.length);
      return COUNT_BUCKETS[Math.floor(value / TOKEN_CLASSES.length / SIDES.length)];
    };

    expect(verbsBetween('Officials')).toBe('1'); // "met"
    expect(verbsBetween('Kim')).toBe('0');
    expect(verbsBetween('resume')).toBe('0'); // right of the cue: "would" is no verb, "resume" is not between
  });

  it('the words beside a token › are features of its own', () => {
    const featureValue = featuresFor('Officials who met Kim said talks would resume.', 'said');
    const wordBeside = (template: string) => Math.floor(featureValue('met', template, SIDES.length) / SIDES.length);

    // "met" is after "who" (word 2: unknown 0, none 1, then who, said, kim) and before "Kim" (word 4).
    expect(wordBeside('previousWord|side')).toBe(2);
    expect(wordBeside('nextWord|side')).toBe(4);
  });
});
