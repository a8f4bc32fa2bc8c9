import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import type { Span } from './types.js';

/** A word or punctuation mark of the text with its part-of-speech tag (Universal POS, from wink-nlp). */
export interface Token extends Span {
  text: string;
  lower: string;
  pos: string;
}

export interface TokenizedText {
  tokens: Token[];
  /** Sentences as half-open token index ranges [first, last + 1). */
  sentences: Array<[number, number]>;
  /**
   * wink's number for each token's text (-1 for a token split or joined here): the same text always has the same
   * number, so per-word caches can index an array instead of hashing the text (see TextFeatureCache).
   */
  lexemes: Int32Array;
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** "Trump’s" → "Trump" + "’s": wink splits it or not depending on the words it has met before. */
const POSSESSIVE_END = /^(.+?)(['’]s)$/u;
/** What a possessive "’s" stands before. */
const POSSESSED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT', 'SYM', 'X']);
/** Before these, "’s" is "is" or "has" ("here’s", "it’s"), not a possessive. */
const CONTRACTING = new Set(['here', 'there', 'it', 'that', 'what', 'who', 'he', 'she', 'where', 'how', 'let']);

/** Longer than any word (PolNeAR's 840 articles have one run of more than 60 characters without a space: 87). */
const LONGEST_RUN = 100;
/** A run of characters wink-nlp does not split at (its own list of spaces and line breaks), too long to be a word. */
const LONG_RUN = new RegExp(
  `[^ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f\\n\\r\\t]{${LONGEST_RUN + 1},}`,
  'g',
);

/**
 * `text` with a space in place of every LONGEST_RUN + 1st character of a run wink-nlp would read as one token. wink
 * tries its token patterns from every character of such a run, which takes quadratic time: 20,000 dashes in a row took
 * 4.2 s, and the 2 MB an upload may hold, hours. Same length, so every offset stays the article's; the characters
 * replaced belong to no token (no real word is that long).
 */
export function withLongRunsCut(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const characters = run.split('');
    for (let i = LONGEST_RUN; i < characters.length; i += LONGEST_RUN + 1) {
      characters[i] = ' ';
      // Both halves of a character outside the Basic Multilingual Plane (an emoji), never one alone.
      const code = run.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < characters.length) characters[i + 1] = ' ';
      if (code >= 0xdc00 && code <= 0xdfff) characters[i - 1] = ' ';
    }
    return characters.join('');
  });
}

/**
 * Tokenises `text` with wink-nlp and maps every token back to its exact character offsets. The result depends only
 * on the text: wink remembers words across documents, so its variable splits are normalised here.
 *
 * @example tokenize('He said no.').tokens.map((t) => t.text) // ['He', 'said', 'no', '.']
 */
