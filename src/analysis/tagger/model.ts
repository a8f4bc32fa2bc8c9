/**
 * Linear sequence models over integer features, and their compact, readable form on disk.
 *
 * A feature template ("word", "pos|pos", "cueHead|side|class") names the value sets it combines; a feature is one
 * combination of values, numbered in mixed radix after the template's offset, so feature extraction is arithmetic
 * on small integers instead of building strings. On disk a model is the opposite: per template, readable keys
 * ("said", "NOUN|VERB") and their weights, tiny rows dropped (see StoredRows). Compiled for use, a model keeps dense
 * rows for its small templates and a hash table for the few stored rows of its large ones.
 */
import {
  BOOLEANS,
  COARSE_DISTANCE_BUCKETS,
  COUNT_BUCKETS,
  DISTANCE_BUCKETS,
  POS_TAGS,
  QUOTE_STATES,
  SENTENCE_OFFSETS,
  SENTENCE_POSITIONS,
  SHAPES,
  SIDES,
  TOKEN_CLASSES,
} from './domains.js';
import { NOUN_CLASSES, VERB_CLASSES } from './wordClasses.js';

/** Value sets fixed in code. */
const CLOSED_DOMAINS = {
  pos: POS_TAGS,
  shape: SHAPES,
  class: TOKEN_CLASSES,
  quote: QUOTE_STATES,
  count: COUNT_BUCKETS,
  distance: DISTANCE_BUCKETS,
  coarseDistance: COARSE_DISTANCE_BUCKETS,
  side: SIDES,
  sentenceOffset: SENTENCE_OFFSETS,
  sentencePosition: SENTENCE_POSITIONS,
  boolean: BOOLEANS,
  verbClass: VERB_CLASSES,
  nounClass: NOUN_CLASSES,
} as const satisfies Record<string, readonly string[]>;

/**
 * Value sets learned from the corpus: lowercase words, their stems ("supporting" → "support"), word endings, cue head
 * words. The weights file does not list them apart: they are the values its keys mention (see vocabulariesOf).
 */
export const OPEN_DOMAINS = ['word', 'stem', 'suffix', 'cueHead'] as const;
export type OpenDomainName = (typeof OPEN_DOMAINS)[number];
export type DomainName = keyof typeof CLOSED_DOMAINS | OpenDomainName;

/** Reserved entries of every open value set: values not in it, and "no token here" (before a sentence…). */
export const UNKNOWN = 0;
export const NONE = 1;
const RESERVED_NAMES = ['<unk>', '<none>'];

/** A set of strings numbered densely, with UNKNOWN and NONE first. */
export interface Vocabulary {
  names: string[];
  index: Map<string, number>;
}

export type Vocabularies = Record<OpenDomainName, Vocabulary>;

/** Builds a vocabulary of `values`; the separators of stored keys (| and space) cannot occur in a value. */
export function createVocabulary(values: Iterable<string>): Vocabulary {
  const names = [...RESERVED_NAMES];
  const index = new Map<string, number>(names.map((name, i) => [name, i]));
  for (const value of values) {
    if (index.has(value) || value.includes(KEY_SEPARATOR) || /\s/.test(value)) continue;
    index.set(value, names.length);
    names.push(value);
  }
  return { names, index };
}

export interface TemplateSpec {
  readonly name: string;
  readonly domains: readonly DomainName[];
}

/** Where each template's features start in the global feature numbering, and the radices to combine values. */
export interface FeatureSpace {
  templates: readonly TemplateSpec[];
  /** Names of every value set the templates use, per template and domain. */
  domainNames: ReadonlyArray<ReadonlyArray<readonly string[]>>;
  offsets: Int32Array;
  /** Size of each template's second and third value sets (the radices of mixed-radix numbering). */
  secondSizes: Int32Array;
  thirdSizes: Int32Array;
  size: number;
  /** Features [0, smallFeatures) belong to small templates (see createFeatureSpace). */
  smallFeatures: number;
}

