/** Finding what a cue introduces: where its content starts and ends, around quotes, objects and settings. */
import type { AttributionInput } from './attribution.js';
import { type CueStrength, isTimePhrase, TIME_NOUNS, TIME_WORDS } from './lexicon.js';
import { CLOSING_QUOTES, OPENING_QUOTES, quoteAt } from './quotes.js';
import { isNominal, isNounPhraseWord } from './source-phrases.js';
import type { Token } from './tokens.js';
import type { Span } from './types.js';

/** People a reporter speaks with: "told reporters that", "told Reuters". */
const TOLD_OBJECT_MAX = 8;

export const ENDERS = new Set(['.', '!', '?', ',', ';', ':']);

export interface Cue {
  first: number;
  last: number; // exclusive token index
  strength: CueStrength | 'according';
}

/** "told", "tells": the person after the verb is the listener, never the speaker. */
export function isTell(cue: Cue, tokens: Token[]): boolean {
  return /^(tell|tells|told|telling)$/.test((tokens[cue.first] as Token).lower);
}

export function isClauseBreak(token: Token): boolean {
  return token.text === ',' || CLOSING_QUOTES.has(token.text) || token.text === '—' || token.text === '–';
}

/** Skips time and manner words after a cue: "said last month", "said in a statement on Monday". */
export function skipCompanions(tokens: Token[], start: number, to: number): number {
  let i = start;
  while (i < to) {
    const token = tokens[i] as Token;
    // "on" is a time word before a day ("said on Monday"), a place before anything else ("said on Facebook").
    const place = token.lower === 'on' && !isTimeWord(tokens[i + 1]);
    if (!place && isTimeWord(token)) i++;
    else if (token.pos === 'ADV' && token.lower !== 'not') i++;
    else break;
  }
  return i;
}

function isTimeWord(token: Token | undefined): boolean {
  if (!token) return false;
  return TIME_WORDS.has(token.lower) || token.pos === 'NUM' || (token.pos === 'PROPN' && /day$/.test(token.lower));
}

/** The end of the clause that starts at `start`: the next comma, semicolon or the sentence end, outside quotes. */
export function clauseEnd(tokens: Token[], start: number, to: number): number {
  for (let i = start + 1; i < to; i++) if ((tokens[i] as Token).text === ';') return i;
  return to;
}

/** Words after a cue up to the next comma that say where or how, not what: "wrote on his blog", "told CNN". */
export function isTrailingModifier(tokens: Token[], start: number, to: number, afterTell: boolean): boolean {
  // Only a preposition ("on his blog") or the listener of "told" ("told CNN"): an object ("his resignation") is content.
  if (!afterTell && tokens[start]?.pos !== 'ADP') return false;
  for (let i = start; i < to; i++) {
    const token = tokens[i] as Token;
    if (ENDERS.has(token.text)) return true;
    // A verb right after a preposition or determiner is a gerund used as a noun: "said of waterboarding".
    const gerund = token.pos === 'VERB' && ['ADP', 'DET'].includes(tokens[i - 1]?.pos ?? '');
    const opensClause = token.pos === 'AUX' || token.lower === 'that' || OPENING_QUOTES.has(token.text);
    if ((token.pos === 'VERB' && !gerund) || opensClause) return false;
  }
  return true;
}

