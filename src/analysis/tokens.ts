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

/**
 * Tokenises `text` with wink-nlp and maps every token back to its exact character offsets.
 *
 * @example tokenize('He said no.').tokens.map((t) => t.text) // ['He', 'said', 'no', '.']
 */
export function tokenize(text: string): TokenizedText {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  // wink drops whitespace but keeps every other character in order, so each value is found at or after the cursor.
  const tokenIndexOf: number[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    if (start < 0 || tags[i] === 'SPACE') {
      tokenIndexOf.push(-1);
      return;
    }
    cursor = start + value.length;
    tokenIndexOf.push(tokens.length);
    tokens.push({ start, end: cursor, text: value, lower: value.toLowerCase(), pos: tags[i] ?? 'X' });
  });
  mergeDoubledApostrophes(tokens, tokenIndexOf);
  const sentences: Array<[number, number]> = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const range = mapRange(tokenIndexOf, first, last);
    if (range) sentences.push(range);
  });
  return { tokens, sentences };
}

/**
 * Some wires write quotes as two apostrophes (''like this''); wink splits them, so they are joined back into one
 * quote-mark token, and wink's indices are remapped to match.
 */
function mergeDoubledApostrophes(tokens: Token[], tokenIndexOf: number[]): void {
  const newIndex: number[] = [];
  let write = 0;
  for (let read = 0; read < tokens.length; read++) {
    const token = tokens[read] as Token;
    const next = tokens[read + 1];
    newIndex.push(write);
    if (token.text === "'" && next?.text === "'" && next.start === token.end) {
      tokens[write++] = { ...token, end: next.end, text: "''", lower: "''" };
      newIndex.push(write - 1);
      read++;
    } else {
      tokens[write++] = token;
    }
  }
  if (write === tokens.length) return;
  tokens.length = write;
  for (let i = 0; i < tokenIndexOf.length; i++) {
    const old = tokenIndexOf[i] as number;
    if (old >= 0) tokenIndexOf[i] = newIndex[old] as number;
  }
}

/** Maps a wink token range onto our token indices, skipping the whitespace tokens we dropped. */
function mapRange(tokenIndexOf: number[], first: number, last: number): [number, number] | null {
  let from = -1;
  let to = -1;
  for (let i = first; i <= last; i++) {
    const mapped = tokenIndexOf[i] ?? -1;
    if (mapped < 0) continue;
    if (from < 0) from = mapped;
    to = mapped + 1;
  }
  return from < 0 ? null : [from, to];
}
