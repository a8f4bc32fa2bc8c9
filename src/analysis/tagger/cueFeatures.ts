/**
 * Stage 1: finding cues. Each segment is tagged B / I / O (begins, continues, outside a cue), from the token's word,
 * stem, ending and WordNet class, its neighbours' words and classes, POS context, the nearest subject-like token on
 * its left and complement-like token on its right (alone, and with the word's stem: annotators mark "support for"
 * and "criticism of" as stances far more often than "support the" or "criticism that"), quote state and position in
 * the sentence.
 */
import {
  CLASS_NONE,
  isDeterminerClass,
  isModifierClass,
  POS_TAGS,
  QUOTE_STATES,
  sentencePositionIndex,
  TOKEN_CLASSES,
} from './domains.js';
import { type FeatureSpace, NONE, offsetOf, perSpace, type TemplateSpec } from './model.js';
import type { TokenView } from './tokenView.js';
import type { FeatureSequence } from './viterbi.js';

export const CUE_LABELS = ['O', 'B', 'I'] as const;
export const CUE_OUTSIDE = 0;
export const CUE_BEGIN = 1;
export const CUE_INSIDE = 2;

export const CUE_TEMPLATES = [
  { name: 'bias', domains: [] },
  { name: 'word', domains: ['word'] },
  { name: 'previousWord', domains: ['word'] },
  { name: 'nextWord', domains: ['word'] },
  { name: 'secondPreviousWord', domains: ['word'] },
  { name: 'suffix', domains: ['suffix'] },
  { name: 'shape|pos', domains: ['shape', 'pos'] },
  { name: 'previousPos|pos', domains: ['pos', 'pos'] },
  { name: 'pos|nextPos', domains: ['pos', 'pos'] },
  { name: 'previousClass|class|nextClass', domains: ['class', 'class', 'class'] },
  { name: 'quote|pos', domains: ['quote', 'pos'] },
  { name: 'word|quote', domains: ['word', 'quote'] },
  { name: 'sentencePosition|pos', domains: ['sentencePosition', 'pos'] },
  { name: 'stem', domains: ['stem'] },
  { name: 'stem|previousClass', domains: ['stem', 'class'] },
  { name: 'leftHead|pos', domains: ['class', 'pos'] },
  { name: 'previousWord|class', domains: ['word', 'class'] },
  { name: 'verbClass|pos', domains: ['verbClass', 'pos'] },
  { name: 'nounClass|pos', domains: ['nounClass', 'pos'] },
  { name: 'verbClass|rightHead', domains: ['verbClass', 'class'] },
  { name: 'stem|rightHead', domains: ['stem', 'class'] },
] as const satisfies readonly TemplateSpec[];

const FEATURES_PER_TOKEN = CUE_TEMPLATES.length;

/** "I" may only follow "B" or "I": a cue starts with its B. Row 0 is from the start of the segment. */
export const CUE_FORBIDDEN_TRANSITIONS = (() => {
  const labelCount = CUE_LABELS.length;
  const forbidden = new Uint8Array((labelCount + 1) * labelCount);
  forbidden[0 * labelCount + CUE_INSIDE] = 1;
  forbidden[(CUE_OUTSIDE + 1) * labelCount + CUE_INSIDE] = 1;
  return forbidden;
})();

/**
 * The features of segment `segment` of `view`, written into `sequence` (whose buffer grows as needed).
 *
 * @example cueFeatures(space, view, 0, sequence); sequence.length // tokens in the first segment
 */
