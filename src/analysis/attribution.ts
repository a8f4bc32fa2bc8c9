import {
  AGENTLESS_PARTICIPLES,
  BE_FORMS,
  CUE_FORMS,
  CUE_PARTICLES,
  type CueStrength,
  HEDGE_ADVERBS,
  PHRASAL_ONLY_FORMS,
  SPEAKER_HEADS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from './lexicon.js';
import {
  CLOSING_QUOTES,
  endsWithQuote,
  firstEndingAfter,
  OPENING_QUOTES,
  quoteAt,
  quotesOpeningIn,
  startsWithQuote,
} from './quotes.js';
import type { RoledSentence } from './roles.js';
import type { Token } from './tokens.js';
import type { AttributionKind, Flag, Span, TextSpan } from './types.js';

/** An attribution as the text states it, before its source is resolved against the registry. */
export interface FoundAttribution {
  sentence: number;
  kind: AttributionKind;
  source: TextSpan | null;
  cue: TextSpan | null;
  content: Span;
}

export interface AttributionInput {
  text: string;
  sentences: RoledSentence[];
  tokens: Token[];
  quotes: Span[];
}

/** Words that open a clause: a source never reaches back past them. */
const CLAUSE_OPENERS = new Set([
  'as',
  'while',
  'when',
  'but',
  'because',
  'after',
  'before',
  'since',
  'if',
  'that',
  'though',
  'although',
  'where',
  'whereas',
  'and',
  'or',
  'so',
  'yet',
  'until',
  'unless',
  'than',
  'said',
  'says',
]);
const POSSESSIVES = new Set(['’s', "'s", '’', "'"]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Between a source and its verb: "has also said", "did not deny". */
const VERB_COMPANIONS = new Set([
  'not',
  "n't",
  'also',
  'repeatedly',
  'previously',
  'later',
  'earlier',
  'recently',
  'again',
  'never',
  'often',
  'still',
  'already',
  'once',
  'publicly',
  'privately',
  'reportedly',
  'separately',
  'flatly',
  'firmly',
  'quickly',
]);
/** Prepositions allowed inside a source: "a spokesman for the ministry", "Secretary of State". */
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'with']);
/** People a reporter speaks with: "told reporters that", "told Reuters". */
const TOLD_OBJECT_MAX = 8;
const ENDERS = new Set(['.', '!', '?', ',', ';', ':']);

/**
 * Finds who says what in each reviewable sentence: "X said (that) …", "…, X said", "…, said X", "according to X",
 * direct quotes carried across sentences, photo credits and the closing byline; and flags claims with nobody
 * behind them (agentless passives, quotes without a speaker, hedges like "reportedly").
 *
 * @example extractAttributions(input)[0] // { kind: 'inverted', source: { text: 'KCNA', … }, cue: { text: 'said' … } }
 */
export function extractAttributions(input: AttributionInput): { attributions: FoundAttribution[]; flags: Flag[][] } {
  const { sentences } = input;
  const attributions: FoundAttribution[] = [];
  const flags: Flag[][] = sentences.map(() => []);
  const bodyEnd = lastBodyEnd(sentences);

  sentences.forEach((sentence, index) => {
    if (sentence.role === 'boilerplate') return;
    if (sentence.credit) {
      attributions.push(creditAttribution(input, sentence, index, bodyEnd));
      if (sentence.role === 'byline') return;
    }
    attributions.push(...clipAtLaterSources(findInSentence(input, sentence, index)));
  });
  extendQuoteRuns(input, attributions);
  // Flags come last: a quote is unattributed only if no content covers it once quote runs are carried on.
  const isCovered = coverageOf(attributions);
  sentences.forEach((sentence, index) => {
    if (sentence.role !== 'boilerplate' && sentence.role !== 'byline')
      flags[index]?.push(...findFlags(input, sentence, isCovered));
  });
  return { attributions, flags };
}

/**
 * "The agency reported a launch, KCNA said.": a forward content stops before the comma that leads to a later
 * attribution's source in the same sentence.
 */