/** Where the content after a forward cue begins: past its object, its time words, "that" or a colon. */
export function contentStart(tokens: Token[], cue: Cue, to: number): number | null {
  let i = cue.last;
  const cueWord = (tokens[cue.first] as Token).lower;
  if (/^(tell|tells|told|telling)$/.test(cueWord)) {
    // "told reporters", "told Reuters in a rare interview": the listener is not the content.
    const thatAt = findWithin(
      tokens,
      i,
      Math.min(to, i + TOLD_OBJECT_MAX),
      (t) => t.lower === 'that' || t.text === ':' || t.text === ',',
    );
    i = thatAt ?? skipObject(tokens, i, to);
  }
  const setting = skipSetting(tokens, i, to);
  const afterTime = setting > i ? setting : skipSetting(tokens, skipCompanions(tokens, i, to), to);
  const marker = tokens[afterTime];
  // The scheme's content keeps "that" ("said that …"), not a colon or comma.
  if (marker?.lower === 'that') i = afterTime;
  else if (marker && (marker.text === ':' || marker.text === ',')) i = afterTime + 1;
  else if (marker && OPENING_QUOTES.has(marker.text)) i = afterTime;
  // "said Wednesday it detected …": when it was said, not part of what was (annotators: out of the content 45 times
  // in 60); not "said Wednesday's launch failed", where the day is the subject's.
  else {
    const afterWhen = skipWhen(tokens, i, to);
    const subject = tokens[afterWhen];
    if (afterWhen > i && subject && CLAUSE_SUBJECT_STARTS.has(subject.pos) && !/^['’]s$/.test(subject.text))
      i = afterWhen;
  }
  return i < to ? i : null;
}

/** Longest "where and when" after a cue: "said on Thursday during a speech at the Council … in New York:". */
const SETTING_MAX = 25;

/**
 * Skips the setting of a statement when a colon, a quote or the "that" of a clause follows it: prepositional phrases
 * with no verb but how it was published ("said in a speech at the Council in New York City: “…”", "said in a press
 * release that …", "said in a statement carried by KCNA that …"). Anything else after the cue is content.
 */
function skipSetting(tokens: Token[], start: number, to: number): number {
  if (tokens[start]?.pos !== 'ADP') return start;
  for (let i = start + 1; i < Math.min(to, start + SETTING_MAX); i++) {
    const token = tokens[i] as Token;
    if (token.text === ':' || (token.text === ',' && OPENING_QUOTES.has(tokens[i + 1]?.text ?? ''))) return i;
    if (OPENING_QUOTES.has(token.text)) return i;
    // "that" opening the clause said, not a relative one ("in a statement that was released …"); wink may tag it a
    // pronoun after a noun ("on his Telegram channel that Moscow would …").
    if (token.lower === 'that' && (token.pos === 'SCONJ' || opensClauseAfterNoun(tokens, i))) return i;
    if (isCarriedBy(tokens, i)) continue;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.lower === 'that') return start;
  }
  return start;
}

/** "a statement carried by KCNA", "released through state media", "posted on its website": how it was published. */
function isCarriedBy(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return PUBLISHED.has(token.lower) && tokens[i - 1]?.pos === 'NOUN' && tokens[i + 1]?.pos === 'ADP';
}

const PUBLISHED = new Set([
  ...['carried', 'released', 'issued', 'published', 'posted', 'distributed', 'broadcast', 'aired', 'sent'],
  ...['delivered', 'provided', 'obtained', 'emailed', 'reported', 'run', 'printed', 'televised'],
]);

/** Skips when something was said: "Wednesday", "on Monday night", "last week", "yesterday". */
function skipWhen(tokens: Token[], start: number, to: number): number {
  let i = start;
  while (i < to && WHEN_WORDS.has((tokens[i] as Token).lower)) i++;
  return saysOnlyWhen(tokens.slice(start, i).map((token) => token.lower)) ? i : start;
}

/** Whether `words` only say when: "Wednesday", "on Monday night", "last week" ("on", "last" or "this" alone do not). */
export function saysOnlyWhen(words: readonly string[]): boolean {
  const last = words.at(-1)?.toLowerCase();
  return last !== undefined && TIME_HEADS.has(last) && words.every((word) => WHEN_WORDS.has(word.toLowerCase()));
}

/** The lexicon's time nouns, but "time" itself: "said time was running out" is what was said. */
const TIME_HEADS = new Set([...TIME_NOUNS].filter((noun) => noun !== 'time'));
const WHEN_WORDS = new Set([...TIME_HEADS, 'on', 'last', 'this', 'next', 'early', 'late']);

/** "channel that Moscow would …": a "that" between a noun and the subject of a clause. */
function opensClauseAfterNoun(tokens: Token[], that: number): boolean {
  const before = tokens[that - 1]?.pos ?? '';
  const after = tokens[that + 1]?.pos ?? '';
  return (before === 'NOUN' || before === 'PROPN') && CLAUSE_SUBJECT_STARTS.has(after);
}

const CLAUSE_SUBJECT_STARTS = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'NUM']);

/** Skips one noun phrase or pronoun: "reporters", "the BBC", "him" — but a second determiner starts the content. */
function skipObject(tokens: Token[], start: number, to: number): number {
  if (tokens[start]?.pos === 'PRON') return start + 1;
  let i = start;
  let sawNoun = false;
  while (i < to && isNounPhraseWord(tokens[i] as Token) && !(sawNoun && (tokens[i] as Token).pos === 'DET')) {
    sawNoun ||= isNominal(tokens[i]);
    i++;
  }
  return i;
}

function findWithin(tokens: Token[], from: number, to: number, test: (token: Token) => boolean): number | null {
  for (let i = from; i < to; i++) if (test(tokens[i] as Token)) return i;
  return null;
}

/** Stance verbs need a clause after them: "that …", a quote, or a subject and a verb ("believes the deal will …"). */
export function opensClause(tokens: Token[], start: number, to: number): boolean {
  const first = tokens[start] as Token;
  if (OPENING_QUOTES.has(first.text) || first.text === ':') return true;
  if ((tokens[start - 1] as Token).lower === 'that') return true;
  for (let i = start; i < Math.min(to, start + 10); i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return i > start;
  }
  return false;
}

