/**
 * Stage 2: given one cue, tag every token of a window around it as the cue's Source, its Content, the Cue itself
 * (fixed) or Outside. Features are relative to the cue: side, distance, what lies between (commas, quote marks,
 * verbs, other cues), the cue's head word, so nested attributions ("X said Y believes Z") each get their own pass.
 */
import {
  CLASS_COLON,
  CLASS_COMMA,
  CLASS_NONE,
  COARSE_DISTANCE_BUCKETS,
  coarseDistanceBucket,
  countBucket,
  DISTANCE_BUCKETS,
  distanceBucket,
  POS_TAGS,
  QUOTE_OPENING,
  QUOTE_STATES,
  SENTENCE_OFFSETS,
  SIDES,
  sentenceOffsetIndex,
  TOKEN_CLASSES,
} from './domains.js';
import { type FeatureSpace, NONE, offsetOf, perSpace, type TemplateSpec } from './model.js';
import type { TokenView } from './tokenView.js';
import type { FeatureSequence } from './viterbi.js';

export const ROLE_LABELS = ['O', 'S', 'C', 'K'] as const;
export const ROLE_OUTSIDE = 0;
export const ROLE_SOURCE = 1;
export const ROLE_CONTENT = 2;
export const ROLE_CUE = 3;

export const ROLE_TEMPLATES = [
  { name: 'bias', domains: [] },
  { name: 'side|distance', domains: ['side', 'distance'] },
  { name: 'side|sentenceOffset', domains: ['side', 'sentenceOffset'] },
  { name: 'cueHead|side', domains: ['cueHead', 'side'] },
  { name: 'cueHead|side|coarseDistance', domains: ['cueHead', 'side', 'coarseDistance'] },
  { name: 'cueHead|side|class', domains: ['cueHead', 'side', 'class'] },
  { name: 'word|side', domains: ['word', 'side'] },
  { name: 'pos|side|distance', domains: ['pos', 'side', 'distance'] },
  { name: 'previousPos|pos|side', domains: ['pos', 'pos', 'side'] },
  { name: 'pos|nextPos|side', domains: ['pos', 'pos', 'side'] },
  { name: 'previousClass|class|side', domains: ['class', 'class', 'side'] },
  { name: 'class|nextClass|side', domains: ['class', 'class', 'side'] },
  { name: 'shape|side', domains: ['shape', 'side'] },
  { name: 'quote|cueQuote|side', domains: ['quote', 'quote', 'side'] },
  { name: 'commasBetween|side|coarseDistance', domains: ['count', 'side', 'coarseDistance'] },
  { name: 'quotesBetween|side|quote', domains: ['count', 'side', 'quote'] },
  { name: 'cuesBetween|side', domains: ['count', 'side'] },
  { name: 'inOtherCue|side', domains: ['boolean', 'side'] },
  { name: 'afterCue|side|coarseDistance', domains: ['class', 'side', 'coarseDistance'] },
  { name: 'beforeCue|side|coarseDistance', domains: ['class', 'side', 'coarseDistance'] },
  { name: 'class|side|sentenceOffset', domains: ['class', 'side', 'sentenceOffset'] },
  { name: 'segmentStart|side|class', domains: ['boolean', 'side', 'class'] },
  { name: 'nounClass|side|coarseDistance', domains: ['nounClass', 'side', 'coarseDistance'] },
  { name: 'cueVerbClass|side|class', domains: ['verbClass', 'side', 'class'] },
  { name: 'previousWord|side', domains: ['word', 'side'] },
  { name: 'nextWord|side', domains: ['word', 'side'] },
  { name: 'verbsBetween|side|class', domains: ['count', 'side', 'class'] },
] as const satisfies readonly TemplateSpec[];

const FEATURES_PER_TOKEN = ROLE_TEMPLATES.length;
const LEFT = 0;
const RIGHT = 1;

/** Segments before and after the cue's own that a window takes in (content runs on over several sentences). */
const SEGMENTS_BEFORE = 1;
const SEGMENTS_AFTER = 2;

/** A cue as a token range [first, end). */
export interface CueTokens {
  first: number;
  end: number;
}

/** The cues of an article as token flags, for the "another cue between" features. */
export interface CueMarks {
  starts: Uint8Array;
  members: Uint8Array;
}

/** Marks the tokens of `cues` in an article of `length` tokens. */
export function markCues(length: number, cues: readonly CueTokens[]): CueMarks {
  const marks: CueMarks = { starts: new Uint8Array(length), members: new Uint8Array(length) };
  for (const cue of cues) {
    marks.starts[cue.first] = 1;
    marks.members.fill(1, cue.first, cue.end);
  }
  return marks;
}

