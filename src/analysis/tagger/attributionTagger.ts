/**
 * The learned attribution tagger. Stage 1 tags the cues of each segment (B/I/O); stage 2 tags, for each cue, its
 * source and its content in a window around it (S/C/K/O, relative to that cue, so nested attributions each get their
 * own pass); the decoder turns the tags into spans. Both stages are averaged structured perceptrons decoded with
 * Viterbi. Pure: the weights come in as data (defaultTagger.ts imports the committed ones).
 *
 * Trained by `npm run train:tagger` (all of PolNeAR; `--leave-out K` keeps a fold out), measured by
 * `npm run cross-validate` (each fold by a model trained without it), errors by `npm run errors`.
 */
import type { TokenizedText } from '../tokens.js';
import type { Span } from '../types.js';
import {
  CUE_BEGIN,
  CUE_FORBIDDEN_TRANSITIONS,
  CUE_INSIDE,
  CUE_LABELS,
  CUE_TEMPLATES,
  createFeatureSequence,
  cueFeatures,
} from './cueFeatures.js';
import { CLASS_FULL_STOP } from './domains.js';
import {
  compileModel,
  type LinearModel,
  type SerializedModel,
  UNKNOWN,
  type Vocabularies,
  vocabulariesOf,
} from './model.js';
import {
  type CueMarks,
  type CueTokens,
  cueHeadToken,
  markCues,
  ROLE_CONTENT,
  ROLE_LABELS,
  ROLE_OUTSIDE,
  ROLE_SOURCE,
  ROLE_TEMPLATES,
  RoleBuffers,
  roleFeatures,
  roleWindow,
} from './roleFeatures.js';
import { buildTokenView, TextFeatureCache, type TokenView } from './tokenView.js';
import { DecodeBuffers, decodeBest, decodeScored, type FeatureSequence, scoreEmissions } from './viterbi.js';
import { createWordClasses, type WordClassesData } from './wordClasses.js';

export const TAGGER_FORMAT = 'sourcedesk-attribution-tagger/1';

/** The contents of weights.json. */
export interface TaggerWeights {
  format: typeof TAGGER_FORMAT;
  cues: SerializedModel;
  roles: SerializedModel;
}

/** A compiled tagger: both models, plus the caches and buffers one thread reuses from article to article. */
export interface AttributionTagger {
  cues: LinearModel;
  roles: LinearModel;
  vocabularies: Vocabularies;
  cache: TextFeatureCache;
  buffers: TaggerBuffers;
}

/** Scratch space reused from one sequence to the next (one set per thread). */
export interface TaggerBuffers {
  sequence: FeatureSequence;
  decode: DecodeBuffers;
  roles: RoleBuffers;
}

/** Fresh scratch space for a tagger or a trainer. */
export function createTaggerBuffers(): TaggerBuffers {
  return { sequence: createFeatureSequence(), decode: new DecodeBuffers(), roles: new RoleBuffers() };
}

/** One attribution found by the tagger: end-exclusive offsets into the article text. */
export interface TaggedAttribution {
  /** Null when the tagger found content for the cue but nobody saying it ("it is believed that …"). */
  source: Span | null;
  cue: Span;
  /** The covering span: for "“A,” he said, “B.”" it runs from A to B, cue and source included. */
  content: Span;
  /** Found only by the reading that leans towards cues (see TENTATIVE_CUE_BIAS): less sure than the others. */
  tentative?: boolean;
}

/**
 * Compiles stored weights and the word-class lexicon into a tagger. Costly (about 100 ms): do it once at start-up and
 * reuse the tagger for every article (it is not safe to share between threads: it holds scratch buffers).
 *
 * @example const tagger = createAttributionTagger(weights, wordClasses); // the parsed weights.json, wordClasses.json
 */
export function createAttributionTagger(weights: TaggerWeights, wordClasses: WordClassesData): AttributionTagger {
  if (weights.format !== TAGGER_FORMAT) throw new Error(`unknown tagger weights format: ${String(weights.format)}`);
  const vocabularies = vocabulariesOf([weights.cues, weights.roles], [CUE_TEMPLATES, ROLE_TEMPLATES]);
  const cues = compileModel(weights.cues, CUE_TEMPLATES, vocabularies);
  const roles = compileModel(weights.roles, ROLE_TEMPLATES, vocabularies);
  if (cues.labels.join() !== CUE_LABELS.join() || roles.labels.join() !== ROLE_LABELS.join()) {
    throw new Error('tagger weights were trained for other labels');
  }
  return {
    cues,
    roles,
    vocabularies,
    cache: new TextFeatureCache(vocabularies, createWordClasses(wordClasses)),
    buffers: createTaggerBuffers(),
  };
}

