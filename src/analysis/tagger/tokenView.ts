/**
 * An article's tokens as small integers, ready for feature templates: word and suffix numbers in the model's
 * vocabularies, shape, POS, class, quote state, and the segments (sentences cut at paragraph breaks) they belong to.
 */
import type { TokenizedText } from '../tokens.js';
import {
  ownClassIndex,
  posIndex,
  QUOTE_CLOSING,
  QUOTE_INSIDE,
  QUOTE_OPENING,
  QUOTE_OUTSIDE,
  shapeIndex,
} from './domains.js';
import { UNKNOWN, type Vocabularies } from './model.js';
import { nounClassOf, verbClassOf, type WordClasses } from './wordClasses.js';

export interface TokenView {
  length: number;
  word: Int32Array;
  stem: Int32Array;
  /** WordNet class of the token read as a verb, and as a noun (0: none); see wordClasses.ts. */
  verbClass: Uint8Array;
  nounClass: Uint8Array;
  suffix: Int32Array;
  shape: Uint8Array;
  pos: Uint8Array;
  class: Uint8Array;
  quote: Uint8Array;
  /** Segment of each token. */
  segment: Int32Array;
  /** Token range [start, end) of each segment. */
  segmentStart: Int32Array;
  segmentEnd: Int32Array;
  /** Paragraph of each segment. */
  segmentParagraph: Int32Array;
}

/** What a token's text alone tells, computed once per distinct text and cached. */
interface TextFeatures {
  word: number;
  stem: number;
  verbClass: number;
  nounClass: number;
  suffix: number;
  shape: number;
  /** See ownClassIndex. */
  ownClass: number;
}

/** Caches TextFeatures per token text for one set of vocabularies; bounded so a long-running server cannot grow it. */
export class TextFeatureCache {
  private readonly entries = new Map<string, TextFeatures>();
  private static readonly MAX_ENTRIES = 200_000;
  /**
   * The same entries by wink's number for the text (TokenizedText.lexemes): an array index instead of a string hash.
   * Over the 840-article corpus (740k tokens) analysis ran 1-3% faster cold and 2-6% warm. It grows no larger than
   * wink's own vocabulary.
   */
  private readonly byLexeme: Array<TextFeatures | undefined> = [];

  constructor(
    private readonly vocabularies: Vocabularies,
    private readonly wordClasses: WordClasses,
  ) {}

  /** The features of `text`, whose number in wink's vocabulary is `lexeme` (-1: none, look it up by text). */
  getByLexeme(lexeme: number, text: string): TextFeatures {
    if (lexeme < 0) return this.get(text);
    let entry = this.byLexeme[lexeme];
    if (entry === undefined) {
      entry = this.get(text);
      // Filled up to `lexeme` with holes made explicit, so the array keeps fast elements rather than turning sparse.
      while (this.byLexeme.length <= lexeme) this.byLexeme.push(undefined);
      this.byLexeme[lexeme] = entry;
    }
    return entry;
  }

  get(text: string): TextFeatures {
    let entry = this.entries.get(text);
    if (entry === undefined) {
      if (this.entries.size >= TextFeatureCache.MAX_ENTRIES) this.entries.clear();
      const lower = text.toLowerCase();
      entry = {
        word: this.vocabularies.word.index.get(lower) ?? UNKNOWN,
        stem: this.vocabularies.stem.index.get(stemOf(lower)) ?? UNKNOWN,
        verbClass: verbClassOf(this.wordClasses, lower),
        nounClass: nounClassOf(this.wordClasses, lower),
        suffix: this.vocabularies.suffix.index.get(suffixOf(lower)) ?? UNKNOWN,
        shape: shapeIndex(text),
        ownClass: ownClassIndex(lower),
      };
      this.entries.set(text, entry);
    }
    return entry;
  }
}

/**
 * A light stem that lets inflections share weights, so a verb seen once as a cue in one form helps its other forms.
 *
 * @example stemOf('supporting') // 'support' (as are 'supported', 'supports')
 */