export function tokenize(text: string): TokenizedText {
  const doc = nlp.readDoc(withLongRunsCut(text));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const winkLexemes = doc.tokens().out(its.uniqueId) as number[];
  const winkSentences: Array<[number, number]> = [];
  doc.sentences().each((sentence: ItemSentence) => {
    winkSentences.push(sentence.out(its.span) as unknown as [number, number]);
  });
  const sentenceEnds = new Set(winkSentences.map(([, last]) => last));
  const tokens: Token[] = [];
  const lexemes: number[] = [];
  // For each wink token, the first and last of our tokens it became (-1: dropped whitespace).
  const firstOf = new Int32Array(values.length).fill(-1);
  const lastOf = new Int32Array(values.length).fill(-1);
  const push = (start: number, end: number, pos: string) => {
    const value = text.slice(start, end);
    tokens.push({ start, end, text: value, lower: value.toLowerCase(), pos });
    lexemes.push(-1);
  };
  // wink drops whitespace but keeps every other character in order, so each value is found at or after the cursor.
  let cursor = 0;
  // Where the last wink value ended, while it lies inside a token joined past it ("Rev" + "." → "Rev.").
  let joinedScan = -1;
  // Tokens joined across a wink token boundary, where wink may also have ended a sentence.
  const joinedTokens = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    const pos = tags[i] ?? 'X';
    if (joinedScan >= 0 && joinedScan < cursor && text.startsWith(value, joinedScan)) {
      joinedScan += value.length;
      firstOf[i] = tokens.length - 1;
      lastOf[i] = tokens.length - 1;
      continue;
    }
    joinedScan = -1;
    const start = text.indexOf(value, cursor);
    if (start < 0 || pos === 'SPACE') continue;
    firstOf[i] = tokens.length;
    const next = values[i + 1];
    const possessive = mayBePossessive(value) ? POSSESSIVE_END.exec(value) : null;
    if (value === "'" && next === "'" && text.startsWith("''", start)) {
      // Some wires write quotes as two apostrophes (''like this''): one quote mark.
      push(start, start + 2, 'PUNCT');
      lastOf[i] = tokens.length - 1;
      i++;
      firstOf[i] = tokens.length - 1;
    } else if (endsOnFullStop(value) && (sentenceEnds.has(i) || endsLine(text, start + value.length))) {
      // "He said no." and "according to the Las Vegas Sun.": wink reads "no." and "Sun." as abbreviations, but at
      // the end of a sentence the full stop is its own.
      push(start, start + value.length - 1, pos);
      push(start + value.length - 1, start + value.length, 'PUNCT');
    } else if (possessive?.[1] && possessive[2]) {
      const split = start + possessive[1].length;
      push(start, split, pos);
      // A possessive comes before a noun phrase ("Trump’s campaign"); before a verb it is "is"/"has" ("Trump’s been").
      const beforeNoun = POSSESSED.has(tags[i + 1] ?? 'PUNCT');
      push(split, start + value.length, !beforeNoun || CONTRACTING.has(possessive[1].toLowerCase()) ? 'AUX' : 'PART');
    } else {
      // wink's own string and number for the word: the same each time the word recurs (see `lexemes`).
      const lower = value.toLowerCase();
      const end = joinedEnd(text, start + value.length, lower);
      if (end === start + value.length) {
        tokens.push({ start, end, text: value, lower, pos });
        lexemes.push(winkLexemes[i] ?? -1);
      } else {
        push(start, end, pos);
        joinedScan = start + value.length;
        // Where wink ends a sentence inside a run of initials ("A.F.L.-C. | I.O."), whether one ends after it is
        // for the word after it to tell ("…-C.I.O., even as" goes on, "R-S.C. “I get that”" does not).
        if (!isInitial(lower)) joinedTokens.add(tokens.length - 1);
      }
    }
    lastOf[i] = tokens.length - 1;
    cursor = tokens.at(-1)?.end ?? cursor;
  }
  repairReportingVerbs(tokens);
  repairTitledNames(tokens);
  repairNamesBeforeSpeech(text, tokens);
  const sentences: Array<[number, number]> = [];
  for (const [first, last] of winkSentences) {
    let from = -1;
    let to = -1;
    for (let i = first; i <= last; i++) {
      if ((firstOf[i] as number) < 0) continue;
      if (from < 0) from = firstOf[i] as number;
      to = (lastOf[i] as number) + 1;
    }
    // A quote mark joined from two apostrophes that wink put in two sentences belongs to the first.
    from = Math.max(from, sentences.at(-1)?.[1] ?? 0);
    if (from >= 0 && from < to) sentences.push([from, to]);
  }
  return {
    tokens,
    sentences: withLongSentencesCut(tokens, joinFalseBreaks(text, tokens, sentences, joinedTokens)),
    lexemes: Int32Array.from(lexemes),
  };
}

/** Whether `value` ends in "'s" or "’s": a cheap test that spares most tokens the POSSESSIVE_END pattern. */
function mayBePossessive(value: string): boolean {
  if (value.length < 3 || value.charCodeAt(value.length - 1) !== 115) return false; // "s"
  const quote = value.charCodeAt(value.length - 2);
  return quote === 39 || quote === 0x2019; // ' or ’
}