function clipAtLaterSources(found: FoundAttribution[]): FoundAttribution[] {
  found.forEach((attribution, i) => {
    if (attribution.kind !== 'said-that') return;
    // The next few attributions are enough: a sentence rarely holds more, and a long run must stay linear.
    for (const later of found.slice(i + 1, i + 1 + CLIP_LOOKAHEAD)) {
      const source = later.source;
      if (later.kind !== 'inverted' || !source) continue;
      if (source.start > attribution.content.start && source.start < attribution.content.end) {
        attribution.content.end = Math.min(attribution.content.end, later.content.end);
        return;
      }
    }
  });
  return found;
}

const CLIP_LOOKAHEAD = 4;

/** Whether some content covers a span: contents sorted by start, with the furthest end reached so far. */
function coverageOf(attributions: FoundAttribution[]): (span: Span) => boolean {
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

function lastBodyEnd(sentences: RoledSentence[]): Span | null {
  const body = sentences.filter((sentence) => sentence.role === 'body');
  const first = body[0];
  const last = body.at(-1);
  return first && last ? { start: first.start, end: last.end } : null;
}

/** "— Reuters" under a photo credits the caption; "— AP" after the story is its byline. */
function creditAttribution(
  { text }: AttributionInput,
  sentence: RoledSentence,
  index: number,
  body: Span | null,
): FoundAttribution {
  const credit = sentence.credit as NonNullable<RoledSentence['credit']>;
  const isByline = sentence.role === 'byline' || credit.leading === true;
  const captionEnd = text.slice(sentence.start, credit.dash.start).trimEnd().length + sentence.start;
  const content = isByline
    ? (body ?? { start: sentence.start, end: sentence.end })
    : { start: sentence.start, end: captionEnd };
  return {
    sentence: index,
    kind: isByline ? 'byline' : 'credit',
    source: textSpan(text, credit.start, credit.end),
    cue: textSpan(text, credit.dash.start, credit.dash.end),
    content,
  };
}

interface Cue {
  first: number;
  last: number; // exclusive token index
  strength: CueStrength | 'according';
}

function findInSentence(input: AttributionInput, sentence: RoledSentence, index: number): FoundAttribution[] {
  const { tokens, text } = input;
  const credit = sentence.credit;
  // The words of a credit are not part of the sentence's claims: skip a closing "— AP" or an opening dateline.
  const [from, to]: [number, number] = !credit
    ? sentence.tokens
    : credit.leading
      ? [tokenIndexAt(tokens, credit.dash.end), sentence.tokens[1]]
      : [sentence.tokens[0], tokenIndexAt(tokens, credit.dash.start)];
  const found: FoundAttribution[] = [];
  // Content of an inverted attribution starts after the previous attribution in the sentence.
  let clauseStart = from;
  const colon = colonAttribution(input, from, to, index);
  if (colon) {
    found.push(colon);
    clauseStart = to;
  }
  found.push(...sourcelessAttributions(input, from, to, index));

  for (const cue of findCues(input, from, to)) {
    const cueSpan = textSpan(text, (tokens[cue.first] as Token).start, (tokens[cue.last - 1] as Token).end);
    if (cue.strength === 'according') {
      const source = collectRight(tokens, cue.last, to);
      if (!source) continue;
      const comma = indexBefore(cue.first, from);
      const contentBefore = comma !== null && tokens[comma]?.text === ',' && comma > clauseStart;
      const content = contentBefore
        ? trimContent(input, clauseStart, comma)
        : trimContent(input, skipPunctuation(tokens, source[1], to), to);
      if (!content) continue;
      found.push({
        sentence: index,
        kind: 'according-to',
        source: tokenSpan(text, tokens, source),
        cue: cueSpan,
        content,
      });
      clauseStart = Math.max(clauseStart, source[1]);
      continue;
    }

    const left = collectLeft(tokens, cue.first, from);
    if (left) {
      const afterCue = skipCompanions(tokens, cue.last, to);
      const beforeSource = indexBefore(left[0], from);
      // “We will,” she said, “never give up.” is one quote around its speaker; she said, “…” is a quote after it.
      const quoteFollows = tokens[afterCue]?.text === ',' && OPENING_QUOTES.has(tokens[afterCue + 1]?.text ?? '');
      const quoteBefore =
        beforeSource !== null &&
        [tokens[beforeSource], tokens[beforeSource - 1]].some((token) => CLOSING_QUOTES.has(token?.text ?? ''));
      const endsHere =
        (!quoteFollows || quoteBefore) &&
        (afterCue >= to ||
          (ENDERS.has(tokens[afterCue]?.text ?? '.') && tokens[afterCue]?.text !== ':') ||
          isTrailingModifier(tokens, afterCue, to, isTell(cue, tokens)));
      const separated =
        beforeSource !== null && isClauseBreak(tokens[beforeSource] as Token) && beforeSource > clauseStart;
      const afterQuote = beforeSource === null ? quoteJustBefore(input, sentence, index) : null;
      if (endsHere && afterQuote) {
        // “Who do they think they are?” Trump said. — the quote is a sentence of its own.
        const source = tokenSpan(text, tokens, left);
        found.push({ sentence: index, kind: 'inverted', source, cue: cueSpan, content: afterQuote });
        clauseStart = afterCue;
        continue;
      }
      if (endsHere && separated) {
        const content = invertedContent(input, clauseStart, beforeSource as number, afterCue, to);
        if (!content) continue;
        found.push({ sentence: index, kind: 'inverted', source: tokenSpan(text, tokens, left), cue: cueSpan, content });
        clauseStart = afterCue;
        continue;
      }
      const start = contentStart(tokens, cue, to);
      if (start === null) continue;
      if (cue.strength === 'stance' && !opensClause(tokens, start, to)) continue;
      if (cue.strength === 'object' && !isNamedOrPronoun(tokens, left)) continue;
      const content =
        cue.strength === 'object'
          ? trimContent(input, start, clauseEnd(tokens, start, to))
          : forwardContent(input, start, to);
      if (!content) continue;
      found.push({ sentence: index, kind: 'said-that', source: tokenSpan(text, tokens, left), cue: cueSpan, content });
      continue;
    }

    // "…, said X." with the speaker after the verb.
    const beforeCue = indexBefore(cue.first, from);
    if (
      beforeCue !== null &&
      isClauseBreak(tokens[beforeCue] as Token) &&
      beforeCue > clauseStart &&
      !isTell(cue, tokens)
    ) {
      const source = collectRight(tokens, cue.last, to);
      // "…, said that …" or "…, said he …" is a verb with its own clause, not a speaker after the verb.
      if (!source || !opensNounPhrase(tokens[cue.last] as Token)) continue;
      const content = invertedContent(input, clauseStart, beforeCue, source[1]);
      if (!content) continue;
      found.push({ sentence: index, kind: 'inverted', source: tokenSpan(text, tokens, source), cue: cueSpan, content });
      clauseStart = source[1];
    }
  }
  return found;
}

/** Longest name before a colon that can be a speaker: "Republican pollster Daron Shaw: …". */
const COLON_SPEAKER_MAX = 6;

/** "Graham: Trump's rhetoric is destroying the party": a headline-style speaker, a colon, then what they said. */
function colonAttribution(
  { tokens, text }: AttributionInput,
  from: number,
  to: number,
  index: number,
): FoundAttribution | null {
  const limit = Math.min(to - 1, from + COLON_SPEAKER_MAX);
  let colon = from;
  while (colon < limit && (isNounPhraseWord(tokens[colon] as Token) || tokens[colon]?.text === '.')) colon++;
  if (colon === from || tokens[colon]?.text !== ':' || !/^\p{Lu}/u.test((tokens[from] as Token).text)) return null;
  const source = trimSource(tokens, from, colon);
  const content = source && colon + 1 < to ? trimContent({ tokens }, colon + 1, to) : null;
  if (!source || !content) return null;
  const cue = tokens[colon] as Token;
  return {
    sentence: index,
    kind: 'quote',
    source: tokenSpan(text, tokens, source),
    cue: textSpan(text, cue.start, cue.end),
    content,
  };
}

/** The quote that ends the previous sentence of the same paragraph, if it does. */
function quoteJustBefore(
  { sentences, quotes, text }: AttributionInput,
  sentence: RoledSentence,
  index: number,
): Span | null {
  const previous = sentences[index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return null;
  return endsWithQuote(text.slice(previous.start, previous.end)) ? quoteAt(quotes, previous.end - 1) : null;
}

/** Cue candidates in reading order: "according to", and speech or stance verbs used as verbs, outside quotes. */
function findCues({ tokens, quotes }: AttributionInput, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (quoteAt(quotes, token.start)) continue;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ first: i, last: i + 2, strength: 'according' });
      i++;
      continue;
    }
    const strength = CUE_FORMS.get(token.lower);
    if (!strength || !usedAsVerb(tokens, i, from)) continue;
    if (isAgentlessPassive(tokens, i, from, to)) continue;
    const particles = CUE_PARTICLES.get(token.lower);
    const withParticle = particles?.includes(tokens[i + 1]?.lower ?? '') ?? false;
    // "pointed out", "called for": the particle belongs to the cue; without it "point" or "talk" says nothing.
    if (!withParticle && PHRASAL_ONLY_FORMS.has(token.lower)) continue;
    if (strength === 'quoting' && !quoteOrColonAfter(tokens, i + 1, to)) continue;
    cues.push({ first: i, last: withParticle ? i + 2 : i + 1, strength });
  }
  return cues;
}

