import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.js';
import { COUNT_BUCKETS, SIDES, TOKEN_CLASSES } from './domains.js';
import { createFeatureSpace, createVocabulary, offsetOf, type Vocabularies } from './model.js';
import { markCues, ROLE_TEMPLATES, RoleBuffers, roleFeatures, roleWindow } from './roleFeatures.js';
import { buildTokenView, TextFeatureCache } from './tokenView.js';
import { createWordClasses, type WordClassesData } from './wordClasses.js';

const wordClasses = JSON.parse(readFileSync(new URL('./wordClasses.json', import.meta.url), 'utf8')) as WordClassesData;

/** The role features of every token of `text` for the cue `cueWord`, by token text. */
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
  const sequence = {
    length: 0,
    featuresPerToken: 0,
    features: new Int32Array(0),
    allowed: null,
    scratch: new Int32Array(0),
  };
  roleFeatures(space, view, cue, 2, markCues(view.length, [cue]), window, sequence, new RoleBuffers());
  const ofToken = (tokenText: string) => {
    const t = tokenized.tokens.findIndex((token) => token.text === tokenText) - window[0];
    return sequence.features.slice(t * sequence.featuresPerToken, (t + 1) * sequence.featuresPerToken);
  };
  return { space, ofToken };
}

describe('roleFeatures', () => {
  it('verbs between a token and the cue › counted, so a subject set off by a clause reads apart from one beside it', () => {
    const { space, ofToken } = featuresFor('Officials who met Kim on Monday said talks would resume.', 'said');
    const offset = offsetOf(space, 'verbsBetween|side|class', SIDES.length, TOKEN_CLASSES.length);
    const template = ROLE_TEMPLATES.findIndex((spec) => spec.name === 'verbsBetween|side|class');
    const verbsBetween = (tokenText: string) => {
      const feature = (ofToken(tokenText)[template] as number) - offset;
      return COUNT_BUCKETS[Math.floor(feature / TOKEN_CLASSES.length / SIDES.length)];
    };

    expect(verbsBetween('Officials')).toBe('1'); // "met"
    expect(verbsBetween('Kim')).toBe('0');
    expect(verbsBetween('resume')).toBe('0'); // right of the cue: "would" is no verb, "resume" is not between
  });

  it('the words beside a token › are features of its own', () => {
    const { space, ofToken } = featuresFor('Officials who met Kim said talks would resume.', 'said');
    const previous = ROLE_TEMPLATES.findIndex((spec) => spec.name === 'previousWord|side');
    const next = ROLE_TEMPLATES.findIndex((spec) => spec.name === 'nextWord|side');
    const previousOffset = offsetOf(space, 'previousWord|side', SIDES.length);
    const nextOffset = offsetOf(space, 'nextWord|side', SIDES.length);
    const wordOf = (feature: number, offset: number) => Math.floor((feature - offset) / SIDES.length);

    // "met" is after "who" (word 2: unknown 0, none 1, then who, said, kim) and before "Kim" (word 4).
    expect(wordOf(ofToken('met')[previous] as number, previousOffset)).toBe(2);
    expect(wordOf(ofToken('met')[next] as number, nextOffset)).toBe(4);
  });
});
