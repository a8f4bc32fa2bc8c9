/**
 * Who can speak: checks on the sources the learned tagger proposes, and where the sentence names the speaker when the
 * tagger's source fails them or it found none. Pure: tokens and spans in, spans out.
 */
import type { AttributionInput, FoundAttribution } from './attribution.js';
import { trimContent } from './content-spans.js';
import { BE_FORMS, isTimePhrase } from './lexicon.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quotes.js';
import type { RoledSentence } from './roles.js';
import {
  asideCloseBefore,
  clauseSubject,
  collectLeft,
  collectRight,
  isGerund,
  isNounPhraseAt,
  trimSource,
} from './source-phrases.js';
import { textSpan, tokenIndexAt, tokenSpan } from './spans.js';
import type { Token } from './tokens.js';
import type { Span, TextSpan } from './types.js';

/**
 * Whether a tagged source cannot be who says the cue: a lone initial ("Q:"), a time ("Ryan on Tuesday called …"), a
 * bare number ("758" of "758 pledged delegates") or the object of a preposition ("a policy address in Harlem focused
 * on …").
 */
export function cannotSpeak(tokens: Token[], source: TextSpan): boolean {
  // "Q: …" and "A: …" in an interview transcript: who asks and who answers go unnamed.
  const initial = /^\p{L}\.?$/u.test(source.text) && !/^i$/i.test(source.text);
  return initial || isTimePhrase(source.text) || isBareCount(tokens, source) || objectOfPreposition(tokens, source);
}

/**
 * "758", "nearly 300", "her 1,280": figures with nothing counted, as in "758 pledged delegates", where the verb is an
 * adjective ("63 percent said" counts someone; "Four said" may too, so only figures written in digits count).
 */
export function isBareCount(tokens: Token[], source: Span): boolean {
  let figures = 0;
  for (let i = tokenIndexAt(tokens, source.start); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.start >= source.end) break;
    if (/^\d[\d,.]*$/.test(token.text)) figures++;
    else if (!COUNT_MODIFIERS.has(token.pos)) return false;
  }
  return figures > 0;
}

/** What may stand beside a bare count: "nearly", "her", "the". */
const COUNT_MODIFIERS = new Set(['ADV', 'DET', 'PRON', 'PUNCT']);

/**
 * Whether the words a reading took as the source of `cue` are not who speaks, whoever found them:
 * - the subject of an impression ("Trump appeared to suggest …", "Clinton seemed to implore …") is judged by the
 *   writer: annotators give such a cue no source 4 times in 5 (PolNeAR: 192 of 241 seem/appear cues), and with the
 *   subject as its source it was right 18 times in 82 (cross-validated);
 * - the subject of a passive ("Clinton was asked about …", "Roof is accused of …") is who the words are about (an
 *   agent after "by" may speak; "X is convinced" is X's own stance; "X was quoted as saying" is X speaking), right
 *   71 times in 241 as a source;
 * - the noun a participle describes ("30,000 immigrants expected this year", "Lazar, known online as …"), on either
 *   side, right once in 22;
 * - the noun before a bare passive ("made the remarks when asked about …"): annotators give "when asked" no source.
 */
export function isNotTheSpeaker(text: string, cue: TextSpan, source: Span): boolean {
  if (IMPRESSION_WORDS.test(cue.text)) return true;
  // "Lavrov was quoted as saying …": the subject of this passive is the one who spoke.
  if (QUOTED_SAYING.test(cue.text)) return false;
  if (REDUCED_PASSIVES.has(cue.text.toLowerCase())) {
    return !/\bby\s+$/i.test(text.slice(Math.max(0, source.start - 4), source.start));
  }
  // "Mao made the remarks when asked about reports …": who was asked is not who asks (gold: no source).
  if (source.end <= cue.start && BARE_PASSIVE_OPENER.test(text.slice(Math.max(0, cue.start - 8), cue.start))) {
    return /^\p{L}+ed\b/u.test(cue.text);
  }
  const passive = source.end <= cue.start ? PASSIVE_CUE.exec(cue.text) : null;
  return passive !== null && !STANCE_PARTICIPLES.has((passive[1] ?? '').toLowerCase());
}