/**
 * Finds the attributions of an article: who (source) says (cue) what (content).
 *
 * @example tagAttributions('Rain fell, KCNA said.', tokenize('Rain fell, KCNA said.'), tagger)
 *   // [{ source: { start: 11, end: 15 }, cue: { start: 16, end: 20 }, content: { start: 0, end: 9 } }]
 */
export function tagAttributions(
  text: string,
  tokenized: TokenizedText,
  tagger: AttributionTagger,
): TaggedAttribution[] {
  const view = buildTokenView(text, tokenized, tagger.cache);
  const { cues, tentative } = findCues(view, tagger.cues, tagger.buffers);
  const marks = markCues(view.length, cues);
  const found: TaggedAttribution[] = [];
  for (const cue of cues) {
    const attribution = findRoles(view, tokenized, cue, marks, tagger);
    if (attribution) found.push(attribution);
  }
  for (const cue of tentative) {
    if (isPunctuation(tokenized, cue)) continue;
    const attribution = findRoles(view, tokenized, cue, marks, tagger);
    if (attribution?.source) found.push({ ...attribution, tentative: true });
  }
  return found.sort((a, b) => a.cue.start - b.cue.start);
}

/**
 * How far the tentative path leans towards opening a cue, in the cue model's weight units. Leaning alone adds as many
 * wrong attributions as right ones (attribution F1 stays flat from 0 to 30); a tentative cue the role model finds a
 * speaker for is right more often than not, and keeping those lifted cross-validated attribution F1 from 74.5 to 74.9
 * at 7, 10 and 15 alike (a plateau, not a tuned point).
 */
const TENTATIVE_CUE_BIAS = { label: CUE_BEGIN, amount: 10 };

/** Cues of stage 1: those on the best path, and the tentative ones only a path leaning towards cues takes. */
export interface FoundCues {
  cues: CueTokens[];
  /** Apart from every cue in `cues`; kept by tagAttributions only where the role model finds who speaks. */
  tentative: CueTokens[];
}

/** Stage 1: the cue spans of every segment under the cue model `model`, as token ranges. */
export function findCues(view: TokenView, model: LinearModel, buffers: TaggerBuffers): FoundCues {
  const { sequence, decode } = buffers;
  const cues: CueTokens[] = [];
  const tentative: CueTokens[] = [];
  for (let segment = 0; segment < view.segmentStart.length; segment++) {
    cueFeatures(model.space, view, segment, sequence);
    if (sequence.length === 0) continue;
    decode.ensure(sequence.length, model.labels.length);
    scoreEmissions(model, sequence, decode.emissions);
    const first = view.segmentStart[segment] as number;
    const confident = cues.length;
    collectCues(
      decodeScored(model, sequence.length, CUE_FORBIDDEN_TRANSITIONS, decode, null),
      sequence.length,
      first,
      cues,
    );
    const leaning: CueTokens[] = [];
    collectCues(
      decodeScored(model, sequence.length, CUE_FORBIDDEN_TRANSITIONS, decode, TENTATIVE_CUE_BIAS),
      sequence.length,
      first,
      leaning,
    );
    const segmentCues = cues.slice(confident);
    tentative.push(
      ...leaning.filter((cue) => !segmentCues.some((other) => cue.first < other.end && other.first < cue.end)),
    );
  }
  return { cues, tentative };
}

/** The cues a B/I/O `path` over `length` tokens from token `first` marks, appended to `into`. */
function collectCues(path: Int32Array, length: number, first: number, into: CueTokens[]): void {
  const opened = into.length;
  for (let t = 0; t < length; t++) {
    if (path[t] === CUE_BEGIN) into.push({ first: first + t, end: first + t + 1 });
    // An I continues the cue its B opened (the forbidden transitions guarantee there is one).
    else if (path[t] === CUE_INSIDE && into.length > opened) (into.at(-1) as CueTokens).end = first + t + 1;
  }
}