/** A colon or an opening quote right after the verb, or after its comma: "continued: “…”", "wrote, “…”". */
function quoteOrColonAfter(tokens: Token[], i: number, to: number): boolean {
  const next = tokens[i];
  if (!next || i >= to) return false;
  if (next.text === ':' || OPENING_QUOTES.has(next.text)) return true;
  return next.text === ',' && OPENING_QUOTES.has(tokens[i + 1]?.text ?? '');
}

/**
 * A cue is a verb; right after "the" or "a" the tagger's "verb" is a noun ("the report", "a claim"). A third-person
 * form the tagger calls a noun is a verb when a name comes before it and an object after ("Seoul backs the plan").
 */
function usedAsVerb(tokens: Token[], i: number, from: number): boolean {
  const token = tokens[i] as Token;
  const misread =
    token.pos === 'NOUN' &&
    token.lower.endsWith('s') &&
    (tokens[i - 1]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'PRON') &&
    ['DET', 'PROPN', 'PRON', 'SCONJ'].includes(tokens[i + 1]?.pos ?? '');
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && !misread) return false;
  const before = i > from ? tokens[i - 1] : undefined;
  return !(before && before.pos === 'DET' && before.lower !== 'that');
}

/**
 * "It is believed that …", "is expected to …": a cue with nobody behind it still states a claim, so it is an
 * attribution with no source. A bare "is considered X" only gets its flag.
 */