/**
 * Titles wink does not know as abbreviations: it splits "Rev." into "Rev" + "." and may end a sentence there
 * ("the Rev. | Federico Lombardi told reporters").
 */
const UNKNOWN_TITLES = new Set([
  'rev',
  'pres',
  'atty',
  'msgr',
  'supt',
  'insp',
  'cmdr',
  'amb',
  'brig',
  'cpl',
  'pvt',
  'hon',
]);
/** Titles that stand before a name, never at the end of a sentence: a break after one is wink's mistake. */
const TITLES_BEFORE_NAMES = new Set(
  [
    ...UNKNOWN_TITLES,
    ...['gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'gov', 'sen', 'rep', 'dr', 'prof', 'mr', 'mrs', 'ms'],
    ...['sens', 'reps', 'govs', 'gens', 'messrs', 'fr', 'vice'],
  ].map((title) => `${title}.`),
);
/** Verbs of evidence that wink tags as nouns after a plural ("polls show", "records suggest", "data indicate"). */
const REPORTING_VERBS = new Set(['show', 'suggest', 'indicate', 'say', 'find', 'reveal', 'confirm', 'estimate']);
/** Plurals without an "s": "customs data show", "people say". */
const PLURALS = new Set(['data', 'media', 'people', 'police', 'criteria', 'phenomena']);
/** What follows such a verb: a clause (“polls show Trump is …”, “show that …”) or the end of the sentence. */
const CLAUSE_OPENING_TAGS = new Set(['PRON', 'PROPN', 'DET', 'NUM', 'SCONJ', 'PUNCT']);

/**
 * "fundraising documents show.", "Polls show Trump is trailing": wink reads the verb as a noun compound with the
 * plural before it, and the sentence loses its cue. After a plural noun and before a clause or the end, it is a verb.
 */
function repairReportingVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== 'NOUN' || !REPORTING_VERBS.has(token.lower)) continue;
    const before = tokens[i - 1] as Token;
    const plural =
      (before.pos === 'NOUN' || before.pos === 'PROPN') && (/[^s]s$/.test(before.lower) || PLURALS.has(before.lower));
    const after = tokens[i + 1];
    if (plural && (!after || CLAUSE_OPENING_TAGS.has(after.pos) || after.lower === 'that')) token.pos = 'VERB';
  }
}

/** Titles written out in full before a name: "Senator Ted Cruz", "Secretary Josh Earnest". */
const SPELLED_TITLES = new Set([
  ...['senator', 'governor', 'secretary', 'president', 'mayor', 'representative', 'congressman', 'congresswoman'],
  ...['judge', 'justice', 'general', 'colonel', 'ambassador', 'minister', 'chairman', 'chairwoman', 'director'],
]);

/**
 * "Sen. Ted Cruz", "Sen. Rob Portman": wink tags a first name that is also a verb as a verb, and the name falls apart.
 * A capitalised word between a title and another capitalised word is part of a name. (In a title-case headline a
 * verb can stand there too, "Clinton Calls ISIS", but not after a title.) So is a newspaper's "Herald" or "Monitor"
 * after a name ("The Korea Herald").
 */
function repairTitledNames(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== 'VERB' || !/^\p{Lu}\p{Ll}/u.test(token.text)) continue;
    const before = tokens[i - 1] as Token;
    const next = tokens[i + 1];
    const titled = TITLES_BEFORE_NAMES.has(before.lower) || SPELLED_TITLES.has(before.lower);
    if ((titled && next && /^\p{Lu}/u.test(next.text)) || (before.pos === 'PROPN' && PAPER_NAMES.has(token.lower))) {
      token.pos = 'PROPN';
    }
  }
}

