/**
 * Training for the linear sequence models: the averaged structured perceptron (Collins 2002). Decode with the
 * current weights; where the best path differs from the gold one, reward the gold features and penalise the
 * predicted ones. Averaging the weights over every step keeps late, noisy updates from dominating.
 */
import type { FeatureSpace, LinearModel } from './model.js';
import { DecodeBuffers, decodeBest, type FeatureSequence } from './viterbi.js';

/** A training example: a feature sequence and its gold label indices. */
export interface LabelledSequence extends FeatureSequence {
  gold: Int32Array;
}

export class PerceptronTrainer {
  readonly model: LinearModel;
  private readonly forbidden: Uint8Array | null;
  /** Running sums of step × update, for the "lazy" average: average = weights − totals / step. */
  private readonly weightTotals: Float64Array;
  private readonly transitionTotals: Float64Array;
  private step = 1;
  private readonly buffers = new DecodeBuffers();

  /** Features allowed to change (1) or held at zero (0); null lets every feature learn. */
  private readonly trainable: Uint8Array | null;

  constructor(
    labels: readonly string[],
    space: FeatureSpace,
    forbidden: Uint8Array | null,
    trainable: Uint8Array | null = null,
  ) {
    this.trainable = trainable;
    const labelCount = labels.length;
    this.model = {
      labels,
      space,
      weights: new Float64Array(space.size * labelCount),
      rows: null,
      transitions: new Float64Array((labelCount + 1) * labelCount),
    };
    this.forbidden = forbidden;
    this.weightTotals = new Float64Array(space.size * labelCount);
    this.transitionTotals = new Float64Array((labelCount + 1) * labelCount);
  }

  /** Learns from one sequence; returns how many positions the current weights got wrong. */
  train(sequence: LabelledSequence): number {
    const predicted = decodeBest(this.model, sequence, this.forbidden, this.buffers);
    const labelCount = this.model.labels.length;
    const { gold, length, featuresPerToken, features } = sequence;
    let errors = 0;
    for (let t = 0; t < length; t++) {
      const want = gold[t] as number;
      const got = predicted[t] as number;
      if (want !== got) {
        errors++;
        for (let k = t * featuresPerToken; k < (t + 1) * featuresPerToken; k++) {
          const feature = features[k] as number;
          if (this.trainable && !this.trainable[feature]) continue;
          const base = feature * labelCount;
          this.bump(this.model.weights, this.weightTotals, base + want, 1);
          this.bump(this.model.weights, this.weightTotals, base + got, -1);
        }
      }
      const wantFrom = t === 0 ? 0 : (gold[t - 1] as number) + 1;
      const gotFrom = t === 0 ? 0 : (predicted[t - 1] as number) + 1;
      if (want !== got || wantFrom !== gotFrom) {
        this.bump(this.model.transitions, this.transitionTotals, wantFrom * labelCount + want, 1);
        this.bump(this.model.transitions, this.transitionTotals, gotFrom * labelCount + got, -1);
      }
    }
    this.step++;
    return errors;
  }

  /**
   * The `count` features whose averaged weights matter most (largest absolute weight for any label), as a mask for
   * retraining: a model retrained on fewer features learns to do without the rest, which plain pruning does not.
   */
  strongestFeatures(count: number): Uint8Array {
    const { weights } = this.averaged();
    const labelCount = this.model.labels.length;
    const strength = new Float64Array(this.model.space.size);
    for (let f = 0; f < strength.length; f++) {
      for (let y = 0; y < labelCount; y++)
        strength[f] = Math.max(strength[f] as number, Math.abs(weights[f * labelCount + y] as number));
    }
    const threshold = [...strength].sort((a, b) => b - a)[Math.min(count, strength.length) - 1] ?? 0;
    const mask = new Uint8Array(strength.length);
    let kept = 0;
    for (let f = 0; f < strength.length && kept < count; f++) {
      if ((strength[f] as number) >= threshold && (strength[f] as number) > 0) {
        mask[f] = 1;
        kept++;
      }
    }
    return mask;
  }

  /** The averaged model: what to keep once training is over. */
  averaged(): LinearModel {
    const average = (current: Float64Array | Float32Array, totals: Float64Array) =>
      Float64Array.from(current, (w, i) => w - (totals[i] as number) / this.step);
    return {
      ...this.model,
      weights: average(this.model.weights, this.weightTotals),
      transitions: average(this.model.transitions, this.transitionTotals),
    };
  }

  private bump(weights: Float64Array | Float32Array, totals: Float64Array, cell: number, delta: number): void {
    weights[cell] = (weights[cell] as number) + delta;
    totals[cell] = (totals[cell] as number) + this.step * delta;
  }
}