function sourcelessAttributions(
  { tokens, text }: AttributionInput,
  from: number,
  to: number,
  index: number,
): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  for (let i = from; i < to; i++) {
    if (!isAgentlessPassive(tokens, i, from, to)) continue;
    const next = tokens[i + 1];
    if (!next || (next.lower !== 'that' && next.lower !== 'to')) continue;
    const content = trimContent({ tokens }, i + 1, to);
    if (!content) continue;
    const be = agentlessStart(tokens, i);
    found.push({
      sentence: index,
      kind: 'sourceless',
      source: null,
      cue: textSpan(text, (tokens[be] as Token).start, (tokens[i] as Token).end),
      content,
    });
  }
  return found;
}

/** The "is" of "is widely believed": the first token of an agentless passive ending at `participle`. */
function agentlessStart(tokens: Token[], participle: number): number {
  let j = participle - 1;
  while ((tokens[j] as Token).pos === 'ADV') j--;
  return j;
}

/** "is considered", "was believed" with no "by …" after it: a judgement with nobody behind it. */
function isAgentlessPassive(tokens: Token[], i: number, from: number, to: number): boolean {
  const token = tokens[i] as Token;
  if (!AGENTLESS_PARTICIPLES.has(token.lower)) return false;
  let j = i - 1;
  while (j >= from && (tokens[j] as Token).pos === 'ADV') j--;
  if (j < from || !BE_FORMS.has((tokens[j] as Token).lower)) return false;
  for (let k = i + 1; k < Math.min(to, i + 4); k++) if ((tokens[k] as Token).lower === 'by') return false;
  return true;
}

