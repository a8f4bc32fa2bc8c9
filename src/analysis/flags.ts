/** Flags for the reviewer: agentless passives, hedging adverbs and quotes that nobody is said to have said. */
import type { AttributionInput, FoundAttribution } from './attribution.js';
import { AGENTLESS_PARTICIPLES, BE_FORMS, HEDGE_ADVERBS } from './lexicon.js';
import { quoteAt, quotesOpeningIn } from './quotes.js';
import type { RoledSentence } from './roles.js';
import { textSpan } from './spans.js';
import type { Token } from './tokens.js';
import type { Flag, Span } from './types.js';

/** Whether some content covers a span: contents sorted by start, with the furthest end reached so far. */
export function coverageOf(attributions: FoundAttribution[]): (span: Span) => boolean {
  // A byline or photo credit stands behind the story or picture, not behind a quote in it.
  const contents = attributions
    .filter((a) => a.kind !== 'byline' && a.kind !== 'credit')
    .map((a) => a.content)
    .sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const content of contents) furthest.push(Math.max(furthest.at(-1) ?? 0, content.end));
  return (span) => {
    let lo = 0;
    let hi = contents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((contents[mid] as Span).start <= span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] as number) >= span.end - 1;
  };
}

/** The "is" of "is widely believed", "is not expected": the first token of an agentless passive ending at `participle`. */
export function agentlessStart(tokens: Token[], participle: number): number {
  let j = participle - 1;
  while (isBetweenBeAndParticiple(tokens[j] as Token)) j--;
  return j;
}

/** "widely", "not", "n’t": what may stand between "is" and its participle. */
function isBetweenBeAndParticiple(token: Token): boolean {
  return token.pos === 'ADV' || NEGATIONS.has(token.lower);
}

const NEGATIONS = new Set(['not', "n't", 'n’t']);

/** "is considered", "was believed", "is not expected" with no "by …" after it: a judgement with nobody behind it. */
export function isAgentlessPassive(tokens: Token[], i: number, from: number, to: number): boolean {
  const token = tokens[i] as Token;
  if (!AGENTLESS_PARTICIPLES.has(token.lower)) return false;
  let j = i - 1;
  while (j >= from && isBetweenBeAndParticiple(tokens[j] as Token)) j--;
  if (j < from || !BE_FORMS.has((tokens[j] as Token).lower)) return false;
  for (let k = i + 1; k < Math.min(to, i + 4); k++) if ((tokens[k] as Token).lower === 'by') return false;
  return true;
}

/** Flags: agentless passives, hedging adverbs, quotes no attribution covers. */
export function findFlags(
  input: AttributionInput,
  sentence: RoledSentence,
  isCovered: (span: Span) => boolean,
): Flag[] {
  const { tokens, text, quotes } = input;
  const [from, to] = sentence.tokens;
  const flags: Flag[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    // In a quote someone is said to have said, "have been reported" and "reportedly" are that speaker's words: the
    // reviewer checks them with the speaker.
    const quote = quoteAt(quotes, token.start);
    if (quote && isCovered(quote)) continue;
    if (isAgentlessPassive(tokens, i, from, to)) {
      const span = textSpan(text, (tokens[agentlessStart(tokens, i)] as Token).start, token.end);
      flags.push({ kind: 'agentless-passive', span, message: `“${span.text}”: by whom?` });
    } else if (HEDGE_ADVERBS.has(token.lower)) {
      flags.push({
        kind: 'hedged',
        span: textSpan(text, token.start, token.end),
        message: `“${token.text}”: according to whom?`,
      });
    }
  }
  for (const quote of quotesOpeningIn(quotes, sentence)) {
    const words = text.slice(quote.start, quote.end).split(/\s+/).length;
    if (words >= 2 && !isCovered(quote)) {
      const span = textSpan(text, quote.start, Math.min(quote.end, sentence.end));
      flags.push({ kind: 'unattributed-quote', span, message: `quoted words with no named speaker: ${span.text}` });
    }
  }
  return flags;
}