export function cueFeatures(space: FeatureSpace, view: TokenView, segment: number, sequence: FeatureSequence): void {
  const first = view.segmentStart[segment] as number;
  const end = view.segmentEnd[segment] as number;
  const length = end - first;
  if (sequence.features.length < length * FEATURES_PER_TOKEN) {
    sequence.features = new Int32Array(Math.max(length * FEATURES_PER_TOKEN, sequence.features.length * 2));
  }
  sequence.length = length;
  sequence.featuresPerToken = FEATURES_PER_TOKEN;
  sequence.allowed = null;

  const { word, pos, quote, stem, suffix, shape } = view;
  const classes = view.class;

  // The nearest token to the right that is not a modifier: what a verb takes ("said that", "backs the bill").
  const rightHeads = sequence.scratch.length >= length ? sequence.scratch : new Int32Array(length * 2);
  sequence.scratch = rightHeads;
  let rightHead = CLASS_NONE;
  for (let i = end - 1; i >= first; i--) {
    rightHeads[i - first] = rightHead;
    const cls = classes[i] as number;
    if (!isModifierClass(cls) && !isDeterminerClass(cls)) rightHead = cls;
  }

  const at = templateOffsets(space);
  const posCount = POS_TAGS.length;
  const classCount = TOKEN_CLASSES.length;
  const out = sequence.features;
  let k = 0;
  // The nearest token to the left that is not an adverb, auxiliary or particle: the subject in "he has long said".
  let leftHead = CLASS_NONE;
  for (let i = first; i < end; i++) {
    const tag = pos[i] as number;
    const cls = classes[i] as number;
    const stemHere = stem[i] as number;
    const wordHere = word[i] as number;
    const quoteHere = quote[i] as number;
    const verbClass = view.verbClass[i] as number;
    const inside = i > first;
    const beforeEnd = i + 1 < end;
    const previousClass = inside ? (classes[i - 1] as number) : CLASS_NONE;
    const nextClass = beforeEnd ? (classes[i + 1] as number) : CLASS_NONE;
    const previousPos = inside ? (pos[i - 1] as number) : 0;
    const nextPos = beforeEnd ? (pos[i + 1] as number) : 0;
    out[k++] = at.bias;
    out[k++] = at.word + wordHere;
    out[k++] = at.previousWord + (inside ? (word[i - 1] as number) : NONE);
    out[k++] = at.nextWord + (beforeEnd ? (word[i + 1] as number) : NONE);
    out[k++] = at.secondPreviousWord + (i - 2 >= first ? (word[i - 2] as number) : NONE);
    out[k++] = at.suffix + (suffix[i] as number);
    out[k++] = at.shapePos + (shape[i] as number) * posCount + tag;
    out[k++] = at.previousPosPos + previousPos * posCount + tag;
    out[k++] = at.posNextPos + tag * posCount + nextPos;
    out[k++] = at.classTrigram + (previousClass * classCount + cls) * classCount + nextClass;
    out[k++] = at.quotePos + quoteHere * posCount + tag;
    out[k++] = at.wordQuote + wordHere * QUOTE_STATES.length + quoteHere;
    out[k++] = at.sentencePositionPos + sentencePositionIndex(i - first, length) * posCount + tag;
    out[k++] = at.stem + stemHere;
    out[k++] = at.stemPreviousClass + stemHere * classCount + previousClass;
    out[k++] = at.leftHeadPos + leftHead * posCount + tag;
    out[k++] = at.previousWordClass + (inside ? (word[i - 1] as number) : NONE) * classCount + cls;
    out[k++] = at.verbClassPos + verbClass * posCount + tag;
    out[k++] = at.nounClassPos + (view.nounClass[i] as number) * posCount + tag;
    out[k++] = at.verbClassRightHead + verbClass * classCount + (rightHeads[i - first] as number);
    out[k++] = at.stemRightHead + stemHere * classCount + (rightHeads[i - first] as number);
    if (!isModifierClass(cls)) leftHead = cls;
  }
}

/** Where each template's features start, checked against the value-set sizes the arithmetic above assumes. */
const templateOffsets = perSpace((space: FeatureSpace) => {
  const posCount = POS_TAGS.length;
  const classCount = TOKEN_CLASSES.length;
  return {
    bias: offsetOf(space, 'bias'),
    word: offsetOf(space, 'word'),
    previousWord: offsetOf(space, 'previousWord'),
    nextWord: offsetOf(space, 'nextWord'),
    secondPreviousWord: offsetOf(space, 'secondPreviousWord'),
    suffix: offsetOf(space, 'suffix'),
    shapePos: offsetOf(space, 'shape|pos', posCount),
    previousPosPos: offsetOf(space, 'previousPos|pos', posCount),
    posNextPos: offsetOf(space, 'pos|nextPos', posCount),
    classTrigram: offsetOf(space, 'previousClass|class|nextClass', classCount, classCount),
    quotePos: offsetOf(space, 'quote|pos', posCount),
    wordQuote: offsetOf(space, 'word|quote', QUOTE_STATES.length),
    sentencePositionPos: offsetOf(space, 'sentencePosition|pos', posCount),
    stem: offsetOf(space, 'stem'),
    stemPreviousClass: offsetOf(space, 'stem|previousClass', classCount),
    leftHeadPos: offsetOf(space, 'leftHead|pos', posCount),
    previousWordClass: offsetOf(space, 'previousWord|class', classCount),
    verbClassPos: offsetOf(space, 'verbClass|pos', posCount),
    nounClassPos: offsetOf(space, 'nounClass|pos', posCount),
    verbClassRightHead: offsetOf(space, 'verbClass|rightHead', classCount),
    stemRightHead: offsetOf(space, 'stem|rightHead', classCount),
  };
});

/** A new, empty feature sequence to reuse across segments. */
export function createFeatureSequence(): FeatureSequence {
  return {
    length: 0,
    featuresPerToken: 0,
    features: new Int32Array(1024),
    allowed: null,
    scratch: new Int32Array(256),
  };
}
