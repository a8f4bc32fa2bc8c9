import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import type { Span } from './types.js';

/** A word or punctuation mark of the text with its part-of-speech tag (Universal POS, from wink-nlp). */
export interface Token extends Span {
  text: string;
  lower: string;
  pos: string;
}

export interface TokenizedText {
  tokens: Token[];
  /** Sentences as half-open token index ranges [first, last + 1). */
  sentences: Array<[number, number]>;
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** "Trump’s" → "Trump" + "’s": wink splits it or not depending on the words it has met before. */
const POSSESSIVE_END = /^(.+?)(['’]s)$/u;
/** What a possessive "’s" stands before. */
const POSSESSED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT', 'SYM', 'X']);
/** Before these, "’s" is "is" or "has" ("here’s", "it’s"), not a possessive. */
const CONTRACTING = new Set(['here', 'there', 'it', 'that', 'what', 'who', 'he', 'she', 'where', 'how', 'let']);

/**
 * Tokenises `text` with wink-nlp and maps every token back to its exact character offsets. The result depends only
 * on the text: wink remembers words across documents, so its variable splits are normalised here.
 *
 * @example tokenize('He said no.').tokens.map((t) => t.text) // ['He', 'said', 'no', '.']
 */
export function tokenize(text: string): TokenizedText {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  // For each wink token, the first and last of our tokens it became (-1: dropped whitespace).
  const firstOf = new Array<number>(values.length).fill(-1);
  const lastOf = new Array<number>(values.length).fill(-1);
  const push = (start: number, end: number, pos: string) => {
    const value = text.slice(start, end);
    tokens.push({ start, end, text: value, lower: value.toLowerCase(), pos });
  };
  // wink drops whitespace but keeps every other character in order, so each value is found at or after the cursor.
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    const pos = tags[i] ?? 'X';
    const start = text.indexOf(value, cursor);
    if (start < 0 || pos === 'SPACE') continue;
    firstOf[i] = tokens.length;
    const next = values[i + 1];
    const possessive = POSSESSIVE_END.exec(value);
    if (value === "'" && next === "'" && text.startsWith("''", start)) {
      // Some wires write quotes as two apostrophes (''like this''): one quote mark.
      push(start, start + 2, 'PUNCT');
      lastOf[i] = tokens.length - 1;
      i++;
      firstOf[i] = tokens.length - 1;
    } else if (possessive?.[1] && possessive[2]) {
      const split = start + possessive[1].length;
      push(start, split, pos);
      // A possessive comes before a noun phrase ("Trump’s campaign"); before a verb it is "is"/"has" ("Trump’s been").
      const beforeNoun = POSSESSED.has(tags[i + 1] ?? 'PUNCT');
      push(split, start + value.length, !beforeNoun || CONTRACTING.has(possessive[1].toLowerCase()) ? 'AUX' : 'PART');
    } else {
      // wink's own string for the word: the same string object each time the word recurs, so lookups keyed by token
      // text (the tagger's feature cache) hash it once, not once per occurrence.
      tokens.push({ start, end: start + value.length, text: value, lower: value.toLowerCase(), pos });
    }
    lastOf[i] = tokens.length - 1;
    cursor = tokens.at(-1)?.end ?? cursor;
  }
  const sentences: Array<[number, number]> = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    let from = -1;
    let to = -1;
    for (let i = first; i <= last; i++) {
      if ((firstOf[i] as number) < 0) continue;
      if (from < 0) from = firstOf[i] as number;
      to = (lastOf[i] as number) + 1;
    }
    // A quote mark joined from two apostrophes that wink put in two sentences belongs to the first.
    from = Math.max(from, sentences.at(-1)?.[1] ?? 0);
    if (from >= 0 && from < to) sentences.push([from, to]);
  });
  return { tokens, sentences };
}