/** "when asked", "if pressed": a passive with no subject of its own ("once" is as often "she once supported"). */
const BARE_PASSIVE_OPENER = /\b(when|if|unless|whenever)\s+$/i;

const QUOTED_SAYING =
  /\b(quoted|heard|overheard|recorded)\s+(by\s+[^\s,.;:"“”][^,.;:"“”]{0,59}?\s+)?(as\s+)?(saying|telling|calling|describing)\b/i;
const IMPRESSION_WORDS = /\b(seem|seems|seemed|seemingly|appear|appears|appeared)\b/i;
const REDUCED_PASSIVES = new Set(['expected', 'known', 'titled']);
const PASSIVE_CUE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|not\s+)?(\w+(?:ed|en|wn|ught|ld))\b/i;

/** Participles that, after "is", say what the subject itself thinks or feels. */
const STANCE_PARTICIPLES = new Set([
  ...['concerned', 'convinced', 'worried', 'pleased', 'disappointed', 'satisfied', 'determined', 'inclined'],
  ...['undecided', 'opposed', 'divided', 'committed', 'prepared', 'interested', 'impressed', 'surprised'],
  ...['frustrated', 'troubled', 'alarmed', 'encouraged', 'persuaded', 'outraged', 'confused', 'unconvinced'],
]);

/**
 * A verb's "-ing" form used as a verb: "…, warning it will respond" (wink tags "warning" a noun there, before a
 * pronoun), not "…, warning signs".
 */
function isParticiple(head: Token, next: Token | undefined): boolean {
  return head.pos === 'VERB' || (head.pos === 'NOUN' && next !== undefined && CLAUSE_STARTS.has(next.pos));
}

const CLAUSE_STARTS = new Set(['PRON', 'SCONJ']);

/** Words that open a participle clause before the sentence's subject: "After blasting the report, Beck said …". */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'by', 'while', 'when', 'in', 'without', 'since', 'upon']);
/** How far after a passive cue its agent ("by …") may stand. */
const AGENT_REACH = 8;

/**
 * Who a cue the tagger found with no source belongs to, where the sentence says so in another place: the subject of
 * the clause before ", calling them …" or "… by saying …"; the subject after an opening "After blasting …," or
 * "Noting that …,"; the subject after a quote and its verb ("“Choke!” blared the Herald"); the agent of a passive
 * ("was criticized by economists"). Null when the sentence names nobody so.
 */
export function impliedSource(text: string, tokens: Token[], cue: Span, sentence: RoledSentence): TextSpan | null {
  const [from, to] = sentence.tokens;
  const first = tokenIndexAt(tokens, cue.start);
  const last = tokenIndexAt(tokens, cue.end - 1);
  const head = tokens[first] as Token;
  let range: [number, number] | null = null;
  const quoteEndingOnComma = CLOSING_QUOTES.has(tokens[first - 1]?.text ?? '') && tokens[first - 2]?.text === ',';
  const subordinator = subordinatorBefore(tokens, first);
  if (isGerund(head) && isParticiple(head, tokens[last + 1]) && tokens[first - 1]?.text === ',') {
    range = collectLeft(tokens, first, from);
  } else if (isGerund(head) && isParticiple(head, tokens[last + 1]) && quoteEndingOnComma) {
    // "She said she was thinking, “Oh my God,” adding …": the quote's comma sets the participle off; its subject is
    // the one the clause before the quote has.
    const opening = quoteOpeningBefore(tokens, first - 2, from);
    range = opening > from ? clauseSubject(tokens, opening, from) : null;
  } else if (
    isGerund(head) &&
    (first === from || (first - 1 === from && PARTICIPLE_OPENERS.has((tokens[from] as Token).lower)))
  ) {
    // "After blasting the report, Beck …", "Recalling that moment, David Axelrod …": the subject after the comma.
    range = subjectAfterComma(tokens, last + 1, to);
  } else if (isGerund(head) && head.pos === 'VERB' && subordinator > from) {
    // "Bolton distanced himself from the movement by saying …", "…, while also suggesting …": the clause's subject.
    range = clauseSubject(tokens, subordinator, from);
  } else if (
    head.pos === 'VERB' &&
    !isGerund(head) &&
    afterClosingQuote(tokens, first) &&
    opensSubject(tokens[last + 1])
  ) {
    // "''Choke!'' blared the front page of The Boston Herald": a quote, its verb, then who says it.
    range = collectRight(tokens, last + 1, to);
  } else if (QUOTED_SAYING.test(text.slice(cue.start, cue.end))) {
    // "“…,” he was quoted as saying": the subject of this passive is the one who spoke.
    range = collectLeft(tokens, first, from);
  } else if (isPassive(tokens, first, last)) {
    range = agentAfter(tokens, last, to);
  }
  return range ? tokenSpan(text, tokens, range) : null;
}