/**
 * The source to the left of a verb: skip "has also", then take the noun phrase ending there. A list keeps its
 * commas ("the United States, South Korea and Ukraine"); any other comma ends it.
 */
function collectLeft(tokens: Token[], cueFirst: number, from: number): [number, number] | null {
  let i = cueFirst - 1;
  while (i >= from && isCompanion(tokens[i] as Token)) i--;
  if (i < from) return null;
  const head = tokens[i] as Token;
  // "Clinton, 35, the daughter of …, said": the subject stands before its appositive.
  if (head.text === ',') return appositiveSubject(tokens, i, from, isGerund(tokens[cueFirst] as Token));
  // "Graham called Trump “crazy” and said …": the subject of the first verb says the second.
  if (head.pos === 'CCONJ' && (head.lower === 'and' || head.lower === 'but')) return clauseSubject(tokens, i, from);
  return nounPhraseEndingAt(tokens, i, from);
}

/** The noun phrase (or subject pronoun) whose last word is tokens[last]. */
function nounPhraseEndingAt(tokens: Token[], last: number, from: number): [number, number] | null {
  let i = last;
  const head = tokens[i] as Token;
  if (head.pos === 'PRON') return SUBJECT_PRONOUNS.has(head.lower) ? [i, i + 1] : null;
  // A tagger slip makes "the general" or "the democratic socialist" an adjective; after a determiner it is the head
  // all the same. So does a capitalised word the tagger took for a verb at the start of a sentence ("Cook said …").
  const nominalised =
    (head.pos === 'ADJ' && hasDeterminerBefore(tokens, i, from)) ||
    (/^\p{Lu}/u.test(head.text) && (i === from || head.pos !== 'VERB'));
  if (!isNominal(head) && !nominalised) return null;
  const end = i + 1;
  let hasConjunction = false;
  while (i - 1 >= from) {
    const token = tokens[i - 1] as Token;
    const compound = compoundStart(tokens, i - 1, from);
    if (compound < i - 1) {
      // "state-run", "rubber-stamp": a hyphenated word is one modifier, whatever its parts are tagged.
      i = compound;
      continue;
    }
    if (token.text === ',') {
      if (!hasConjunction || !isNominal(tokens[i - 2] as Token)) break;
      i--;
      continue;
    }
    if (token.pos === 'CCONJ' && (token.lower === 'and' || token.lower === 'or') && isModifier(tokens[i - 2])) {
      hasConjunction = true;
      i--;
      continue;
    }
    if (!isNounPhraseWord(token) || CLAUSE_OPENERS.has(token.lower)) break;
    i--;
  }
  return trimSource(tokens, i, end);
}

/** A determiner opens the adjectives and hyphenated words before tokens[index]: "the self-described democratic". */
function hasDeterminerBefore(tokens: Token[], index: number, from: number): boolean {
  for (let i = index - 1; i >= from && i >= index - 6; i--) {
    const token = tokens[i] as Token;
    if (token.pos === 'DET') return true;
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'VERB' && token.text !== '-') return false;
  }
  return false;
}

/** How far back a subject may stand from its verb, in tokens, past an appositive or a first verb phrase. */
const SUBJECT_WINDOW = 45;

function isGerund(token: Token): boolean {
  return token.lower.endsWith('ing');
}

/** Marks no subject reaches back across: a quote that has just closed, a colon, a semicolon, a dash. */
function isHardBreak(token: Token): boolean {
  return (
    CLOSING_QUOTES.has(token.text) ||
    token.text === ':' ||
    token.text === ';' ||
    token.text === '—' ||
    token.text === '–'
  );
}

/**
 * The subject before an appositive or a participle clause: the first noun phrase, within reach, that opens its clause
 * and is followed by a comma. An appositive without a verb belongs to the source ("Clinton, 35, the daughter of …");
 * one with a verb ("Barkley, who said he votes …") does not. Before ", saying" the subject is the clause's own
 * (`gerund`), found as for "and said".
 */
