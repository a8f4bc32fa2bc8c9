/**
 * Semantic word classes from WordNet (wordClasses.json, built by scripts/build-word-classes.ts): the class of a verb's
 * or noun's most frequent sense, found from any inflected form. They let the tagger treat a verb it never saw as a
 * cue like the ones it did see in the same class, and tell people and organisations (likely sources) from things.
 */

/** The contents of wordClasses.json. */
export interface WordClassesData {
  /** WordNet's licence notice, which must travel with any copy of data derived from it. */
  notice: string;
  /** Class name ("verb.communication") → lemmas of that class, separated by spaces. */
  classes: Record<string, string>;
  /** Irregular forms as "form:lemma" pairs separated by spaces ("said:say told:tell"). */
  exceptions: { verb: string; noun: string };
}

export const VERB_CLASSES = [
  'none',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
] as const;

export const NOUN_CLASSES = [
  'none',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
] as const;

/** The lexicon ready for look-ups. */
export interface WordClasses {
  verbs: Map<string, number>;
  nouns: Map<string, number>;
  verbExceptions: Map<string, string>;
  nounExceptions: Map<string, string>;
}

/** Detachment rules for regular inflections, WordNet's own ("morphy"): [ending, replacement]. */
const VERB_ENDINGS: ReadonlyArray<[string, string]> = [
  ['s', ''],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];
const NOUN_ENDINGS: ReadonlyArray<[string, string]> = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
];

/** Indexes the stored lexicon. */
export function createWordClasses(data: WordClassesData): WordClasses {
  const verbs = new Map<string, number>();
  const nouns = new Map<string, number>();
  for (const [name, lemmas] of Object.entries(data.classes)) {
    const verbClass = (VERB_CLASSES as readonly string[]).indexOf(name);
    const nounClass = (NOUN_CLASSES as readonly string[]).indexOf(name);
    for (const lemma of lemmas.split(' ')) {
      if (verbClass > 0) verbs.set(lemma, verbClass);
      if (nounClass > 0) nouns.set(lemma, nounClass);
    }
  }
  const pairs = (text: string) => new Map(text.split(' ').map((pair) => pair.split(':') as [string, string]));
  return { verbs, nouns, verbExceptions: pairs(data.exceptions.verb), nounExceptions: pairs(data.exceptions.noun) };
}

/**
 * The class index (into VERB_CLASSES) of a lowercase word read as a verb, 0 when it is none.
 *
 * @example verbClassOf(classes, 'told') // index of 'verb.communication' (told → tell)
 */
export function verbClassOf(classes: WordClasses, lower: string): number {
  return classOf(lower, classes.verbs, classes.verbExceptions, VERB_ENDINGS);
}

/**
 * The class index (into NOUN_CLASSES) of a lowercase word read as a noun, 0 when it is none.
 *
 * @example nounClassOf(classes, 'spokesmen') // index of 'noun.person' (spokesmen → spokesman)
 */
export function nounClassOf(classes: WordClasses, lower: string): number {
  return classOf(lower, classes.nouns, classes.nounExceptions, NOUN_ENDINGS);
}

function classOf(
  lower: string,
  lemmas: Map<string, number>,
  exceptions: Map<string, string>,
  endings: ReadonlyArray<[string, string]>,
): number {
  const direct = lemmas.get(lower) ?? lemmas.get(exceptions.get(lower) ?? '');
  if (direct !== undefined) return direct;
  for (const [ending, replacement] of endings) {
    if (!lower.endsWith(ending) || lower.length <= ending.length + 1) continue;
    const found = lemmas.get(lower.slice(0, -ending.length) + replacement);
    if (found !== undefined) return found;
  }
  return 0;
}