/**
 * Who did what a participle cue says, named after "by": "a practice criticized by civil rights advocates", "Cruz was
 * also endorsed the day before by Carly Fiorina", "the campaign, first reported by The Washington Post". Null when no
 * agent follows the participle within reach.
 */
export function passiveAgent(text: string, tokens: Token[], cue: Span, sentence: RoledSentence): TextSpan | null {
  const first = tokenIndexAt(tokens, cue.start);
  const last = tokenIndexAt(tokens, cue.end - 1);
  const participle = tokens[last] as Token;
  if (participle.pos !== 'VERB' || !PARTICIPLE_END.test(participle.lower)) return null;
  // Without "is" or "was", only right before "by" and right after the noun it describes is a past form a passive:
  // "He derided efforts by …" and "People requested selfies by the dozen" are active.
  let before = first - 1;
  while (before >= 0 && (tokens[before] as Token).pos === 'ADV') before--;
  const reduced =
    tokens[last + 1]?.lower === 'by' && (REDUCED_AFTER.has(tokens[before]?.pos ?? '') || tokens[before]?.text === ',');
  // A cue of more words ("said in a statement obtained") is no passive of its own.
  for (let i = first; i < last; i++) if (!CUE_AUXILIARIES.has((tokens[i] as Token).pos)) return null;
  if (!reduced && !isPassive(tokens, first, last)) return null;
  const range = agentAfter(tokens, last, sentence.tokens[1]);
  return range ? tokenSpan(text, tokens, range) : null;
}

/** What a reduced passive follows: its noun ("a practice criticized by …"), or the comma of an aside. */
const REDUCED_AFTER = new Set(['NOUN', 'PROPN']);
/** What may stand before the participle inside a passive cue: "was also endorsed", "has been hit". */
const CUE_AUXILIARIES = new Set(['AUX', 'ADV', 'PART']);

const PARTICIPLE_END = /(ed|en|wn|ught)$/;

/** The noun phrase after the "by" that follows token `last` within reach, before a comma or another verb. */
function agentAfter(tokens: Token[], last: number, to: number): [number, number] | null {
  for (let i = last + 1; i < Math.min(to, last + 1 + AGENT_REACH); i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'by') {
      // "by 10 points", "by saying …": a measure or a means, not who did it.
      const next = tokens[i + 1];
      return next && next.pos !== 'NUM' && next.pos !== 'VERB' && !isGerund(next)
        ? collectRight(tokens, i + 1, to)
        : null;
    }
    if (token.text === ',' || token.pos === 'VERB') break;
  }
  return null;
}

/**
 * The subject of a cue that follows an aside set off by commas: "Cruz, who says the polls have tightened, said …",
 * "Texas Sen. Ted Cruz, who has experienced a surge in Iowa, named …". The tagger reads its source inside the aside
 * ("the polls") or finds none; the noun phrase before the aside speaks. Null when no aside ends right before the cue,
 * when the cue is no finite verb (", saying …" takes its clause's subject: see impliedSource), or when what stands
 * before the aside cannot speak.
 */
