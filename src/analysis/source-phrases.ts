/**
 * Finding sources in a sentence: the noun phrase before a verb, past appositives and coordinated verbs, and the one
 * after "according to" or an inverted "said".
 */
import { CUE_FORMS, SPEAKER_HEADS, SUBJECT_PRONOUNS, timePhraseStart } from './lexicon.js';
import { CLOSING_QUOTES } from './quotes.js';
import type { Token } from './tokens.js';

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

/**
 * The source to the left of a verb: skip "has also", then take the noun phrase ending there. A list keeps its
 * commas ("the United States, South Korea and Ukraine"); any other comma ends it.
 */
export function collectLeft(tokens: Token[], cueFirst: number, from: number): [number, number] | null {
  const i = subjectEnd(tokens, cueFirst, from);
  if (i < from) return null;
  const head = tokens[i] as Token;
  // "Rep. Brad Sherman (D-Calif.) said": the party and state in brackets belong to the name.
  if (head.text === ')') return withBracketedNote(tokens, i, from);
  // "Clinton, 35, the daughter of …, said": the subject stands before its appositive.
  if (head.text === ',') return appositiveSubject(tokens, i, from, isGerund(tokens[cueFirst] as Token));
  // "Graham called Trump “crazy” and said …": the subject of the first verb says the second.
  if (head.pos === 'CCONJ' && (head.lower === 'and' || head.lower === 'but')) return clauseSubject(tokens, i, from);
  return nounPhraseEndingAt(tokens, i, from);
}

/**
 * The last token of what stands before a verb once "has also" and a time ("on Tuesday", "last month") are skipped:
 * the end of its subject, or the comma that closes an aside after it. Below `from` when nothing is left.
 */
function subjectEnd(tokens: Token[], cueFirst: number, from: number): number {
  let i = cueFirst - 1;
  while (i >= from && isCompanion(tokens[i] as Token)) i--;
  // "Ryan, the Speaker, on Tuesday called …", "Sherman last month joked …": the time stands between subject and verb.
  const time = timePhraseStart((index) => tokens[index]?.text, i, from);
  if (time < i + 1) {
    i = time - 1;
    while (i >= from && isCompanion(tokens[i] as Token)) i--;
  }
  return i;
}

/**
 * Where the comma stands that a verb follows, past "has also" and a time: the close of an aside after the verb's
 * subject ("Cruz, who says …, said", "Mr. Trump, asked …, had said"). -1 when no comma stands there.
 */
export function asideCloseBefore(tokens: Token[], cueFirst: number, from: number): number {
  const end = subjectEnd(tokens, cueFirst, from);
  return end >= from && (tokens[end] as Token).text === ',' ? end : -1;
}

/** Longest note in brackets after a name, in tokens: "(D-Calif.)", "(R-Texas)", "(I-Vt.)". */
const BRACKETED_NOTE_MAX = 8;

/** Just past a short bracketed note that opens at tokens[open] and closes before `limit`; `open` if there is none. */
function afterBracketedNote(tokens: Token[], open: number, limit: number): number {
  for (let i = open + 1; i < Math.min(limit, open + BRACKETED_NOTE_MAX); i++) {
    const token = tokens[i] as Token;
    if (token.text === ')') return i + 1;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.text === '(') return open;
  }
  return open;
}

/** The name before a short bracketed note that closes at tokens[close], the note included; null if it is no note. */
function withBracketedNote(tokens: Token[], close: number, from: number): [number, number] | null {
  let open = close - 1;
  while (open >= Math.max(from, close - BRACKETED_NOTE_MAX) && (tokens[open] as Token).text !== '(') {
    const token = tokens[open] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.text === ')') return null;
    open--;
  }
  if (open < from || (tokens[open] as Token).text !== '(' || open - 1 < from) return null;
  const name = nounPhraseEndingAt(tokens, open - 1, from);
  return name ? [name[0], close + 1] : null;
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
  // "Kim Yong-hyun": wink splits a hyphenated word in three; the head is the whole word.
  i = compoundStart(tokens, i, from);
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