/** Lays out the features of `templates` given the open vocabularies. */
export function createFeatureSpace(templates: readonly TemplateSpec[], vocabularies: Vocabularies): FeatureSpace {
  const namesOf = (domain: DomainName): readonly string[] =>
    isOpenDomain(domain) ? vocabularies[domain].names : CLOSED_DOMAINS[domain];
  const domainNames = templates.map((template) => template.domains.map(namesOf));
  const sizes = domainNames.map((sets, t) => {
    if (sets.length > 3) throw new Error(`template ${templates[t]?.name} combines more than three value sets`);
    return sets.reduce((product, names) => product * names.length, 1);
  });
  const offsets = new Int32Array(templates.length);
  const secondSizes = new Int32Array(templates.length);
  const thirdSizes = new Int32Array(templates.length);
  // Small templates are numbered first: a compiled model keeps a dense row for each of their features, and looks up
  // the rest, sparse, in a hash table.
  const order = [...templates.keys()].sort(
    (a, b) => Number((sizes[a] as number) > SMALL_TEMPLATE) - Number((sizes[b] as number) > SMALL_TEMPLATE) || a - b,
  );
  let size = 0;
  let smallFeatures = 0;
  for (const t of order) {
    const sets = domainNames[t] ?? [];
    offsets[t] = size;
    secondSizes[t] = sets[1]?.length ?? 1;
    thirdSizes[t] = sets[2]?.length ?? 1;
    size += sizes[t] as number;
    if ((sizes[t] as number) <= SMALL_TEMPLATE) smallFeatures = size;
  }
  return { templates, domainNames, offsets, secondSizes, thirdSizes, size, smallFeatures };
}

/** Templates with at most this many features are stored densely when compiled. */
const SMALL_TEMPLATE = 60_000;

/**
 * Where template `name` starts in `space`, after checking that its second and third value sets have the sizes the
 * caller's arithmetic assumes (feature code computes `offset + (a × second + b) × third + c` inline, for speed).
 */
export function offsetOf(space: FeatureSpace, name: string, second = 1, third = 1): number {
  const t = space.templates.findIndex((template) => template.name === name);
  if (t < 0) throw new Error(`no template ${name}`);
  if (space.secondSizes[t] !== second || space.thirdSizes[t] !== third) {
    throw new Error(
      `template ${name}: value sets of ${space.secondSizes[t]} and ${space.thirdSizes[t]}, not ${second} and ${third}`,
    );
  }
  return space.offsets[t] as number;
}

/** Computes something from a space once and remembers it (spaces never change). */
export function perSpace<T>(compute: (space: FeatureSpace) => T): (space: FeatureSpace) => T {
  const cache = new WeakMap<FeatureSpace, T>();
  return (space) => {
    let value = cache.get(space);
    if (value === undefined) {
      value = compute(space);
      cache.set(space, value);
    }
    return value;
  };
}

/** Weights of a linear sequence model: one row of label weights per feature, plus label-to-label transitions. */
export interface LinearModel {
  labels: readonly string[];
  space: FeatureSpace;
  /**
   * Rows of `labels.length` weights: one per feature (training), or, compiled, one per small-template feature (the
   * stored rows of large templates are in `rows`).
   */
  weights: Float32Array | Float64Array;
  /** The stored rows of large templates, or null when `weights` has a row for every feature. */
  rows: SparseRows | null;
  /** `(labels.length + 1) × labels.length`: row 0 is from the start of the sequence, row i + 1 from label i. */
  transitions: Float32Array | Float64Array;
}

/** A LinearModel as stored in weights.json. */
export interface SerializedModel {
  labels: string[];
  /** From "START" or a label, to each label. */
  transitions: Record<string, number[]>;
  /** Template name → its stored rows. */
  features: Record<string, StoredRows>;
}

/**
 * The rows of one template, compactly: keys (value names joined by "|", e.g. "said|,") separated by spaces, and for
 * each key in turn one weight per label except the first. Only differences between a token's label scores matter,
 * so every row is stored shifted to make its first weight 0, and that 0 is left out.
 */
export interface StoredRows {
  keys: string;
  weights: number[];
}

const KEY_SEPARATOR = '|';
const ROW_SEPARATOR = ' ';
const START = 'START';

/** Options for writing a model compactly. */
export interface SerializeOptions {
  /** Rows whose largest absolute weight is below this are dropped. */
  minWeight: number;
  /** Decimals kept. */
  decimals: number;
}

/**
 * Writes a trained model as readable, compact JSON data: rows shifted so their first weight is 0, rounded, and only
 * those with a weight of at least `minWeight` left.
 *
 * @example serializeModel(model, { minWeight: 0.5, decimals: 0 }).features.word // { keys: '<unk> , the …', weights: [-69, -39, …] }
 */