function appositiveSubject(tokens: Token[], comma: number, from: number, gerund: boolean): [number, number] | null {
  if (gerund) return clauseSubject(tokens, comma, from);
  let start = comma;
  while (start - 1 >= Math.max(from, comma - SUBJECT_WINDOW) && !isHardBreak(tokens[start - 1] as Token)) start--;
  for (let i = start; i < comma; i++) {
    const opens = i === start || (tokens[i - 1] as Token).text === ',';
    if (!opens) continue;
    let end = i;
    while (end < comma && isNounPhraseAt(tokens, end)) end++;
    if (end === i || (tokens[end] as Token).text !== ',') continue;
    const head = trimSource(tokens, i, end);
    if (!head || !tokens.slice(head[0], head[1]).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) continue;
    const appositive = tokens.slice(end + 1, comma);
    const hasVerb = appositive.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    return hasVerb || appositive.length === 0 ? head : [head[0], comma];
  }
  return null;
}

/**
 * The subject of the clause a second verb shares ("X did Y and said Z", "X did Y, saying Z"): the noun phrase that
 * opens the clause, right before its first verb.
 */
function clauseSubject(tokens: Token[], joint: number, from: number): [number, number] | null {
  for (let verb = joint - 1; verb > Math.max(from, joint - SUBJECT_WINDOW); verb--) {
    const token = tokens[verb] as Token;
    if (
      token.text === ':' ||
      token.text === ';' ||
      (token.text === ',' && CLOSING_QUOTES.has(tokens[verb - 1]?.text ?? ''))
    ) {
      return null;
    }
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    let before = verb - 1;
    while (before >= from && isCompanion(tokens[before] as Token)) before--;
    const subject = before >= from ? nounPhraseEndingAt(tokens, before, from) : null;
    if (subject) return subject;
  }
  return null;
}

/** "told", "tells": the person after the verb is the listener, never the speaker. */
function isTell(cue: Cue, tokens: Token[]): boolean {
  return /^(tell|tells|told|telling)$/.test((tokens[cue.first] as Token).lower);
}

function opensNounPhrase(token: Token): boolean {
  return (
    token.pos === 'DET' ||
    token.pos === 'PROPN' ||
    token.pos === 'NOUN' ||
    token.pos === 'ADJ' ||
    token.pos === 'NUM' ||
    /^\p{Lu}/u.test(token.text)
  );
}

/** Longest source after its cue, in tokens: "according to a senior official who spoke on condition of anonymity". */
const RIGHT_SOURCE_MAX = 30;
const RIGHT_SOURCE_STOPS = new Set([';', ':', '—', '–', '(', '.', '!', '?']);

/**
 * The source after "according to" or an inverted "said": everything up to the next comma or the sentence end, as
 * the scheme marks it (titles, "by" phrases and relative clauses included); a list keeps its commas.
 */
function collectRight(tokens: Token[], start: number, to: number): [number, number] | null {
  let i = start;
  const limit = Math.min(to, start + RIGHT_SOURCE_MAX);
  while (i < limit) {
    const token = tokens[i] as Token;
    if (token.text === ',' && !listContinues(tokens, i + 1, to)) break;
    if (RIGHT_SOURCE_STOPS.has(token.text)) break;
    i++;
  }
  if (i === limit && limit < to) return null;
  return trimSource(tokens, start, i);
}

/** After a comma in a source: does a list go on ("US, South Korean and Ukrainian …")? */
function listContinues(tokens: Token[], start: number, to: number): boolean {
  for (let i = start; i < to; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'CCONJ') return true;
    if (token.text === ',' || !isNounPhraseWord(token)) return false;
  }
  return false;
}

/** Drops what cannot begin or end a source ("of", "and", punctuation) and checks a noun is left. */
function trimSource(tokens: Token[], start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && !isSourceEdge(tokens[s] as Token)) s++;
  while (e > s && !isSourceEdge(tokens[e - 1] as Token)) e--;
  if (s >= e) return null;
  const hasHead = tokens
    .slice(s, e)
    .some(
      (token, k) =>
        isNominal(token) || /^\p{Lu}/u.test(token.text) || (token.pos === 'ADJ' && tokens[s + k - 1]?.pos === 'DET'),
    );
  return hasHead ? [s, e] : null;
}

