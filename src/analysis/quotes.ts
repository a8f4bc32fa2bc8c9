import type { Span } from './types.js';

/**
 * Finds the quoted passages of a text: curly “…” pairs and straight "…" pairs. A quote left open at the end of a
 * paragraph runs on when the next paragraph opens with a quote mark, as news style writes a quote of several
 * paragraphs; otherwise it ends with its paragraph.
 *
 * @example findQuotes('He said “no.” Then left.') // [{ start: 8, end: 13 }]
 */
export function findQuotes(text: string, paragraphs: Span[]): Span[] {
  const quotes: Span[] = [];
  let open: number | null = null;
  paragraphs.forEach((paragraph, p) => {
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text[i];
      if (ch === '“' || (ch === '"' && open === null)) {
        if (open === null) open = i;
      } else if ((ch === '”' || ch === '"') && open !== null) {
        quotes.push({ start: open, end: i + 1 });
        open = null;
      }
    }
    const next = paragraphs[p + 1];
    const continues = next && /^["“]/.test(text.slice(next.start, next.start + 1));
    if (open !== null && !continues) {
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
