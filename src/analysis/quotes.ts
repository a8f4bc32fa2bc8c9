import type { Span } from './types.js';

/** Marks that open or close a quote: curly, straight, and the doubled apostrophe some wires use ('' … ''). */
export const OPENING_QUOTES = new Set(['“', '"', "''"]);
export const CLOSING_QUOTES = new Set(['”', '"', "''"]);

/** Whether `text` starts (or ends) with a quote mark. */
export function startsWithQuote(text: string): boolean {
  return /^(["“]|'')/.test(text);
}
export function endsWithQuote(text: string): boolean {
  return /(["”]|'')$/.test(text);
}

/**
 * Finds the quoted passages of a text: curly “…” pairs, straight "…" and doubled-apostrophe ''…'' pairs. A quote left
 * open at the end of a paragraph runs on when the next paragraph opens with a quote mark, as news style writes a
 * quote of several paragraphs; otherwise it ends with its paragraph.
 *
 * @example findQuotes('He said “no.” Then left.', [{ start: 0, end: 24 }]) // [{ start: 8, end: 13 }]
 */
export function findQuotes(text: string, paragraphs: Span[]): Span[] {
  const quotes: Span[] = [];
  let open: number | null = null;
  paragraphs.forEach((paragraph, p) => {
    // A quote running on from the paragraph before reopens here: that mark opens nothing new and closes nothing.
    const reopening = open !== null ? (text.startsWith("''", paragraph.start) ? 2 : 1) : 0;
    for (let i = paragraph.start + reopening; i < paragraph.end; i++) {
      const ch = text[i];
      const width = ch === "'" && text[i + 1] === "'" ? 2 : 1;
      const straight = ch === '"' || width === 2;
      if (open === null && (ch === '“' || straight)) {
        open = i;
      } else if (open !== null && (ch === '”' || straight)) {
        quotes.push({ start: open, end: i + width });
        open = null;
      }
      i += width - 1;
    }
    const next = paragraphs[p + 1];
    if (open !== null && !(next && startsWithQuote(text.slice(next.start, next.start + 2)))) {
      quotes.push({ start: open, end: paragraph.end });
      open = null;
    }
  });
  if (open !== null) quotes.push({ start: open, end: text.length });
  return quotes;
}

/** The quote containing `offset`, if any (quotes are sorted and disjoint). */
export function quoteAt(quotes: Span[], offset: number): Span | null {
  const quote = quotes[firstEndingAfter(quotes, offset)];
  return quote && quote.start <= offset ? quote : null;
}

/** The quotes that open inside `range`, in order. */
export function quotesOpeningIn(quotes: Span[], range: Span): Span[] {
  const found: Span[] = [];
  for (let i = firstEndingAfter(quotes, range.start); i < quotes.length; i++) {
    const quote = quotes[i] as Span;
    if (quote.start >= range.end) break;
    if (quote.start >= range.start) found.push(quote);
  }
  return found;
}

/** Binary search: the index of the first span that ends after `offset` (spans sorted and disjoint). */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