/**
 * A determiner, a possessive or a possessive pronoun opens the adjectives and hyphenated words before tokens[index]:
 * "the self-described democratic", "Seoul’s military", "its military".
 */
function hasDeterminerBefore(tokens: Token[], index: number, from: number): boolean {
  for (let i = index - 1; i >= from && i >= index - 6; i--) {
    const token = tokens[i] as Token;
    if (token.pos === 'DET' || POSSESSIVES.has(token.text) || POSSESSIVE_PRONOUNS.has(token.lower)) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'VERB' && token.text !== '-') return false;
  }
  return false;
}

/** How far back a subject may stand from its verb, in tokens, past an appositive or a first verb phrase. */
const SUBJECT_WINDOW = 45;

export function isGerund(token: Token): boolean {
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
 * one with a verb ("Barkley, who said he votes …") or a preposition ("Sanders, in a statement, …") does not. Before ", saying" the subject is the clause's own
 * (`gerund`), found as for "and said".
 */
function appositiveSubject(tokens: Token[], comma: number, from: number, gerund: boolean): [number, number] | null {
  if (gerund) return clauseSubject(tokens, comma, from);
  let start = comma;
  while (start - 1 >= Math.max(from, comma - SUBJECT_WINDOW) && !isHardBreak(tokens[start - 1] as Token)) start--;
  for (let i = start; i < comma; i++) {
    // "The issue came up after Mr. Trump, asked about …, had said": a clause opener starts the subject's clause too.
    const before = tokens[i - 1] as Token;
    const opens = i === start || before.text === ',' || CLAUSE_OPENERS.has(before.lower);
    if (!opens) continue;
    let end = i;
    while (end < comma && isNounPhraseAt(tokens, end)) end++;
    // "Rep. Elijah Cummings (D-Md.), chair of …": a bracketed note belongs to the name.
    if (end > i && tokens[end]?.text === '(') end = afterBracketedNote(tokens, end, comma);
    if (end === i || (tokens[end] as Token).text !== ',') continue;
    const head = trimSource(tokens, i, end);
    if (!head || !tokens.slice(head[0], head[1]).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) continue;
    const appositive = tokens.slice(end + 1, comma);
    const hasVerb = appositive.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    // "Sanders, in a statement, said", "Rubio, for his part, said", "Cruz, however, said": an aside that opens on a
    // preposition or a linking adverb says how or where, not who (PolNeAR leaves 68 of 84 such asides out of the
    // source). "Mr. Sperling, then 38," is still who.
    const opener = appositive[0];
    const adverbial = opener !== undefined && (opener.pos === 'ADP' || LINKING_ADVERBS.has(opener.lower));
    return hasVerb || adverbial || appositive.length === 0 ? head : [head[0], comma];
  }
  return null;
}

/** Adverbs that link a sentence to the one before, set off by commas after its subject: "Cruz, however, said". */
const LINKING_ADVERBS = new Set(['however', 'meanwhile', 'too', 'also', 'though', 'instead', 'likewise', 'still']);

/**
 * The subject of the clause a second verb shares ("X did Y and said Z", "X did Y, saying Z"): the noun phrase that
 * opens the clause, right before its first verb.
 */
export function clauseSubject(tokens: Token[], joint: number, from: number): [number, number] | null {
  for (let verb = joint - 1; verb > Math.max(from, joint - SUBJECT_WINDOW); verb--) {
    const token = tokens[verb] as Token;
    // A quote that has just closed ("…,” said Hurlburt, referring to …") is no clause the second verb shares.
    const quoteClosed = CLOSING_QUOTES.has(token.text) && /^[,.?!]$/.test(tokens[verb - 1]?.text ?? '');
    if (
      token.text === ':' ||
      token.text === ';' ||
      quoteClosed ||
      (token.text === ',' && CLOSING_QUOTES.has(tokens[verb - 1]?.text ?? ''))
    ) {
      return null;
    }
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    // "Grassley on Wednesday downplayed …", "Weaver, the campaign manager, appeared …": the verb's own subject.
    const subject = ownSubject(tokens, verb, from);
    if (!subject) continue;
    // "Zelenskyy said that soldiers had joined …, and urged allies …": a subject inside what a cue reports ("that
    // soldiers …") is not the one the second verb shares; the clause before it has it.
    const opener = tokens[subject[0] - 1];
    if (opener && (opener.lower === 'that' || CUE_FORMS.get(opener.lower) === 'speech')) {
      verb = subject[0];
      continue;
    }
    return subject;
  }
  return null;
}

/**
 * The subject right before a verb, as collectLeft reads it, except through a conjunction: clauseSubject walks back
 * to the clause before "and" itself (reading it through collectLeft again would take exponential time on "and said
 * and said …").
 */
function ownSubject(tokens: Token[], verb: number, from: number): [number, number] | null {
  const i = subjectEnd(tokens, verb, from);
  if (i < from) return null;
  const head = tokens[i] as Token;
  if (head.text === ')') return withBracketedNote(tokens, i, from);
  if (head.text === ',') return appositiveSubject(tokens, i, from, false);
  return nounPhraseEndingAt(tokens, i, from);
}

export function opensNounPhrase(token: Token): boolean {
  return (
    token.pos === 'DET' ||
    POSSESSIVE_PRONOUNS.has(token.lower) ||
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
export function collectRight(tokens: Token[], start: number, to: number): [number, number] | null {
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

/** Words that open an appositive: "a Democratic pollster", "deputy campaign manager". */
const APPOSITIVE_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * A speaker after an inverted cue with the appositive that follows it, as annotators mark it (PolNeAR: 461 of 531
 * such sources): "said Steve Elmendorf, deputy campaign manager for John Kerry", up to the next comma or the end.
 * Not a participle, a new clause or a relative one, which annotators leave out more often than not: "said Manchin,
 * referring to …", "said Beck, who said there were …".
 */
export function withAppositive(tokens: Token[], [first, end]: [number, number], to: number): [number, number] {
  const comma = tokens[end];
  const opener = tokens[end + 1];
  if (comma?.text !== ',' || !opener) return [first, end];
  if (!APPOSITIVE_OPENERS.has(opener.pos) && !POSSESSIVE_PRONOUNS.has(opener.lower)) return [first, end];
  let last = end + 1;
  while (last < to && (tokens[last] as Token).text !== ',' && !RIGHT_SOURCE_STOPS.has((tokens[last] as Token).text)) {
    last++;
  }
  return trimSource(tokens, first, last) ?? [first, end];
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
export function trimSource(tokens: Token[], start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && !isSourceEdge(tokens[s] as Token)) s++;
  while (e > s && !isSourceEdge(tokens[e - 1] as Token)) e--;
  if (s >= e) return null;
  const hasHead = tokens
    .slice(s, e)
    .some(
      (token, k) =>
        isNominal(token) ||
        /^\p{Lu}/u.test(token.text) ||
        ((token.pos === 'ADJ' || isGerund(token)) && isDeterminerOrModifier(tokens[s + k - 1])),
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

/** "the", "recent": what makes the word after it a noun ("the general", "recent polling"). */
function isDeterminerOrModifier(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'DET' || token.pos === 'ADJ');
}

export function isNominal(token: Token | undefined): boolean {
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
export function isNounPhraseAt(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.end === tokens[i + 1]?.start && (token.text === '-' || tokens[i + 1]?.text === '-')) return true;
  if (tokens[i - 1]?.end === token.start && tokens[i - 1]?.text === '-') return true;
  return isNounPhraseWord(token) && !CLAUSE_OPENERS.has(token.lower);
}

export function isNounPhraseWord(token: Token): boolean {
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

/** A source that names someone or points back to a person: a proper noun or a personal pronoun (not "it"). */
export function isNamedOrPronoun(tokens: Token[], [first, last]: [number, number]): boolean {
  const head = tokens[last - 1] as Token;
  return (
    SPEAKER_HEADS.has(head.lower) ||
    tokens
      .slice(first, last)
      .some((token) => token.pos === 'PROPN' || (SUBJECT_PRONOUNS.has(token.lower) && token.lower !== 'it'))
  );
}