function isSourceEdge(token: Token): boolean {
  return (
    token.pos !== 'PUNCT' &&
    token.pos !== 'CCONJ' &&
    token.pos !== 'ADP' &&
    token.pos !== 'SCONJ' &&
    !POSSESSIVES.has(token.text)
  );
}

function isNominal(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'NUM');
}

/** A word that can stand on either side of "and" in a source: "South Korean and Ukrainian intelligence". */
function isModifier(token: Token | undefined): boolean {
  return token !== undefined && (isNominal(token) || token.pos === 'ADJ');
}

/** The first token of a hyphenated word ending at `index` ("state-run" → the index of "state"). */
function compoundStart(tokens: Token[], index: number, from: number): number {
  let i = index;
  while (i - 2 >= from) {
    const hyphen = tokens[i - 1] as Token;
    const before = tokens[i - 2] as Token;
    if (hyphen.text !== '-' || hyphen.end !== (tokens[i] as Token).start || before.end !== hyphen.start) break;
    i -= 2;
  }
  return i;
}

/** A word of a noun phrase read left to right, counting the parts of a hyphenated word ("81-year-old"). */
function isNounPhraseAt(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.end === tokens[i + 1]?.start && (token.text === '-' || tokens[i + 1]?.text === '-')) return true;
  if (tokens[i - 1]?.end === token.start && tokens[i - 1]?.text === '-') return true;
  return isNounPhraseWord(token) && !CLAUSE_OPENERS.has(token.lower);
}

function isNounPhraseWord(token: Token): boolean {
  return (
    isNominal(token) ||
    token.pos === 'DET' ||
    token.pos === 'ADJ' ||
    POSSESSIVES.has(token.text) ||
    POSSESSIVE_PRONOUNS.has(token.lower) ||
    NP_PREPOSITIONS.has(token.lower) ||
    (token.pos === 'PART' && POSSESSIVES.has(token.text))
  );
}

function isCompanion(token: Token): boolean {
  return token.pos === 'AUX' || token.pos === 'ADV' || VERB_COMPANIONS.has(token.lower);
}

function isClauseBreak(token: Token): boolean {
  return token.text === ',' || CLOSING_QUOTES.has(token.text) || token.text === '—' || token.text === '–';
}

/** Skips time and manner words after a cue: "said last month", "said in a statement on Monday". */
function skipCompanions(tokens: Token[], start: number, to: number): number {
  let i = start;
  while (i < to) {
    const token = tokens[i] as Token;
    if (TIME_WORDS.has(token.lower) || token.pos === 'NUM' || (token.pos === 'PROPN' && /day$/.test(token.lower))) i++;
    else if (token.pos === 'ADV' && token.lower !== 'not') i++;
    else break;
  }
  return i;
}

/** A source that names someone or points back to a person: a proper noun or a personal pronoun (not "it"). */
function isNamedOrPronoun(tokens: Token[], [first, last]: [number, number]): boolean {
  const head = tokens[last - 1] as Token;
  return (
    SPEAKER_HEADS.has(head.lower) ||
    tokens
      .slice(first, last)
      .some((token) => token.pos === 'PROPN' || (SUBJECT_PRONOUNS.has(token.lower) && token.lower !== 'it'))
  );
}

/** The end of the clause that starts at `start`: the next comma, semicolon or the sentence end, outside quotes. */
function clauseEnd(tokens: Token[], start: number, to: number): number {
  for (let i = start + 1; i < to; i++) if ((tokens[i] as Token).text === ';') return i;
  return to;
}