/**
 * The token range [from, to) where a cue's source and content are looked for: its segment, the one before and two
 * after within the paragraph, and the next paragraph's first segments when the cue's paragraph ends on a colon or an
 * open quote (a quotation set off as its own paragraph).
 *
 * @example roleWindow(view, { first: 12, end: 13 }) // [0, 58]
 */
export function roleWindow(view: TokenView, cue: CueTokens): [number, number] {
  const home = view.segment[cue.first] as number;
  const paragraph = view.segmentParagraph[home] as number;
  const segmentCount = view.segmentStart.length;
  let firstSegment = home;
  while (firstSegment > 0 && home - firstSegment < SEGMENTS_BEFORE) {
    if (view.segmentParagraph[firstSegment - 1] !== paragraph) break;
    firstSegment--;
  }
  let lastSegment = home;
  while (lastSegment + 1 < segmentCount && lastSegment - home < SEGMENTS_AFTER) {
    if (view.segmentParagraph[lastSegment + 1] !== paragraph && !runsOn(view, lastSegment)) break;
    lastSegment++;
  }
  // A run-on "sentence" (a page without full stops) would make every cue's window the whole text: quadratic time.
  const start = Math.max(view.segmentStart[firstSegment] as number, cue.first - MAX_WINDOW_REACH);
  const end = Math.min(view.segmentEnd[lastSegment] as number, cue.end + MAX_WINDOW_REACH);
  return [start, end];
}

/** How far, in tokens, a source or content may lie from its cue; news sentences stay well within it. */
const MAX_WINDOW_REACH = 200;

/** Whether a segment ending its paragraph hands over to the next one: it ends on a colon or an opening quote. */
function runsOn(view: TokenView, segment: number): boolean {
  const last = (view.segmentEnd[segment] as number) - 1;
  return view.class[last] === CLASS_COLON || view.quote[last] === QUOTE_OPENING;
}

/** Prefix counts over a window, reused between cues. */
export class RoleBuffers {
  commas = new Int32Array(0);
  quotes = new Int32Array(0);
  cueStarts = new Int32Array(0);
  verbs = new Int32Array(0);

  ensure(length: number): void {
    if (this.commas.length > length) return;
    const capacity = Math.max(length + 1, this.commas.length * 2);
    this.commas = new Int32Array(capacity);
    this.quotes = new Int32Array(capacity);
    this.cueStarts = new Int32Array(capacity);
    this.verbs = new Int32Array(capacity);
  }
}

const VERB = POS_TAGS.indexOf('VERB');

/**
 * The features of every token of `window` relative to `cue`, written into `sequence`; cue tokens may only be
 * labelled K, and no other token may.
 *
 * @example roleFeatures(space, view, cue, head, marks, roleWindow(view, cue), sequence, buffers)
 */
