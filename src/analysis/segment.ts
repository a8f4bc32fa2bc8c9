import { type Token, type TokenizedText, tokenize } from './tokens.js';
import type { Span } from './types.js';

/** A sentence before it has a role: its span, its paragraph and its tokens as [first, last + 1). */
export interface SentenceSpan extends Span {
  paragraph: number;
  tokens: [number, number];
}

export interface Segmentation {
  paragraphs: Span[];
  sentences: SentenceSpan[];
  tokens: Token[];
  /** The tokenizer's own output, for the learned tagger, which reads wink's sentences. */
  tokenized: TokenizedText;
}

const BLANK_LINE = /\n[ \t\u00a0\u200b]*\n/g;

/**
 * Splits text into paragraphs (at blank lines) and sentences (wink-nlp, which knows "U.S." and "p.m."), with
 * exact offsets. A sentence never crosses a line break: pasted pages put headlines, captions and link lists on
 * lines of their own.
 *
 * @example segmentText('Title\n\nIt rained. Then it stopped.').sentences.length // 3
 */
export function segmentText(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const tokenized = tokenize(text);
  const { tokens, sentences: winkSentences } = tokenized;
  const sentences: SentenceSpan[] = [];
  let paragraph = 0;
  for (const [first, last] of winkSentences) {
    let start = first;
    for (let i = first + 1; i <= last; i++) {
      const previous = tokens[i - 1] as Token;
      const atBreak = i === last || hasNewline(text, previous.end, (tokens[i] as Token).start);
      if (!atBreak) continue;
      const span = { start: (tokens[start] as Token).start, end: previous.end };
      while ((paragraphs[paragraph]?.end ?? Number.POSITIVE_INFINITY) <= span.start) paragraph++;
      sentences.push({ ...span, paragraph, tokens: [start, i] });
      start = i;
    }
  }
  return { paragraphs, sentences, tokens, tokenized };
}

/** Whether text[from, to) holds a line break; the gap between two tokens is short, so a plain loop is fastest. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Paragraphs are the stretches between blank lines, trimmed of surrounding whitespace. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    const slice = text.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (from + lead < to - trail) paragraphs.push({ start: from + lead, end: to - trail });
  };
  for (const match of text.matchAll(BLANK_LINE)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return paragraphs;
}