export function stemOf(lower: string): string {
  let stem = lower;
  for (const ending of ['ing', 'ed', 'es', 's']) {
    if (stem.endsWith(ending) && stem.length - ending.length >= 3 && !stem.endsWith('ss')) {
      stem = stem.slice(0, -ending.length);
      break;
    }
  }
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  return stem;
}

/** The word ending features use: the last three characters. */
export function suffixOf(lower: string): string {
  return lower.slice(-3);
}

/**
 * Builds the integer view of a tokenised article.
 *
 * @example buildTokenView('He said “no.”', tokenize('He said “no.”'), cache).quote // [0, 0, 2, 1, 1, 3]
 */
export function buildTokenView(text: string, tokenized: TokenizedText, cache: TextFeatureCache): TokenView {
  const { tokens } = tokenized;
  const length = tokens.length;
  const view: TokenView = {
    length,
    word: new Int32Array(length),
    stem: new Int32Array(length),
    verbClass: new Uint8Array(length),
    nounClass: new Uint8Array(length),
    suffix: new Int32Array(length),
    shape: new Uint8Array(length),
    pos: new Uint8Array(length),
    class: new Uint8Array(length),
    quote: new Uint8Array(length),
    segment: new Int32Array(length),
    segmentStart: new Int32Array(0),
    segmentEnd: new Int32Array(0),
    segmentParagraph: new Int32Array(0),
  };

  const paragraphStarts = new Uint8Array(length);
  let insideQuote = false;
  for (let i = 0; i < length; i++) {
    const token = tokens[i] as (typeof tokens)[number];
    // Any line break between two tokens starts a paragraph; quotes never stay open across one (a quote running on
    // into the next paragraph reopens it there).
    if (i === 0 || hasLineBreak(text, tokens[i - 1]?.end ?? 0, token.start)) {
      paragraphStarts[i] = 1;
      insideQuote = false;
    }
    const features = cache.getByLexeme(tokenized.lexemes[i] as number, token.text);
    const pos = posIndex(token.pos);
    view.word[i] = features.word;
    view.stem[i] = features.stem;
    view.verbClass[i] = features.verbClass;
    view.nounClass[i] = features.nounClass;
    view.suffix[i] = features.suffix;
    view.shape[i] = features.shape;
    view.pos[i] = pos;
    view.class[i] = features.ownClass >= 0 ? features.ownClass : pos;
    const mark = token.text;
    // Straight quotes ('"', and "''" as some papers write them) open or close depending on the state.
    const straight = mark === '"' || mark === "''";
    if (mark === '“' || mark === '«' || (straight && !insideQuote)) {
      view.quote[i] = QUOTE_OPENING;
      insideQuote = true;
    } else if (mark === '”' || mark === '»' || straight) {
      view.quote[i] = QUOTE_CLOSING;
      insideQuote = false;
    } else {
      view.quote[i] = insideQuote ? QUOTE_INSIDE : QUOTE_OUTSIDE;
    }
  }

  // Segments: wink's sentences, cut again wherever a paragraph starts inside one (headlines have no full stop).
  const starts: number[] = [];
  const ends: number[] = [];
  const paragraphs: number[] = [];
  let paragraph = -1;
  for (const [first, last] of tokenized.sentences) {
    let start = first;
    for (let i = first; i < last; i++) {
      if (!paragraphStarts[i]) continue;
      if (i > start) {
        starts.push(start);
        ends.push(i);
        paragraphs.push(paragraph);
      }
      start = i;
      paragraph++;
    }
    starts.push(start);
    ends.push(last);
    paragraphs.push(Math.max(paragraph, 0));
  }
  view.segmentStart = Int32Array.from(starts);
  view.segmentEnd = Int32Array.from(ends);
  view.segmentParagraph = Int32Array.from(paragraphs);
  for (let s = 0; s < starts.length; s++) {
    view.segment.fill(s, starts[s] as number, ends[s] as number);
  }
  return view;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
