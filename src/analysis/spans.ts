/** Small helpers between token indices and text spans. */
import { firstEndingAfter } from './quotes.js';
import type { Token } from './tokens.js';
import type { Span, TextSpan } from './types.js';

export function indexBefore(index: number, from: number): number | null {
  return index - 1 >= from ? index - 1 : null;
}

export function skipPunctuation(tokens: Token[], index: number, to: number): number {
  let i = index;
  while (i < to && (tokens[i] as Token).pos === 'PUNCT') i++;
  return i;
}

export function tokenIndexAt(tokens: Token[], offset: number): number {
  return firstEndingAfter(tokens, offset);
}

export function tokenSpan(text: string, tokens: Token[], [first, last]: [number, number]): TextSpan {
  return textSpan(text, (tokens[first] as Token).start, (tokens[last - 1] as Token).end);
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Whether `span` lies within `outer`. */
export function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}