/** Verbs of saying in the forms that follow their speaker's name: "Read said", "Will wrote". */
const SPEECH_AFTER_NAME = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'argued']);
/** Capitalised words that may stand before such a verb without being a name: "Later said", "All told", "So says". */
const OPENING_ADVERBS = new Set([
  ...['later', 'also', 'still', 'then', 'now', 'never', 'once', 'again', 'instead', 'earlier'],
  ...['all', 'so', 'thus', 'here', 'there', 'as'],
]);
const NAME_TAGS = new Set(['PROPN', 'NOUN', 'PRON', 'NUM', 'PUNCT', 'SYM', 'X']);

/**
 * "Pfizer chief executive Ian Read said", "Jolly said", "Will called for", "“…,” From said": a capitalised word that
 * wink reads as a verb, adjective or preposition, right before a verb of saying, is a name (two verbs cannot stand so),
 * and the verb of saying is a verb whatever wink made of it ("said" after "Read" comes out an adjective).
 */
function repairNamesBeforeSpeech(text: string, tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (NAME_TAGS.has(token.pos) || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || OPENING_ADVERBS.has(token.lower)) continue;
    if (!SPEECH_AFTER_NAME.has(next.text) && !(next.text === 'called' && tokens[i + 2]?.lower === 'for')) continue;
    if (text.slice(token.end, next.start) !== ' ') continue;
    token.pos = 'PROPN';
    next.pos = 'VERB';
  }
}

/** The last word of a newspaper's name, which wink may read as a verb: "The Korea Herald", "the Christian Science Monitor". */
const PAPER_NAMES = new Set(['herald', 'post', 'mail', 'monitor', 'tribune', 'gazette']);

/** Whether only spaces stand between `offset` and the end of its line (or of the text). */
function endsLine(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/** Abbreviations whose full stop belongs to them even at the end of a sentence: "Martin Luther King Jr." */
const NAME_ABBREVIATIONS = new Set(['jr.', 'sr.', 'inc.', 'co.', 'corp.', 'ltd.', 'bros.', 'st.']);

/** A one-word abbreviation ("no.", "Sun.", "Wed.") that is a word and a full stop when it ends a sentence. */
function endsOnFullStop(value: string): boolean {
  // Most tokens do not end on a full stop: check that before the pattern (this runs for every token).
  if (value.charCodeAt(value.length - 1) !== 46 || !/^\p{L}+\.$/u.test(value)) return false;
  const lower = value.toLowerCase();
  return !NAME_ABBREVIATIONS.has(lower) && !TITLES_BEFORE_NAMES.has(lower);
}

/** A web address's dots and labels after its first word, ending in a top-level domain: "Tchadinfos" + ".com". */
const DOMAIN_TAIL =
  /(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|mil|int|info|news|co|io|fr|de|uk|kr|kp|jp|cn|ru|ua|in|au|ca|eu|ch|tv)(?![\p{L}\p{N}])/uy;

function isInitial(lower: string): boolean {
  return lower.length === 1 && lower !== lower.toUpperCase();
}

/** The rest of an abbreviation after its first initial: ".I.O." of "C.I.O.", not ".T" of "B.The". */
const INITIALS_TAIL = /(?:\.\p{L})+\.?(?!\p{L})/uy;

/**
 * Where a token that starts a title abbreviation, a run of initials or a web address really ends: past its "." or its
 * domain. (wink splits "A.F.L.-C.I.O." into "A.F.L.", "-", "C", ".", "I.O." and ends a sentence after "C.".)
 */
function joinedEnd(text: string, end: number, lower: string): number {
  if (text.charCodeAt(end) !== 46) return end; // "."
  if (UNKNOWN_TITLES.has(lower)) return end + 1;
  if (isInitial(lower)) {
    INITIALS_TAIL.lastIndex = end;
    if (INITIALS_TAIL.test(text)) return INITIALS_TAIL.lastIndex;
  }
  if (!/^[\p{L}\p{N}]+$/u.test(lower)) return end;
  DOMAIN_TAIL.lastIndex = end;
  return DOMAIN_TAIL.test(text) ? DOMAIN_TAIL.lastIndex : end;
}

/**
 * The longest sentence read as one, in tokens and in characters: news sentences stay far below (PolNeAR's 30,538
 * sentences: at most 222 tokens and 1,094 characters).
 */
export const LONGEST_SENTENCE = { tokens: 300, characters: 3000 };

/**
 * `sentences` with any longer than LONGEST_SENTENCE read in pieces. A page pasted without full stops is one "sentence"
 * of the whole text otherwise, and every reading done per sentence (patterns for datelines, asides, credits) would
 * then look at all of it, again and again.
 */
function withLongSentencesCut(tokens: readonly Token[], sentences: Array<[number, number]>): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  for (const [first, last] of sentences) {
    let start = first;
    for (let i = first + 1; i < last; i++) {
      const tooLong =
        i - start >= LONGEST_SENTENCE.tokens ||
        (tokens[i] as Token).end - (tokens[start] as Token).start > LONGEST_SENTENCE.characters;
      if (!tooLong) continue;
      pieces.push([start, i]);
      start = i;
    }
    pieces.push([start, last]);
  }
  return pieces;
}