export function subjectBeforeAside(text: string, tokens: Token[], cue: Span, sentence: RoledSentence): TextSpan | null {
  const [from] = sentence.tokens;
  const first = tokenIndexAt(tokens, cue.start);
  const head = tokens[first] as Token;
  // A finite verb has a subject of its own; ", confident that …", ", to argue …" share their clause's.
  const finite = (head.pos === 'VERB' || head.pos === 'AUX') && !isGerund(head) && head.lower !== 'to';
  const close = finite ? asideCloseBefore(tokens, first, from) : -1;
  if (close < 0) return null;
  const range = collectLeft(tokens, first, from);
  // "The ad, titled …": a subject right before the comma has no aside between it and its verb.
  const aside = range && tokens.slice(range[0], close).some((token) => token.text === ',');
  const subject = range && aside && tokenSpan(text, tokens, range);
  return subject && !cannotSpeak(tokens, subject) ? subject : null;
}

/** Whether a quote closes right before token `first`, or a quote and its comma ("…,” blared"). */
function afterClosingQuote(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
  return CLOSING_QUOTES.has(tokens[before]?.text ?? '');
}

/** A token that may open an inverted subject: "the front page", "Sen. Graham". */
function opensSubject(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'DET' || token.pos === 'PROPN' || token.pos === 'NOUN');
}

/** Where "by", "while", "after" … stands before a gerund at `first` ("by saying", "while also urging"), or -1. */
function subordinatorBefore(tokens: Token[], first: number): number {
  const before = tokens[first - 1]?.pos === 'ADV' ? first - 2 : first - 1;
  return PARTICIPLE_OPENERS.has(tokens[before]?.lower ?? '') ? before : -1;
}