/** The quote that a sentence ending on a colon at token `to` announces: the one opening right after it, if any. */
export function announcedQuote({ tokens, quotes }: AttributionInput, to: number): Span | null {
  const colon = tokens[to - 1];
  const opening = tokens[to];
  if (colon?.text !== ':' || !opening || !OPENING_QUOTES.has(opening.text)) return null;
  const quote = quoteAt(quotes, opening.start);
  return quote && quote.start === opening.start ? { start: quote.start, end: quote.end } : null;
}

/** Content after the cue: to the sentence end, or to the end of a quote that runs on into the next sentences. */
export function forwardContent(input: AttributionInput, start: number, to: number): Span | null {
  const { tokens, quotes } = input;
  const first = tokens[start] as Token;
  const quote = quoteAt(quotes, first.start);
  if (quote && quote.start === first.start && quote.end > (tokens[to - 1] as Token).end)
    return { start: quote.start, end: quote.end };
  return trimContent(input, start, to);
}

/**
 * Content before an inverted cue ("…, KCNA said"): from the clause start to the comma before the source. A quote
 * that began in an earlier sentence is taken whole, and so is a quote that resumes after the cue
 * (“We will,” she said, “never give up.”).
 */
export function invertedContent(
  input: AttributionInput,
  from: number,
  breakAt: number,
  afterCue: number,
  to?: number,
): Span | null {
  const { tokens, quotes } = input;
  const content = trimContent(input, from, breakAt, true);
  if (!content) return null;
  const openQuote = quoteAt(quotes, content.start);
  if (openQuote) content.start = Math.min(content.start, openQuote.start);
  const closing = tokens[breakAt] as Token;
  if (CLOSING_QUOTES.has(closing.text)) content.end = closing.end;
  const resume = tokens[afterCue] && tokens[afterCue]?.text === ',' ? tokens[afterCue + 1] : undefined;
  if (resume && OPENING_QUOTES.has(resume.text)) {
    const quote = quoteAt(quotes, resume.start);
    if (quote) content.end = Math.max(content.end, quote.end);
  } else if (resume && to !== undefined && continuesClause(tokens, afterCue + 1, to)) {
    // "The drills, Pyongyang warned, would be met with force.": the speaker interrupts one clause, which goes on.
    const rest = trimContent(input, afterCue + 1, to);
    if (rest) content.end = rest.end;
  }
  return content;
}

/**
 * After ", X said," (tokens from `start`): the interrupted clause going on ("would be met with force") or a second one
 * ("she thought she would …"), both within what X said; not a participle or a conjunction that opens X's next
 * statement ("adding …", "as officials say …").
 */
function continuesClause(tokens: Token[], start: number, to: number): boolean {
  const resume = tokens[start] as Token;
  if (resume.pos === 'VERB') return !resume.lower.endsWith('ing');
  // "…, said Lee, who heads the institute": a relative clause tells who the speaker is.
  if (RELATIVE_PRONOUNS.has(resume.lower)) return false;
  if (!CLAUSE_GOES_ON.has(resume.pos)) return false;
  // A clause has a verb: ", KCNA said, days after a warning" goes on with a time, not with what KCNA said.
  for (let i = start; i < to; i++) if (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX') return true;
  return false;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'where']);

/** Words that carry on a clause or open one with its subject; "as", "while", "and" open another statement. */
const CLAUSE_GOES_ON = new Set(['AUX', 'PRON', 'PROPN', 'NOUN', 'DET', 'NUM', 'ADJ']);

/** Tokens [from, to) as content, without the trailing punctuation that belongs to the sentence. */
export function trimContent(
  { tokens }: Pick<AttributionInput, 'tokens'>,
  from: number,
  to: number,
  keepClosingQuote = false,
): Span | null {
  let end = to;
  while (end > from && ENDERS.has((tokens[end - 1] as Token).text)) end--;
  let start = from;
  while (start < end && ((tokens[start] as Token).text === ',' || (tokens[start] as Token).text === ':')) start++;
  if (start >= end) return null;
  const last = tokens[end - 1] as Token;
  const closeQuote =
    keepClosingQuote && CLOSING_QUOTES.has(tokens[end]?.text ?? '') ? (tokens[end] as Token).end : last.end;
  return { start: (tokens[start] as Token).start, end: Math.max(last.end, closeQuote) };
}

/**
 * Whether tokens [from, to) only set the scene of the sentence they open: "Earlier this week", "On Monday", "In
 * Seoul", "Last year". A few words, no verb and no quote: not a clause anyone said.
 */
export function isSceneSetter(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || to <= from || to - from > SCENE_SETTER_MAX) return false;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || OPENING_QUOTES.has(token.text) || CLOSING_QUOTES.has(token.text))
      return false;
  }
  const words = tokens.slice(from, to).map((token) => token.text);
  return first.pos === 'ADP' || first.pos === 'ADV' || isTimePhrase(words.join(' '));
}

const SCENE_SETTER_MAX = 6;