export function roleFeatures(
  space: FeatureSpace,
  view: TokenView,
  cue: CueTokens,
  cueHead: number,
  marks: CueMarks,
  window: [number, number],
  sequence: FeatureSequence,
  buffers: RoleBuffers,
): void {
  const [from, to] = window;
  const length = to - from;
  const labelCount = ROLE_LABELS.length;
  if (sequence.features.length < length * FEATURES_PER_TOKEN) {
    sequence.features = new Int32Array(Math.max(length * FEATURES_PER_TOKEN, sequence.features.length * 2));
  }
  if (!sequence.allowed || sequence.allowed.length < length * labelCount) {
    sequence.allowed = new Uint8Array(Math.max(length * labelCount, (sequence.allowed?.length ?? 0) * 2));
  }
  sequence.length = length;
  sequence.featuresPerToken = FEATURES_PER_TOKEN;

  // Prefix counts make "how many commas / quote marks / cues / verbs lie between this token and the cue" O(1).
  buffers.ensure(length);
  const { commas, quotes, cueStarts, verbs } = buffers;
  const { pos, word, shape, quote, segment } = view;
  const classes = view.class;
  for (let i = from; i < to; i++) {
    const at = i - from;
    commas[at + 1] = (commas[at] as number) + (classes[i] === CLASS_COMMA ? 1 : 0);
    quotes[at + 1] = (quotes[at] as number) + ((quote[i] as number) >= QUOTE_OPENING ? 1 : 0);
    cueStarts[at + 1] = (cueStarts[at] as number) + (marks.starts[i] && i !== cue.first ? 1 : 0);
    verbs[at + 1] = (verbs[at] as number) + (pos[i] === VERB ? 1 : 0);
  }
  // Counts between token i and the cue: [i + 1, cue.first) on the left, [cue.end, i) on the right.
  const leftEnd = cue.first - from;
  const rightStart = cue.end - from;
  const between = (prefix: Int32Array, here: number, left: boolean) =>
    left
      ? (prefix[leftEnd] as number) - (prefix[here + 1] as number)
      : (prefix[here] as number) - (prefix[rightStart] as number);

  const cueSegment = segment[cue.first] as number;
  const cueQuote = quote[cue.first] as number;
  const cueVerbClass = view.verbClass[cueHeadToken(pos, cue)] as number;
  const afterCue = cue.end < (view.segmentEnd[cueSegment] as number) ? (classes[cue.end] as number) : CLASS_NONE;
  const beforeCue =
    cue.first > (view.segmentStart[cueSegment] as number) ? (classes[cue.first - 1] as number) : CLASS_NONE;

  const at = templateOffsets(space);
  const classCount = TOKEN_CLASSES.length;
  const posCount = POS_TAGS.length;
  // Sides are the fastest-varying value of most templates: (… × 2 + side).
  const sides = SIDES.length;
  const out = sequence.features;
  const allowed = sequence.allowed;
  let k = 0;
  for (let i = from; i < to; i++) {
    const inCue = i >= cue.first && i < cue.end;
    const row = (i - from) * labelCount;
    for (let y = 0; y < labelCount; y++) allowed[row + y] = (y === ROLE_CUE) === inCue ? 1 : 0;

    const left = i < cue.first;
    const side = left ? LEFT : RIGHT;
    const distance = left ? cue.first - i : Math.max(i - cue.end + 1, 1);
    const near = distanceBucket(distance);
    const coarse = coarseDistanceBucket(distance);
    const sentenceOffset = sentenceOffsetIndex((segment[i] as number) - cueSegment);
    const tag = pos[i] as number;
    const cls = classes[i] as number;
    const quoteHere = quote[i] as number;
    const segmentStart = view.segmentStart[segment[i] as number] === i ? 1 : 0;
    const previousPos = i > from ? (pos[i - 1] as number) : 0;
    const nextPos = i + 1 < to ? (pos[i + 1] as number) : 0;
    const previousClass = i > from ? (classes[i - 1] as number) : CLASS_NONE;
    const nextClass = i + 1 < to ? (classes[i + 1] as number) : CLASS_NONE;
    const here = i - from;
    const commasBetween = between(commas, here, left);
    const quotesBetween = between(quotes, here, left);
    const cuesBetween = between(cueStarts, here, left);

    out[k++] = at.bias;
    out[k++] = at.sideDistance + side * DISTANCE_BUCKETS.length + near;
    out[k++] = at.sideSentenceOffset + side * SENTENCE_OFFSETS.length + sentenceOffset;
    out[k++] = at.cueHeadSide + cueHead * sides + side;
    out[k++] = at.cueHeadSideCoarse + (cueHead * sides + side) * COARSE_DISTANCE_BUCKETS.length + coarse;
    out[k++] = at.cueHeadSideClass + (cueHead * sides + side) * classCount + cls;
    out[k++] = at.wordSide + (word[i] as number) * sides + side;
    out[k++] = at.posSideDistance + (tag * sides + side) * DISTANCE_BUCKETS.length + near;
    out[k++] = at.previousPosPosSide + (previousPos * posCount + tag) * sides + side;
    out[k++] = at.posNextPosSide + (tag * posCount + nextPos) * sides + side;
    out[k++] = at.previousClassClassSide + (previousClass * classCount + cls) * sides + side;
    out[k++] = at.classNextClassSide + (cls * classCount + nextClass) * sides + side;
    out[k++] = at.shapeSide + (shape[i] as number) * sides + side;
    out[k++] = at.quoteCueQuoteSide + (quoteHere * QUOTE_STATES.length + cueQuote) * sides + side;
    out[k++] =
      at.commasSideCoarse + (countBucket(commasBetween) * sides + side) * COARSE_DISTANCE_BUCKETS.length + coarse;
    out[k++] = at.quotesSideQuote + (countBucket(quotesBetween) * sides + side) * QUOTE_STATES.length + quoteHere;
    out[k++] = at.cuesSide + countBucket(cuesBetween) * sides + side;
    out[k++] = at.inOtherCueSide + (!inCue && marks.members[i] ? 1 : 0) * sides + side;
    out[k++] = at.afterCueSideCoarse + (afterCue * sides + side) * COARSE_DISTANCE_BUCKETS.length + coarse;
    out[k++] = at.beforeCueSideCoarse + (beforeCue * sides + side) * COARSE_DISTANCE_BUCKETS.length + coarse;
    out[k++] = at.classSideSentenceOffset + (cls * sides + side) * SENTENCE_OFFSETS.length + sentenceOffset;
    out[k++] = at.segmentStartSideClass + (segmentStart * sides + side) * classCount + cls;
    out[k++] =
      at.nounClassSideCoarse + ((view.nounClass[i] as number) * sides + side) * COARSE_DISTANCE_BUCKETS.length + coarse;
    out[k++] = at.cueVerbClassSideClass + (cueVerbClass * sides + side) * classCount + cls;
    out[k++] = at.previousWordSide + (i > from ? (word[i - 1] as number) : NONE) * sides + side;
    out[k++] = at.nextWordSide + (i + 1 < to ? (word[i + 1] as number) : NONE) * sides + side;
    out[k++] = at.verbsSideClass + (countBucket(between(verbs, here, left)) * sides + side) * classCount + cls;
  }
}