/**
 * Joins sentences that wink split where no sentence ends: after a title ("Pres. | Obama"), inside parentheses
 * ("(D-S. | C.)"), before a word in lower case or a comma on the same line ("(I-Vt.) | on Saturday criticized …").
 */
function joinFalseBreaks(
  text: string,
  tokens: Token[],
  sentences: Array<[number, number]>,
  joinedTokens: ReadonlySet<number>,
): Array<[number, number]> {
  const joined: Array<[number, number]> = [];
  for (const sentence of sentences) {
    const previous = joined.at(-1);
    if (previous && isFalseBreak(text, tokens, previous, sentence, joinedTokens)) previous[1] = sentence[1];
    else joined.push(sentence);
  }
  return joined;
}

function isFalseBreak(
  text: string,
  tokens: Token[],
  before: [number, number],
  after: [number, number],
  joinedTokens: ReadonlySet<number>,
): boolean {
  const last = tokens[before[1] - 1] as Token;
  const first = tokens[after[0]] as Token;
  if (text.slice(last.end, first.start).includes('\n')) return false;
  // Wink ended the sentence inside a token joined here ("NKNews. | org"), or left only the full stop after it.
  if (joinedTokens.has(before[1] - 1) || (after[1] - after[0] === 1 && first.text === '.')) return true;
  if (TITLES_BEFORE_NAMES.has(last.lower)) return true;
  // "then-Sen. | Barack Obama", "Ex-Gov. | Jeb Bush": after a hyphen wink keeps the title's full stop apart.
  const word = tokens[before[1] - 2];
  const title = `${word?.lower.split('-').at(-1)}.`;
  if (last.text === '.' && word?.end === last.start && TITLES_BEFORE_NAMES.has(title)) return true;
  // "US-S. | Korea drills": and an initial's, before a name ("S." of "S. Korea"; not "plan-B. | Then").
  const hyphen = tokens[before[1] - 3];
  const initial = last.text === '.' && word?.end === last.start && /^\p{Lu}$/u.test(word.text);
  if (initial && hyphen?.text === '-' && hyphen.end === word?.start && first.pos === 'PROPN') return true;
  // No sentence opens on a comma, a semicolon or a closing bracket: "(D-Md.) | , chair of …".
  if (NEVER_OPENS.has(first.text)) return true;
  // "… S. Korea-U.S. | drills as …": no sentence opens on a word in lower case after a full stop or a bracket.
  if ((last.text.endsWith('.') || last.text === ')') && /^\p{Ll}+$/u.test(first.text)) return true;
  return openParentheses(tokens, before) > 0 && openParentheses(tokens, after) < 0;
}

const NEVER_OPENS = new Set([',', ';', ')', ']']);

/** "(" minus ")" among a sentence's tokens. */
function openParentheses(tokens: Token[], [first, end]: [number, number]): number {
  let open = 0;
  for (let i = first; i < end; i++) {
    const text = (tokens[i] as Token).text;
    if (text === '(') open++;
    else if (text === ')') open--;
  }
  return open;
}