export function serializeModel(model: LinearModel, options: SerializeOptions): SerializedModel {
  if (model.rows) throw new Error('serializeModel needs a trained model, with a row for every feature');
  const labelCount = model.labels.length;
  const scale = 10 ** options.decimals;
  const round = (w: number) => Math.round(w * scale) / scale;
  const features: Record<string, StoredRows> = {};
  model.space.templates.forEach((template, t) => {
    const sets = model.space.domainNames[t] ?? [];
    const keys: string[] = [];
    const weights: number[] = [];
    const start = model.space.offsets[t] as number;
    const count = sets.reduce((product, names) => product * names.length, 1);
    for (let local = 0; local < count; local++) {
      const base = (start + local) * labelCount;
      const reference = model.weights[base] as number;
      const shifted: number[] = [];
      let largest = 0;
      for (let y = 1; y < labelCount; y++) {
        const weight = round((model.weights[base + y] as number) - reference);
        shifted.push(weight);
        largest = Math.max(largest, Math.abs(weight));
      }
      if (largest < options.minWeight) continue;
      keys.push(keyOf(sets, local));
      weights.push(...shifted);
    }
    features[template.name] = { keys: keys.join(ROW_SEPARATOR), weights };
  });
  const transitions: Record<string, number[]> = {};
  [START, ...model.labels].forEach((from, i) => {
    transitions[from] = Array.from(model.transitions.subarray(i * labelCount, (i + 1) * labelCount), round);
  });
  return { labels: [...model.labels], transitions, features };
}

/** The readable key of the local feature number `local` of a template combining `sets`. */
function keyOf(sets: ReadonlyArray<readonly string[]>, local: number): string {
  const parts: string[] = [];
  let rest = local;
  for (let d = sets.length - 1; d >= 0; d--) {
    const names = sets[d] as readonly string[];
    parts.unshift(names[rest % names.length] as string);
    rest = Math.floor(rest / names.length);
  }
  return parts.join(KEY_SEPARATOR);
}

/** Collects, from stored models, the values of each open domain their keys mention. */
export function vocabulariesOf(
  models: readonly SerializedModel[],
  templateSets: ReadonlyArray<readonly TemplateSpec[]>,
): Vocabularies {
  const values = new Map<OpenDomainName, Set<string>>(OPEN_DOMAINS.map((domain) => [domain, new Set()]));
  models.forEach((model, m) => {
    for (const template of templateSets[m] ?? []) {
      const openPositions = template.domains.flatMap((domain, position) =>
        isOpenDomain(domain) ? [[domain, position] as const] : [],
      );
      if (openPositions.length === 0) continue;
      for (const key of storedKeys(model.features[template.name])) {
        const parts = key.split(KEY_SEPARATOR);
        for (const [domain, position] of openPositions) values.get(domain)?.add(parts[position] as string);
      }
    }
  });
  return Object.fromEntries(
    OPEN_DOMAINS.map((domain) => [domain, createVocabulary(values.get(domain) ?? [])]),
  ) as Vocabularies;
}

function isOpenDomain(domain: DomainName): domain is OpenDomainName {
  return (OPEN_DOMAINS as readonly string[]).includes(domain);
}

/**
 * An open-addressing hash table of the rows of large templates. A compiled model keeps only the rows its weights
 * file has (tens of thousands out of millions of possible features): small enough to stay in the CPU cache, which a
 * dense table is not. Each slot holds its feature number and then that feature's weights, so a look-up reads one
 * place in memory, not a slot and then a row elsewhere: over the 840-article corpus the tagger ran 7-11% faster than
 * with a table of row numbers (the cue stage looks up four large templates per token).
 */
export interface SparseRows {
  /** `stride` numbers per slot: the feature (-1 in an empty slot), then its `stride - 1` label weights. */
  slots: Float32Array;
  stride: number;
  /** Slot count − 1 (the count is a power of two). */
  mask: number;
}

const EMPTY_SLOT = -1;
/** Feature numbers are kept in a Float32Array, exact only below this. */
const LARGEST_SPARSE_FEATURE = 2 ** 24;

/** The table of `features` and their rows, `labelCount` weights each in `weights`. */
function createSparseRows(features: Int32Array, weights: Float32Array, labelCount: number): SparseRows {
  let capacity = 1;
  // At most half full, so a lookup rarely probes more than one or two neighbouring slots.
  while (capacity < features.length * 2) capacity *= 2;
  const stride = labelCount + 1;
  const table: SparseRows = { slots: new Float32Array(capacity * stride).fill(EMPTY_SLOT), stride, mask: capacity - 1 };
  for (let row = 0; row < features.length; row++) {
    const feature = features[row] as number;
    if (feature >= LARGEST_SPARSE_FEATURE) throw new Error(`feature ${feature}: too many features to index`);
    let slot = hashFeature(feature, table.mask);
    while (table.slots[slot * stride] !== EMPTY_SLOT) slot = (slot + 1) & table.mask;
    table.slots[slot * stride] = feature;
    table.slots.set(weights.subarray(row * labelCount, (row + 1) * labelCount), slot * stride + 1);
  }
  return table;
}

