import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.js';
import { CUE_TEMPLATES, createFeatureSequence, cueFeatures } from './cueFeatures.js';
import { TOKEN_CLASSES } from './domains.js';
import { createFeatureSpace, createVocabulary, offsetOf, type Vocabularies } from './model.js';
import { buildTokenView, TextFeatureCache } from './tokenView.js';
import { createWordClasses, type WordClassesData } from './wordClasses.js';

const wordClasses = JSON.parse(readFileSync(new URL('./wordClasses.json', import.meta.url), 'utf8')) as WordClassesData;

/** The value `template` gives the token `tokenText` of the one-sentence `text`, counted from the template's first feature. */
function cueFeatureValue(text: string, tokenText: string, template: string, second = 1): number {
  const vocabularies: Vocabularies = {
    word: createVocabulary([]),
    stem: createVocabulary(['support']),
    suffix: createVocabulary([]),
    cueHead: createVocabulary([]),
  };
  const tokenized = tokenize(text);
  const view = buildTokenView(text, tokenized, new TextFeatureCache(vocabularies, createWordClasses(wordClasses)));
  const space = createFeatureSpace(CUE_TEMPLATES, vocabularies);
  const sequence = createFeatureSequence();
  cueFeatures(space, view, 0, sequence);
  const t = tokenized.tokens.findIndex((token) => token.text === tokenText);
  const k = CUE_TEMPLATES.findIndex((spec) => spec.name === template);
  return (sequence.features[t * sequence.featuresPerToken + k] as number) - offsetOf(space, template, second);
}

describe('cueFeatures', () => {
  it('a word and what it takes on its right › one feature, so "support for" reads apart from "support the"', () => {
    const stemAndRightHead = (text: string) => {
      const value = cueFeatureValue(text, 'support', 'stem|rightHead', TOKEN_CLASSES.length);
      return { stem: Math.floor(value / TOKEN_CLASSES.length), rightHead: TOKEN_CLASSES[value % TOKEN_CLASSES.length] };
    };

    // Stem 2 is "support" (0 is unknown, 1 none); the right head skips determiners and modifiers.
    expect(stemAndRightHead('Labour repeated its support for the bill.')).toEqual({ stem: 2, rightHead: 'for' });
    expect(stemAndRightHead('Most members support the bill.')).toEqual({ stem: 2, rightHead: 'NOUN' });
  });
});
