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

/**
 * The first token of the word token `index` ends, no earlier than `floor`: the tokens before it with no space between
 * ("Choi Ji-won" is "Ji", "-", "won").
 */
export function wordStart(tokens: Token[], index: number, floor: number): number {
  let first = index;
  while (first > floor && (tokens[first - 1] as Token).end === (tokens[first] as Token).start) first--;
  return first;
}

/**
 * `span` grown to whole words where it cuts a hyphenated one: wink-nlp splits "Sun-Times" into "Sun", "-" and
 * "Times", and a span that ends or starts at that hyphen ("the Chicago Sun", "Glass") names something else.
 */
export function wholeWords(text: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && isHyphenInWord(text, end)) {
    end++;
    while (WORD_CHARACTER.test(text[end] ?? '')) end++;
  }
  while (start < end && isHyphenInWord(text, start - 1)) {
    start--;
    while (start > 0 && /[\p{L}\p{N}.'’]/u.test(text[start - 1] as string)) start--;
  }
  return start === span.start && end === span.end ? span : { start, end };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * A hyphen at `at` with a word on both sides and no space: part of a word, not a dash between clauses. Not an en dash:
 * typed without spaces it is as often a dash between clauses ("controls–the Daily News claims").
 */
function isHyphenInWord(text: string, at: number): boolean {
  return text[at] === '-' && /[\p{L}\p{N}.]/u.test(text[at - 1] ?? '') && WORD_CHARACTER.test(text[at + 1] ?? '');
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Whether `span` lies within `outer`. */
export function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

/**
 * Answers "does one of these spans contain that one?" in logarithmic time, however many spans there are: the spans
 * sorted by start, with the furthest end reached so far and the furthest reached by any other span, so a span of
 * the set can be asked about without counting itself.
 */
export class Containment {
  private readonly starts: number[] = [];
  private readonly furthest: Span[] = [];
  private readonly runnerUpEnds: number[] = [];

  constructor(spans: readonly Span[]) {
    let best: Span | null = null;
    let runnerUp = -1;
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      if (!best || span.end > best.end) {
        runnerUp = best?.end ?? -1;
        best = span;
      } else runnerUp = Math.max(runnerUp, span.end);
      this.starts.push(span.start);
      this.furthest.push(best);
      this.runnerUpEnds.push(runnerUp);
    }
  }

  /** Whether a span of the set other than `except` (compared by identity) contains `span`. */
  contains(span: Span, except: Span | null = null): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= span.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return false;
    const best = this.furthest[lo - 1] as Span;
    const end = best === except ? (this.runnerUpEnds[lo - 1] as number) : best.end;
    return end >= span.end;
  }
}