/** Where each template's features start, checked against the value-set sizes the arithmetic above assumes. */
const templateOffsets = perSpace((space: FeatureSpace) => {
  const sides = SIDES.length;
  const classCount = TOKEN_CLASSES.length;
  const posCount = POS_TAGS.length;
  const coarse = COARSE_DISTANCE_BUCKETS.length;
  return {
    bias: offsetOf(space, 'bias'),
    sideDistance: offsetOf(space, 'side|distance', DISTANCE_BUCKETS.length),
    sideSentenceOffset: offsetOf(space, 'side|sentenceOffset', SENTENCE_OFFSETS.length),
    cueHeadSide: offsetOf(space, 'cueHead|side', sides),
    cueHeadSideCoarse: offsetOf(space, 'cueHead|side|coarseDistance', sides, coarse),
    cueHeadSideClass: offsetOf(space, 'cueHead|side|class', sides, classCount),
    wordSide: offsetOf(space, 'word|side', sides),
    posSideDistance: offsetOf(space, 'pos|side|distance', sides, DISTANCE_BUCKETS.length),
    previousPosPosSide: offsetOf(space, 'previousPos|pos|side', posCount, sides),
    posNextPosSide: offsetOf(space, 'pos|nextPos|side', posCount, sides),
    previousClassClassSide: offsetOf(space, 'previousClass|class|side', classCount, sides),
    classNextClassSide: offsetOf(space, 'class|nextClass|side', classCount, sides),
    shapeSide: offsetOf(space, 'shape|side', sides),
    quoteCueQuoteSide: offsetOf(space, 'quote|cueQuote|side', QUOTE_STATES.length, sides),
    commasSideCoarse: offsetOf(space, 'commasBetween|side|coarseDistance', sides, coarse),
    quotesSideQuote: offsetOf(space, 'quotesBetween|side|quote', sides, QUOTE_STATES.length),
    cuesSide: offsetOf(space, 'cuesBetween|side', sides),
    inOtherCueSide: offsetOf(space, 'inOtherCue|side', sides),
    afterCueSideCoarse: offsetOf(space, 'afterCue|side|coarseDistance', sides, coarse),
    beforeCueSideCoarse: offsetOf(space, 'beforeCue|side|coarseDistance', sides, coarse),
    classSideSentenceOffset: offsetOf(space, 'class|side|sentenceOffset', sides, SENTENCE_OFFSETS.length),
    segmentStartSideClass: offsetOf(space, 'segmentStart|side|class', sides, classCount),
    nounClassSideCoarse: offsetOf(space, 'nounClass|side|coarseDistance', sides, coarse),
    cueVerbClassSideClass: offsetOf(space, 'cueVerbClass|side|class', sides, classCount),
    previousWordSide: offsetOf(space, 'previousWord|side', sides),
    nextWordSide: offsetOf(space, 'nextWord|side', sides),
    verbsSideClass: offsetOf(space, 'verbsBetween|side|class', sides, classCount),
  };
});

/**
 * Picks the token that names a cue's kind: its first verb ("has said" → said), else its last token (":").
 *
 * @example cueHeadToken(view.pos, { first: 3, end: 5 }) // 4 when token 3 is "has" (AUX) and 4 is "said" (VERB)
 */
export function cueHeadToken(pos: Uint8Array, cue: CueTokens): number {
  for (let i = cue.first; i < cue.end; i++) if (pos[i] === VERB) return i;
  return cue.end - 1;
}