/** Words after a cue up to the next comma that say where or how, not what: "wrote on his blog", "told CNN". */
function isTrailingModifier(tokens: Token[], start: number, to: number, afterTell: boolean): boolean {
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
function contentStart(tokens: Token[], cue: Cue, to: number): number | null {
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
  return i < to ? i : null;
}

/** Longest "where and when" after a cue: "said on Thursday during a speech at the Council … in New York:". */
const SETTING_MAX = 25;

/**
 * Skips the setting of a statement when a colon or a quote follows it: prepositional phrases with no verb
 * ("said in a speech at the Council in New York City: “…”"). Anything else after the cue is content.
 */
function skipSetting(tokens: Token[], start: number, to: number): number {
  if (tokens[start]?.pos !== 'ADP') return start;
  for (let i = start + 1; i < Math.min(to, start + SETTING_MAX); i++) {
    const token = tokens[i] as Token;
    if (token.text === ':' || (token.text === ',' && OPENING_QUOTES.has(tokens[i + 1]?.text ?? ''))) return i;
    if (OPENING_QUOTES.has(token.text)) return i;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.lower === 'that') return start;
  }
  return start;
}

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
function opensClause(tokens: Token[], start: number, to: number): boolean {
  const first = tokens[start] as Token;
  if (OPENING_QUOTES.has(first.text) || first.text === ':') return true;
  if ((tokens[start - 1] as Token).lower === 'that') return true;
  for (let i = start; i < Math.min(to, start + 10); i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return i > start;
  }
  return false;
}

/** Content after the cue: to the sentence end, or to the end of a quote that runs on into the next sentences. */
function forwardContent(input: AttributionInput, start: number, to: number): Span | null {
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
function invertedContent(
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
  } else if (resume && (resume.pos === 'AUX' || resume.pos === 'VERB') && to !== undefined) {
    // "The drills, Pyongyang warned, would be met with force.": the speaker interrupts one clause, which goes on.
    const rest = trimContent(input, afterCue + 1, to);
    if (rest) content.end = rest.end;
  }
  return content;
}

/** Tokens [from, to) as content, without the trailing punctuation that belongs to the sentence. */
function trimContent(
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

/** Sentences (and paragraphs) that are nothing but a quote, right after a quote with a speaker, carry on their quote. */
function extendQuoteRuns({ sentences, text, quotes }: AttributionInput, attributions: FoundAttribution[]): void {
  const bySentence = new Map<number, FoundAttribution[]>();
  for (const attribution of attributions) {
    const list = bySentence.get(attribution.sentence) ?? [];
    list.push(attribution);
    bySentence.set(attribution.sentence, list);
  }
  let carrier: FoundAttribution | null = null;
  sentences.forEach((sentence, index) => {
    const own = bySentence.get(index);
    if (own?.length) {
      const last = own.at(-1) as FoundAttribution;
      carrier = isQuoteContent(text, last.content) ? last : null;
      return;
    }
    if (!carrier || sentence.role !== 'body') {
      carrier = null;
      return;
    }
    const quote = quoteAt(quotes, sentence.start);
    if (quote && quote.start >= carrier.content.start) {
      carrier.content.end = Math.max(carrier.content.end, quote.end);
    } else if (!(carrier.content.end >= sentence.end)) {
      carrier = null;
    }
  });
}

function isQuoteContent(text: string, content: Span): boolean {
  return (
    startsWithQuote(text.slice(content.start, content.start + 2)) ||
    endsWithQuote(text.slice(content.end - 2, content.end))
  );
}

/** Flags: agentless passives, hedging adverbs, quotes no attribution covers. */
function findFlags(input: AttributionInput, sentence: RoledSentence, isCovered: (span: Span) => boolean): Flag[] {
  const { tokens, text, quotes } = input;
  const [from, to] = sentence.tokens;
  const flags: Flag[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
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

function indexBefore(index: number, from: number): number | null {
  return index - 1 >= from ? index - 1 : null;
}

function skipPunctuation(tokens: Token[], index: number, to: number): number {
  let i = index;
  while (i < to && (tokens[i] as Token).pos === 'PUNCT') i++;
  return i;
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  return firstEndingAfter(tokens, offset);
}

function tokenSpan(text: string, tokens: Token[], [first, last]: [number, number]): TextSpan {
  return textSpan(text, (tokens[first] as Token).start, (tokens[last - 1] as Token).end);
}

function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