/** The subject after the comma that closes an opening clause, when a verb follows it. */
function subjectAfterComma(tokens: Token[], start: number, to: number): [number, number] | null {
  let comma = start;
  while (comma < to && (tokens[comma] as Token).text !== ',') comma++;
  let end = comma + 1;
  while (end < to && isNounPhraseAt(tokens, end)) end++;
  const verb = tokens[end];
  if (end >= to || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  return trimSource(tokens, comma + 1, end);
}

/** "are considered", "was hotly criticized": a form of "be", then a participle. */
function isPassive(tokens: Token[], first: number, last: number): boolean {
  const participle = tokens[last] as Token;
  if (participle.pos !== 'VERB' || !PARTICIPLE_END.test(participle.lower)) return false;
  for (let i = Math.max(0, first - 1); i < last; i++) {
    if (BE_FORMS.has((tokens[i] as Token).lower)) return true;
  }
  return false;
}

/** Prepositions whose object is never the one who speaks: "the run-up to the Nevada caucuses portraying …". */
const NON_AGENT_PREPOSITIONS = new Set([
  ...['of', 'in', 'on', 'at', 'for', 'about', 'into', 'under', 'during', 'against', 'between', 'within'],
]);

/**
 * A tagged source right after a preposition ("a policy address in Harlem focused on …", "the deaths of journalists
 * under Mr. Putin, had said"): the object of the preposition, not the subject of the cue.
 */
export function objectOfPreposition(tokens: Token[], source: TextSpan): boolean {
  const before = tokens[tokenIndexAt(tokens, source.start) - 1];
  // A possessive speaks for its noun: "in her criticism of …", "at Trump's rally, he said".
  if (POSSESSIVE_SOURCE.test(source.text)) return false;
  // "about half of Democratic voters said": "about" is an approximation there, not a preposition.
  if (before?.lower === 'about' && QUANTITY_START.test(source.text)) return false;
  return before !== undefined && before.pos === 'ADP' && NON_AGENT_PREPOSITIONS.has(before.lower);
}

/** How a quantity starts: a figure, "half", "a third", "two-thirds", "one in four". */
const QUANTITY_START =
  /^(\d|half\b|a (third|quarter|dozen|fifth)\b|(one|two|three|four|five|six|seven|eight|nine|ten|a)[- ]?(in|thirds?|quarters?|fifths?|dozen)\b)/i;

const POSSESSIVE_SOURCE = /^(his|her|their|its|our|my|your)$|['’]s?$/i;

/** "said by telephone", "said in an interview": what follows a preposition after the cue is no speaker. */
export function objectOfCue(text: string, cue: Span, source: Span): boolean {
  return (
    source.start >= cue.end &&
    /^\s+(by|in|on|at|to|with|for|from|during|after|before)\s+$/i.test(text.slice(cue.end, source.start))
  );
}

/** How far back the opening of a quote before a participle is looked for, in tokens. */
const QUOTE_REACH = 80;

/** The opening quote mark before `i` (one with a space before it, or the sentence's start); -1 if none is near. */
function quoteOpeningBefore(tokens: Token[], i: number, from: number): number {
  for (let k = i; k >= Math.max(from, i - QUOTE_REACH); k--) {
    const token = tokens[k] as Token;
    if (!OPENING_QUOTES.has(token.text)) continue;
    const before = tokens[k - 1];
    if (k === from || (before !== undefined && before.end < token.start)) return k;
  }
  return -1;
}

/**
 * The subject a second verb shares with the clause before it, where the tagger read the first verb's object as its
 * source: "Bush also attacked Donald Trump, calling him a loser", "Graham called Trump “crazy” and said …", "Mr.
 * Putin veered close to an admission that soldiers had fought, saying …". Null unless the tagged source stands after
 * that subject with a verb between them.
 */
export function sharedSubject(
  text: string,
  tokens: Token[],
  cue: Span,
  source: Span,
  sentence: RoledSentence,
): TextSpan | null {
  const [from] = sentence.tokens;
  const first = tokenIndexAt(tokens, cue.start);
  const head = tokens[first] as Token;
  const joint = tokens[first - 1];
  if (!joint || (head.pos !== 'VERB' && head.pos !== 'AUX') || head.lower === 'according') return null;
  const participle = joint.text === ',' && isGerund(head);
  const coordinated = joint.lower === 'and' || joint.lower === 'but';
  if (!participle && !coordinated) return null;
  const subject = clauseSubject(tokens, first - 1, from);
  if (!subject) return null;
  const subjectEnd = (tokens[subject[1] - 1] as Token).end;
  if (subjectEnd > source.start) return null;
  const between = tokens.slice(subject[1], tokenIndexAt(tokens, source.start));
  if (!between.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return null;
  return tokenSpan(text, tokens, subject);
}

/**
 * "Kim was quoted by KCNA as saying …", "“…,” Lavrov was quoted by TASS as saying.", "“…,” Kim was quoted as saying by
 * KCNA.": the medium that quotes is part of the cue; the one quoted is the source, and what follows the cue, or the
 * quote before it, the content. Null for any other cue.
 */
export function quotedThrough(
  input: AttributionInput,
  attribution: FoundAttribution,
  sentence: RoledSentence,
): Pick<FoundAttribution, 'kind' | 'source' | 'cue' | 'content'> | null {
  const { text, tokens } = input;
  const { cue, content } = attribution;
  if (!cue) return null;
  const rest = text.slice(cue.end, Math.min(sentence.end, cue.end + 120));
  const medium = /\bquoted$/i.test(cue.text)
    ? QUOTED_THROUGH.exec(rest)
    : /\bquoted as saying$/i.test(cue.text)
      ? QUOTED_BY_AFTER.exec(rest)
      : null;
  if (!medium) return null;
  const first = tokenIndexAt(tokens, cue.start);
  const subject = collectLeft(tokens, first, sentence.tokens[0]);
  if (!subject) return null;
  const source = tokenSpan(text, tokens, subject);
  const fullCue = textSpan(text, cue.start, cue.end + medium[0].length);
  const after = trimContent(input, tokenIndexAt(tokens, fullCue.end), sentence.tokens[1]);
  if (after) return { kind: 'said-that', source, cue: fullCue, content: after };
  // The words come before: the quote or clause up to the source.
  let end = Math.min(content.end, source.start);
  while (end > content.start && /\s/.test(text[end - 1] as string)) end--;
  if (end <= content.start) return null;
  return { kind: 'inverted', source, cue: fullCue, content: { start: content.start, end } };
}

const QUOTED_THROUGH = /^\s+by\s+[^\s,.;:"“”][^,.;:"“”]{0,59}?\s+as\s+(saying|telling|calling|describing)\b/;
/** "“…,” Kim was quoted as saying by KCNA.": the medium after the cue. */
const QUOTED_BY_AFTER = /^\s+by\s+[^\s,.;:"“”][^,.;:"“”]{0,59}?(?=\s*[,.;:]|\s*$)/;