/**
 * Where `feature`'s slot starts in `table.slots` (its weights follow), or -1 when it has none (its weights are all
 * zero).
 */
export function slotOf(table: SparseRows, feature: number): number {
  const { slots, stride, mask } = table;
  let slot = hashFeature(feature, mask);
  for (;;) {
    const stored = slots[slot * stride] as number;
    if (stored === feature) return slot * stride;
    if (stored === EMPTY_SLOT) return -1;
    slot = (slot + 1) & mask;
  }
}

function hashFeature(feature: number, mask: number): number {
  return (Math.imul(feature, 0x9e3779b1) >>> 7) & mask;
}

/**
 * Rebuilds a model from its stored form, keeping only the stored rows. Keys naming values the templates no longer
 * know are ignored, so an older weights file degrades instead of failing.
 */
export function compileModel(
  stored: SerializedModel,
  templates: readonly TemplateSpec[],
  vocabularies: Vocabularies,
): LinearModel {
  const space = createFeatureSpace(templates, vocabularies);
  const labelCount = stored.labels.length;
  const stride = labelCount - 1;
  // Written straight into typed arrays: this runs at every start-up, before the JIT has warmed up.
  const dense = new Float32Array(space.smallFeatures * labelCount);
  let largeCount = 0;
  for (const template of templates) largeCount += storedKeys(stored.features[template.name]).length;
  const largeFeatures = new Int32Array(largeCount);
  const largeWeights = new Float32Array(largeCount * labelCount);
  largeCount = 0;
  for (let t = 0; t < templates.length; t++) {
    const template = templates[t] as TemplateSpec;
    const sets = space.domainNames[t] ?? [];
    const lookups = sets.map(lookupOf);
    const rows = stored.features[template.name];
    const keys = storedKeys(rows);
    const offset = space.offsets[t] as number;
    for (let r = 0; r < keys.length; r++) {
      const feature = featureOfKey(keys[r] as string, sets, lookups, offset);
      if (feature < 0) continue;
      // Row [0, w1, w2, …]: the first label's weight is the stored rows' implicit 0 (see StoredRows).
      const target = feature < space.smallFeatures ? dense : largeWeights;
      const base = feature < space.smallFeatures ? feature * labelCount : largeCount * labelCount;
      for (let y = 1; y < labelCount; y++) target[base + y] = rows?.weights[r * stride + y - 1] ?? 0;
      if (feature >= space.smallFeatures) largeFeatures[largeCount++] = feature;
    }
  }
  const transitions = new Float32Array((labelCount + 1) * labelCount);
  [START, ...stored.labels].forEach((from, i) => {
    transitions.set((stored.transitions[from] ?? []).slice(0, labelCount), i * labelCount);
  });
  return {
    labels: stored.labels,
    space,
    weights: dense,
    rows: createSparseRows(largeFeatures.subarray(0, largeCount), largeWeights, labelCount),
    transitions,
  };
}

/** The feature number of a stored key ("said|,") in a template at `offset`, or -1 if it names an unknown value. */
function featureOfKey(
  key: string,
  sets: ReadonlyArray<readonly string[]>,
  lookups: ReadonlyArray<Map<string, number>>,
  offset: number,
): number {
  // The bias template combines no value sets: its only key is the empty string.
  if (sets.length === 0) return key === '' ? offset : -1;
  let local = 0;
  let from = 0;
  for (let d = 0; d < sets.length; d++) {
    const last = d === sets.length - 1;
    const to = last ? key.length : key.indexOf(KEY_SEPARATOR, from);
    if (to < 0) return -1;
    const value = (lookups[d] as Map<string, number>).get(key.slice(from, to));
    if (value === undefined) return -1;
    local = local * (sets[d] as readonly string[]).length + value;
    from = to + 1;
  }
  return offset + local;
}

function storedKeys(rows: StoredRows | undefined): string[] {
  // No weights, no rows (a template with no rows stores the empty string, like the bias template's one key).
  return rows && rows.weights.length > 0 ? rows.keys.split(ROW_SEPARATOR) : [];
}

/** Name → index maps, built once per value set (vocabularies are shared by many templates). */
const lookups = new WeakMap<readonly string[], Map<string, number>>();

function lookupOf(names: readonly string[]): Map<string, number> {
  let lookup = lookups.get(names);
  if (!lookup) {
    lookup = new Map(names.map((name, i) => [name, i]));
    lookups.set(names, lookup);
  }
  return lookup;
}
