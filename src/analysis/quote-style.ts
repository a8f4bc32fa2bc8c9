/**
 * British-style quoting: 'We will respond,' the ministry said. Most of the engine knows quotes by their double marks
 * (the annotated news it learned from is American, and its single marks are apostrophes or quotes inside quotes), so
 * an article that quotes in single marks is read with the two kinds swapped: its quotation marks become double ones
 * and its double marks, quotes inside quotes there, single ones. Every character keeps its place, so spans found in
 * the swapped text are spans of the article.
 */

/** Marks that can open a single-mark quote: straight or curly. */
const SINGLE_OPENING = new Set(["'", '‘']);
/** Marks that can close one; "’" is also the curly apostrophe, and "'" the straight one. */
const SINGLE_CLOSING = new Set(["'", '’']);
/** What may come right before an opening mark: nothing, a space, a bracket or a dash. */
const BEFORE_OPENING = /[\s([{—–-]/;
/** What may come right after a closing mark: nothing, a space or punctuation. */
const AFTER_CLOSING = /[\s.,;:!?)\]}—–-]/;
const SWAPPED: Readonly<Record<string, string>> = { "'": '"', '‘': '“', '’': '”', '"': "'", '“': '‘', '”': '’' };

/**
 * `text` with its quotation marks swapped to double ones when it quotes in single marks, else `text` itself. Same
 * length, character for character.
 *
 * @example asDoubleQuoted("'We will respond,' the ministry said.") // '"We will respond," the ministry said.'
 */
export function asDoubleQuoted(text: string): string {
  if (!text.includes("'") && !text.includes('‘')) return text;
  const quotes = findSingleQuotes(text);
  if (!quotesInSingleMarks(text, quotes)) return text;
  const chars = text.split('');
  const marks = new Set(quotes.flatMap(({ open, close }) => (close === null ? [open] : [open, close])));
  chars.forEach((ch, i) => {
    const isQuotationMark = marks.has(i) || ch === '"' || ch === '“' || ch === '”';
    if (isQuotationMark) chars[i] = SWAPPED[ch] ?? ch;
  });
  return chars.join('');
}

interface SingleQuote {
  open: number;
  /** Null for a quote that runs on into the next paragraph. */
  close: number | null;
}

/**
 * The quotes in single marks: an opening and a closing mark in one paragraph ("'closely watching' the situation"),
 * or an opening mark that starts a paragraph and is never closed (a quote running on into the next).
 */
function findSingleQuotes(text: string): SingleQuote[] {
  const quotes: SingleQuote[] = [];
  let open = -1;
  // "'escalating tensions' on the peninsula" reads like "the drivers' union": such a mark closes the quote only if
  // nothing else does before the paragraph ends or the next quote opens.
  let possessive = -1;
  let paragraphStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === undefined || (ch === '\n' && text[i + 1] === '\n')) {
      if (open >= 0 && possessive >= 0) quotes.push({ open, close: possessive });
      else if (open >= 0 && open === firstNonSpace(text, paragraphStart)) quotes.push({ open, close: null });
      open = -1;
      possessive = -1;
      paragraphStart = i + 1;
    } else if ((open < 0 || possessive >= 0) && SINGLE_OPENING.has(ch) && opensQuote(text, i)) {
      // A new quote opening after such a mark: it did close the one before.
      if (open >= 0) quotes.push({ open, close: possessive });
      open = i;
      possessive = -1;
    } else if (open >= 0 && SINGLE_CLOSING.has(ch) && closesQuote(text, i)) {
      if (isPluralPossessive(text, i)) {
        if (possessive < 0) possessive = i;
        continue;
      }
      quotes.push({ open, close: i });
      open = -1;
      possessive = -1;
    }
  }
  return quotes;
}

function opensQuote(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1] ?? ' ';
  // Not the doubled apostrophe some wires quote with ('' … ''), and not a closing one.
  return (before === undefined || BEFORE_OPENING.test(before)) && !/[\s']/.test(after);
}

function closesQuote(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1];
  return !/[\s']/.test(before) && (after === undefined || AFTER_CLOSING.test(after));
}

/** "the drivers' union", "Koreans’ concerns": an apostrophe after a plural, before a lower-case word. */
function isPluralPossessive(text: string, i: number): boolean {
  return text[i - 1] === 's' && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3));
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

/**
 * Whether the article quotes in single marks: at least two quoted passages of two or more words in single marks, and
 * more of them than quotes in double marks. An American story's single marks quote inside quotes, or a few words of a
 * headline.
 */
function quotesInSingleMarks(text: string, quotes: readonly SingleQuote[]): boolean {
  const passages = quotes.filter(({ open, close }) => close === null || text.slice(open, close).includes(' ')).length;
  const doubleQuotes = (text.match(/["“”]|''/g) ?? []).length / 2;
  return passages >= 2 && passages > doubleQuotes;
}
