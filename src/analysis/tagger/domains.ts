/**
 * The closed value sets features are built from. Each is a list of readable names; a feature value is an index into
 * it. Open sets (words, suffixes, cue heads) come from the weights file instead.
 */

/** Universal POS tags as wink-nlp emits them, plus NONE for "no token here" (before a sentence, after it). */
export const POS_TAGS = [
  'NONE',
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;

const POS_INDEX = new Map<string, number>(POS_TAGS.map((tag, i) => [tag, i]));

/** Index of a POS tag; unknown tags count as X. */
export function posIndex(tag: string): number {
  return POS_INDEX.get(tag) ?? POS_INDEX.get('X') ?? 0;
}

/** How a token is written: enough to tell names, acronyms, numbers and punctuation apart. */
export const SHAPES = ['none', 'lower', 'capitalised', 'upper', 'mixed', 'digits', 'punct'] as const;

/** Index into SHAPES of the way `text` is written. Called once per distinct token text, so regexes are fine. */
export function shapeIndex(text: string): number {
  if (/\d/.test(text)) return 5;
  if (!/\p{L}/u.test(text)) return 6;
  const lower = text.toLowerCase();
  if (text === lower) return 1;
  const upper = text.toUpperCase();
  if (text === upper) return text.length > 1 ? 3 : 2;
  return text[0] === upper[0] && text.slice(1) === lower.slice(1) ? 2 : 4;
}

/**
 * Token classes: the function words and punctuation marks that carry attribution structure ("that", "according",
 * a comma before a closing quote…) keep their own class; every other token is its POS tag.
 */
const FUNCTION_WORDS = [
  'that',
  'to',
  'by',
  'of',
  'in',
  'on',
  'for',
  'from',
  'with',
  'as',
  'at',
  'about',
  'who',
  'which',
  'what',
  'whether',
  'if',
  'how',
  'why',
  'when',
  'and',
  'but',
  'or',
  'the',
  'a',
  'an',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'its',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'be',
  'been',
  'will',
  'would',
  'not',
  "'s",
  '’s',
  'also',
  'according',
  'statement',
  'interview',
];

/** Punctuation classes, each named by its usual mark, with the marks it covers. */
const PUNCTUATION_CLASSES: ReadonlyArray<[string, readonly string[]]> = [
  [',', [',']],
  [':', [':']],
  [';', [';']],
  ['.', ['.']],
  ['?', ['?']],
  ['!', ['!']],
  ['(', ['(', '[']],
  [')', [')', ']']],
  ['—', ['—', '–', '-', '--']],
  ['“', ['“', '«']],
  ['”', ['”', '»']],
  ['"', ['"', "''"]],
  ["'", ["'", '‘', '’']],
];

/**
 * Every token class by name: POS tags (upper case), function words (lower case), punctuation marks. The three sets
 * never share a name, so a class name alone says which it is.
 */
export const TOKEN_CLASSES: readonly string[] = [
  ...POS_TAGS,
  ...FUNCTION_WORDS,
  ...PUNCTUATION_CLASSES.map(([name]) => name),
];

const CLASS_BY_TEXT = new Map<string, number>([
  ...FUNCTION_WORDS.map((word): [string, number] => [word, TOKEN_CLASSES.indexOf(word)]),
  ...PUNCTUATION_CLASSES.flatMap(([name, marks]) =>
    marks.map((mark): [string, number] => [mark, TOKEN_CLASSES.indexOf(name)]),
  ),
]);

/** Index into TOKEN_CLASSES of a word or mark with a class of its own, or -1 (its class is then its POS tag). */
export function ownClassIndex(lower: string): number {
  return CLASS_BY_TEXT.get(lower) ?? -1;
}

export const CLASS_NONE = 0;

/** Flags over TOKEN_CLASSES, for membership tests in inner loops (a typed array beats a Set there). */
function classFlags(names: readonly string[]): Uint8Array {
  const flags = new Uint8Array(TOKEN_CLASSES.length);
  for (const name of names) flags[TOKEN_CLASSES.indexOf(name)] = 1;
  return flags;
}

/** Classes that modify a verb without being its subject or object: skipped when looking for a verb's subject. */
const MODIFIER_CLASSES = classFlags([
  'ADV',
  'AUX',
  'PART',
  'also',
  'not',
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'be',
  'been',
]);

export function isModifierClass(cls: number): boolean {
  return MODIFIER_CLASSES[cls] === 1;
}

/** Classes that open a noun phrase before its head: skipped when looking for what a verb takes. */
const DETERMINER_CLASSES = classFlags(['DET', 'ADJ', 'NUM', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);

export function isDeterminerClass(cls: number): boolean {
  return DETERMINER_CLASSES[cls] === 1;
}

export const CLASS_COMMA = TOKEN_CLASSES.indexOf(',');
export const CLASS_COLON = TOKEN_CLASSES.indexOf(':');
export const CLASS_FULL_STOP = TOKEN_CLASSES.indexOf('.');

/** Where a token stands relative to double quotes. */
export const QUOTE_STATES = ['out', 'in', 'open', 'close'] as const;
export const QUOTE_OUTSIDE = 0;
export const QUOTE_INSIDE = 1;
export const QUOTE_OPENING = 2;
export const QUOTE_CLOSING = 3;

/** Small numbers as readable buckets: exact up to 3, then ranges. */
export const COUNT_BUCKETS = ['0', '1', '2', '3+'] as const;

export function countBucket(count: number): number {
  return Math.min(count, 3);
}

/** Token distances, finer near the cue where most decisions are made. */
export const DISTANCE_BUCKETS = ['1', '2', '3', '4', '5-6', '7-9', '10-14', '15-24', '25+'] as const;

export function distanceBucket(distance: number): number {
  if (distance <= 4) return Math.max(distance, 1) - 1;
  if (distance <= 6) return 4;
  if (distance <= 9) return 5;
  if (distance <= 14) return 6;
  return distance <= 24 ? 7 : 8;
}

/** The same, coarse, for conjunctions with large sets (cue heads, token classes). */
export const COARSE_DISTANCE_BUCKETS = ['1', '2-3', '4-9', '10+'] as const;

export function coarseDistanceBucket(distance: number): number {
  if (distance <= 1) return 0;
  if (distance <= 3) return 1;
  return distance <= 9 ? 2 : 3;
}

/** Which side of the cue a token is on: Left or Right. */
export const SIDES = ['L', 'R'] as const;

/** Sentence offset of a token from the cue's sentence, clipped. */
export const SENTENCE_OFFSETS = ['-2', '-1', '0', '+1', '+2', '+3'] as const;

export function sentenceOffsetIndex(offset: number): number {
  return Math.min(Math.max(offset, -2), 3) + 2;
}

/** Where a token stands in its sentence. */
export const SENTENCE_POSITIONS = ['first', 'second', 'third', 'middle', 'penultimate', 'last'] as const;

export function sentencePositionIndex(index: number, length: number): number {
  if (index === length - 1) return 5;
  if (index === 0) return 0;
  if (index === length - 2) return 4;
  return index <= 2 ? index : 3;
}

export const BOOLEANS = ['no', 'yes'] as const;