/** A cue of nothing but punctuation (a colon): on a tentative path, never a speaker's (none of 8 held out was). */
function isPunctuation({ tokens }: TokenizedText, cue: CueTokens): boolean {
  return tokens.slice(cue.first, cue.end).every((token) => /^\p{P}+$/u.test(token.text));
}

/**
 * Stage 2 for one cue: its source and content, or null when the tagger sees no content for it. The cue may come from
 * anywhere (stage 1, or rules); `marks` are all the article's cues (markCues), for the "another cue between" features.
 *
 * @example findRoles(view, tokenized, { first: 3, end: 4 }, markCues(view.length, cues), tagger)?.source
 */
export function findRoles(
  view: TokenView,
  tokenized: TokenizedText,
  cue: CueTokens,
  marks: CueMarks,
  tagger: AttributionTagger,
): TaggedAttribution | null {
  const { tokens } = tokenized;
  const { sequence, decode, roles } = tagger.buffers;
  const window = roleWindow(view, cue);
  const head = tagger.vocabularies.cueHead.index.get(tokens[cueHeadToken(view.pos, cue)]?.lower ?? '') ?? UNKNOWN;
  roleFeatures(tagger.roles.space, view, cue, head, marks, window, sequence, roles);
  const path = decodeBest(tagger.roles, sequence, null, decode);
  const [from] = window;
  const content = coveringRun(path, sequence.length, ROLE_CONTENT);
  if (!content) return null;
  extendToClauseEdge(view, path, from, cue, content);
  const source = nearestRun(path, sequence.length, ROLE_SOURCE, cue.first - from, cue.end - from);
  const spanOf = ([first, end]: [number, number]): Span => ({
    start: (tokens[from + first] as (typeof tokens)[number]).start,
    end: (tokens[from + end - 1] as (typeof tokens)[number]).end,
  });
  return {
    source: source ? spanOf(source) : null,
    cue: spanOf([cue.first - from, cue.end - from]),
    content: spanOf(content),
  };
}

/**
 * Annotated content runs to the end of its sentence far more often than the tagger's content labels do: they fade
 * with distance from the cue and stop early at a comma or a verb ("said his band, AKA …, wrote new songs"). So content
 * after the cue is extended to the end of its segment (before the full stop), and content before the cue back to the
 * start of its segment, as long as nothing on the way is labelled source or cue. Measured on `check`, this raises
 * attribution F1 by about 4 points. `content` is a window-relative token range, changed in place.
 */
function extendToClauseEdge(
  view: TokenView,
  path: Int32Array,
  from: number,
  cue: CueTokens,
  content: [number, number],
): void {
  const free = (t: number) => path[t] === ROLE_OUTSIDE || path[t] === ROLE_CONTENT;
  if (content[0] >= cue.end - from) {
    const segment = view.segment[from + content[1] - 1] as number;
    let end = (view.segmentEnd[segment] as number) - from;
    if (view.class[from + end - 1] === CLASS_FULL_STOP) end--;
    let t = content[1];
    while (t < end && free(t)) t++;
    if (t === end && end > content[1]) content[1] = end;
  } else if (content[1] <= cue.first - from) {
    const segment = view.segment[from + content[0]] as number;
    const start = Math.max((view.segmentStart[segment] as number) - from, 0);
    let t = content[0];
    while (t > start && free(t - 1)) t--;
    if (t === start) content[0] = start;
  }
}

/** From the first to the last position labelled `label`, or null if none is. */
function coveringRun(path: Int32Array, length: number, label: number): [number, number] | null {
  let first = -1;
  let end = -1;
  for (let t = 0; t < length; t++) {
    if (path[t] !== label) continue;
    if (first < 0) first = t;
    end = t + 1;
  }
  return first < 0 ? null : [first, end];
}

/** The run of `label` closest to the cue [cueFirst, cueEnd), or null if there is none. */
function nearestRun(
  path: Int32Array,
  length: number,
  label: number,
  cueFirst: number,
  cueEnd: number,
): [number, number] | null {
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (let t = 0; t < length; t++) {
    if (path[t] !== label) continue;
    let end = t + 1;
    while (end < length && path[end] === label) end++;
    const distance = end <= cueFirst ? cueFirst - end : t - cueEnd;
    if (distance < bestDistance) {
      best = [t, end];
      bestDistance = distance;
    }
    t = end - 1;
  }
  return best;
}
