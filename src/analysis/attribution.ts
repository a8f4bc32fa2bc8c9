import {
  announcedQuote,
  type Cue,
  clauseEnd,
  contentStart,
  ENDERS,
  forwardContent,
  invertedContent,
  isClauseBreak,
  isSceneSetter,
  isTell,
  isTrailingModifier,
  opensClause,
  skipCompanions,
  trimContent,
} from './content-spans.js';
import { agentlessStart, coverageOf, findFlags, isAgentlessPassive } from './flags.js';
import {
  CLAUSE_ONLY_FORMS,
  CLAUSE_OPENERS,
  CUE_FORMS,
  CUE_PARTICLES,
  isSpeechCue,
  PHRASAL_ONLY_FORMS,
  RELATIVE_WORDS,
  SPEAKER_HEADS,
} from './lexicon.js';
import { mergeTagged } from './merge-tagged.js';
import { CLOSING_QUOTES, endsWithQuote, firstEndingAfter, OPENING_QUOTES, quoteAt, startsWithQuote } from './quotes.js';
import type { RoledSentence } from './roles.js';
import { settleSource } from './source-edges.js';
import {
  collectLeft,
  collectRight,
  isGerund,
  isNamedOrPronoun,
  isNominal,
  isNounPhraseAt,
  isNounPhraseWord,
  opensNounPhrase,
  trimSource,
  withAppositive,
} from './source-phrases.js';
import {
  Containment,
  indexBefore,
  inside,
  skipPunctuation,
  textSpan,
  tokenIndexAt,
  tokenSpan,
  wholeWords,
  wordStart,
} from './spans.js';
import { isBareCount, isNotTheSpeaker, objectOfPreposition, passiveAgent, quotedThrough } from './speakers.js';
import type { TaggedAttribution } from './tagger/attributionTagger.js';
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
  /** What the learned tagger found, to add where the rules found nothing (see mergeTagged). */
  tagged?: readonly TaggedAttribution[];
}

/**
 * Finds who says what in each reviewable sentence: "X said (that) …", "…, X said", "…, said X", "according to X",
 * direct quotes carried across sentences, photo credits and the closing byline; and flags claims with nobody
 * behind them (agentless passives, quotes without a speaker, hedges like "reportedly").
 *
 * @example extractAttributions(input)[0] // { kind: 'inverted', source: { text: 'KCNA', … }, cue: { text: 'said' … } }
 */
export function extractAttributions(input: AttributionInput): { attributions: FoundAttribution[]; flags: Flag[][] } {
  const { sentences } = input;
  const ruleFound: FoundAttribution[] = [];
  const flags: Flag[][] = sentences.map(() => []);
  const bodyEnd = lastBodyEnd(sentences);

  sentences.forEach((sentence, index) => {
    if (sentence.role === 'boilerplate') return;
    if (sentence.credit) ruleFound.push(creditAttribution(input, sentence, index, bodyEnd));
    // A byline credits the story, or names who helped write it: it makes no claim of its own.
    if (sentence.role === 'byline') return;
    ruleFound.push(...clipAtLaterSources(input.text, findInSentence(input, sentence, index)));
  });
  // The tagger's forward contents stop at a later speaker too ("The ministry called it “a provocation,” Yonhap said").
  // The rules' are clipped before the merge as well: it weighs their contents against the tagger's.
  const merged = clipAtLaterSources(
    input.text,
    mergeTagged({ ...input, found: ruleFound, tagged: input.tagged ?? [] }),
  );
  for (const attribution of merged) {
    const sentence = sentences[attribution.sentence];
    const quoted = sentence && quotedThrough(input, attribution, sentence);
    if (quoted) Object.assign(attribution, quoted);
    const { cue, source } = attribution;
    // "a practice criticized by rights groups", "the campaign, first reported by The Washington Post": who did it
    // speaks, not what it was done to (cross-validated: 10 sources made exact, 3 lost).
    const agent =
      cue && sentence && (!source || source.end <= cue.start)
        ? passiveAgent(input.text, input.tokens, cue, sentence)
        : null;
    if (agent) {
      // What was criticized or reported is the noun the passive is about ("a practice", "a fact").
      if (source) attribution.content = { start: source.start, end: source.end };
      attribution.source = agent;
      attribution.kind = 'inverted';
    } else if (source && cue && isNotTheSpeaker(input.text, cue, source)) {
      attribution.source = null;
      attribution.kind = 'sourceless';
    }
    if (sentence) attribution.source = settleSource(input.text, input.tokens, attribution, sentence);
  }
  shareInvertedSpeaker(input.text, merged);
  extendQuoteRuns(input, merged);
  for (const attribution of merged) {
    attribution.content = closedAside(input, afterOwnCue(input.text, attribution), attribution);
    attribution.content = beforeAnonymityTerms(input.text, attribution);
    attribution.content = questionBeforeAnswer(input, attribution);
    attribution.content = withinRelativeClause(input, attribution);
  }
  // Junk input can leave a reading with no words of content ("AA/A" credits nothing), "you know" or "I mean" is a
  // speaker's filler, and a bare figure speaks for nobody ("758 pledged delegates"): no claim to review.
  const reports = reportsBySentence(input.text, merged);
  const attributions = merged.filter(
    (attribution) =>
      attribution.content.end > attribution.content.start &&
      !isPartOfReport(input.tokens, attribution, reports) &&
      !namesNobody(input.tokens, attribution) &&
      !isFiller(attribution) &&
      !isAnonymityTerms(input.text, attribution) &&
      !(attribution.source && isBareCount(input.tokens, attribution.source)) &&
      !isObjectOfClauseVerb(input, attribution),
  );
  stopBeforeLaterReports(input, attributions);
  for (const attribution of attributions) {
    keepWordsWhole(input.text, attribution, sentences[attribution.sentence]);
    attribution.cue = withNegation(input.text, attribution, sentences[attribution.sentence]);
  }
  // Flags come last: a quote is unattributed only if no content covers it once quote runs are carried on.
  const isCovered = coverageOf(attributions);
  sentences.forEach((sentence, index) => {
    if (sentence.role !== 'boilerplate' && sentence.role !== 'byline')
      flags[index]?.push(...findFlags(input, sentence, isCovered));
  });
  return { attributions, flags };
}

/**
 * Readings whose content is everything else their sentence says: "…, according to a KCNA report" and a headline's
 * "Peskov: Seoul should have warned us …".
 */
const WHOLE_SENTENCE_KINDS: ReadonlySet<AttributionKind> = new Set(['according-to', 'quote']);
/** Words that open a clause as a part of the sentence around it: "warned that …", "asked if …". */
const SUBORDINATORS = new Set(['that', 'if', 'whether', 'because']);

/** What the attributions of one sentence report, to find the cues that are part of another's report. */
interface SentenceReports {
  /** Every report's content. */
  contents: Containment;
  /** The contents that are all the rest of the sentence (WHOLE_SENTENCE_KINDS). */
  wholeSentence: Containment;
  /** The first clause of what a verb of saying reports: "Pyongyang wants" of "KCNA said Pyongyang wants …, but". */
  saidClauses: Containment;
}

/** By sentence, what its attributions report (a credit's or byline's story does not count). */
function reportsBySentence(text: string, attributions: readonly FoundAttribution[]): Map<number, SentenceReports> {
  const spans = new Map<number, { contents: Span[]; wholeSentence: Span[]; saidClauses: Span[] }>();
  for (const { sentence, kind, cue, content } of attributions) {
    if (!cue || kind === 'credit' || kind === 'byline') continue;
    const own = spans.get(sentence) ?? { contents: [], wholeSentence: [], saidClauses: [] };
    spans.set(sentence, own);
    own.contents.push(content);
    if (WHOLE_SENTENCE_KINDS.has(kind)) own.wholeSentence.push(content);
    // What the verb reports starts after it: a content that covers its own speaker ("“…” Reid said both …") would
    // otherwise hold its own source in its first clause.
    const reportStart = Math.max(content.start, cue.end);
    if (kind === 'said-that' && isSpeechCue(cue) && reportStart < content.end) {
      const clauseEnd = CLAUSE_BREAK.exec(text.slice(reportStart, content.end));
      own.saidClauses.push({ start: reportStart, end: clauseEnd ? reportStart + clauseEnd.index : content.end });
    }
  }
  const reports = new Map<number, SentenceReports>();
  const containing = (spans: Span[]) => (spans.length > 0 ? new Containment(spans) : NOTHING_CONTAINED);
  for (const [sentence, own] of spans) {
    reports.set(sentence, {
      contents: containing(own.contents),
      wholeSentence: containing(own.wholeSentence),
      saidClauses: containing(own.saidClauses),
    });
  }
  return reports;
}

const NOTHING_CONTAINED = new Containment([]);

/** What ends a clause of a content: "Pyongyang wants talks, but Seoul …". */
const CLAUSE_BREAK = /[,;:—–]/;

/**
 * "Kim said the launch was a success, according to a KCNA report", "Seoul warned that Pyongyang wants …" and "KCNA
 * said Pyongyang wants …": that Kim said it, or what Pyongyang wants, is what the report tells, so the claim to check
 * is the report's. Annotated news never nests an attribution inside another's content. Held out, of the sources such
 * cues had, 22 of 140 inside an "according to" or a headline's "X:" were annotated, 25 of 198 after "that", "if",
 * "whether" or "because", and 71 of 285 in the first clause of what a verb of saying reports.
 */
function isPartOfReport(
  tokens: Token[],
  attribution: FoundAttribution,
  reports: Map<number, SentenceReports>,
): boolean {
  const { cue, source, content } = attribution;
  const around = reports.get(attribution.sentence);
  if (!cue || !around || WHOLE_SENTENCE_KINDS.has(attribution.kind)) return false;
  const lead = Math.min(cue.start, source?.start ?? cue.start);
  if (
    around.wholeSentence.contains(cue, content) ||
    around.saidClauses.contains({ start: lead, end: lead + 1 }, content)
  ) {
    return true;
  }
  const at = tokenIndexAt(tokens, lead);
  const before = tokens[at - 1];
  // "moves that he said improved the economy": after a noun, and with a verb but no subject after the cue, "that"
  // opens a relative clause whose verb of saying is a claim of its own, not a clause of the report around it.
  const afterCue = tokens[tokenIndexAt(tokens, cue.end)];
  const relative =
    before?.lower === 'that' &&
    NOUN_TAGS.has(tokens[at - 2]?.pos ?? '') &&
    (afterCue?.pos === 'VERB' || afterCue?.pos === 'AUX');
  return before !== undefined && SUBORDINATORS.has(before.lower) && !relative && around.contents.contains(cue, content);
}

const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * A source that names nobody who speaks: a lone article ("An" of "An earlier report …", where the tagger of parts of
 * speech read "report" as a verb), or a noun before its cue that is the object of a preposition ("a rally in Seoul
 * calling for …"). The tagger's own sources are checked so when they are read (see cannotSpeak); this catches every
 * path, rules and settled edges included. Held out, 5 of the 132 prepositional objects it drops were annotated.
 */
function namesNobody(tokens: Token[], { source, cue }: FoundAttribution): boolean {
  if (!source || !cue) return false;
  return LONE_ARTICLE.test(source.text) || (source.end <= cue.start && objectOfPreposition(tokens, source));
}

const LONE_ARTICLE = /^(a|an|the)$/i;

/**
 * "who asked not to be named", "speaking on condition of anonymity": the terms on which a source spoke, which say why
 * it goes unnamed, not a claim to check.
 */
function isAnonymityTerms(text: string, { cue, content }: FoundAttribution): boolean {
  return cue !== null && ANONYMITY_TERMS.test(text.slice(cue.start, Math.min(content.end, cue.end + 60)));
}

const ANONYMITY_TERMS =
  /^(asked|asking|requested|requesting|declined|declining)\s+(not\s+to\s+be\s+(named|identified)|anonymity|to\s+be\s+identified)|^(spoke|speaking|talked|talking)\s+on\s+(the\s+)?condition\s+of\s+anonymity/i;

/**
 * "Putin, who did not comment on the talks, thanked Choe …": what a relative clause's subject says ends with the
 * clause, at the comma after which the sentence's own verb goes on.
 */
function withinRelativeClause(
  { text, tokens, quotes }: AttributionInput,
  { source, cue, content }: FoundAttribution,
): Span {
  if (!source || !cue || content.start < cue.end || !/^(who|which)$/i.test(source.text)) return content;
  if (!/,\s*$/.test(text.slice(Math.max(0, source.start - 3), source.start))) return content;
  // A clause said ("that the two men, and Mr. Cruz in particular, must …") holds commas of its own.
  if (/^(that\b|["“'])/i.test(text.slice(content.start, content.start + 5))) return content;
  const comma = commaBefore(quotes, tokens, content.start, content.end, (i) => {
    const next = tokens[i + 1];
    const verb = next?.pos === 'ADV' ? tokens[i + 2] : next;
    return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !isGerund(verb);
  });
  return comma ? { start: content.start, end: trimmedEnd(text, content.start, comma.start) } : content;
}

/**
 * "Asked whether Moscow had helped, Peskov said …", "When asked about it, she said: …": the question a sentence opens
 * with ends at the comma before the answer's clause. Over the 840 articles, 46 of 64 such contents now end where the
 * annotators' do, against 8 when they ran on into the answer.
 */
function questionBeforeAnswer(
  { text, tokens, sentences, quotes }: AttributionInput,
  attribution: FoundAttribution,
): Span {
  const { cue, content } = attribution;
  const sentence = sentences[attribution.sentence];
  if (!cue || !sentence || content.start < cue.end || !/^(asked|pressed|questioned)\b/i.test(cue.text)) return content;
  if (!/^((when|if)\s+)?$/i.test(text.slice(sentence.start, cue.start))) return content;
  const comma = commaBefore(quotes, tokens, cue.end, content.end, (i) => {
    for (let j = i + 1; j < Math.min(tokens.length, i + ANSWER_VERB_REACH); j++) {
      const word = tokens[j] as Token;
      if (word.start >= content.end || word.text === ',') return false;
      if (word.pos === 'VERB' || word.pos === 'AUX') return true;
    }
    return false;
  });
  return comma ? { start: content.start, end: trimmedEnd(text, content.start, comma.start) } : content;
}

/** The first comma outside quotes in [from, to) after which `clauseFollows(its index)` holds, or null. */
function commaBefore(
  quotes: Span[],
  tokens: Token[],
  from: number,
  to: number,
  clauseFollows: (comma: number) => boolean,
): Token | null {
  for (let i = tokenIndexAt(tokens, from); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.start >= to) break;
    if (token.text === ',' && !quoteAt(quotes, token.start) && clauseFollows(i)) return token;
  }
  return null;
}

/** How far after the comma the answer's verb may stand: "Kremlin spokesman Dmitry Peskov told". */
const ANSWER_VERB_REACH = 8;

/**
 * "The talks involved …, the sources said, speaking on condition of anonymity because …": what the sources said ends
 * before them; the terms they spoke on follow it.
 */
function beforeAnonymityTerms(text: string, { source, cue, content }: FoundAttribution): Span {
  if (!cue || !source || content.start >= source.start || content.end <= cue.end) return content;
  // A quote after the terms goes on with what was said ("“…,” an official said, speaking on condition of anonymity.
  // “…”"): the content covers both.
  if (/["“]|''/.test(text.slice(cue.end, content.end))) return content;
  const after = /^\s*,\s*/.exec(text.slice(cue.end, cue.end + 4));
  if (!after || !ANONYMITY_TERMS.test(text.slice(cue.end + after[0].length, cue.end + 80))) return content;
  return { start: content.start, end: trimmedEnd(text, content.start, source.start) };
}

/**
 * "The Journal, citing internal documents, reported …" and "Bloomberg reported, citing people familiar with it, that
 * …": a participle set off by commas is an aside. What it reports ends at the comma that closes it, where the
 * sentence's own verb of saying or its "that" follows; what the verb before it reports starts after that comma.
 */
function closedAside(input: AttributionInput, content: Span, { cue }: FoundAttribution): Span {
  const { text, tokens } = input;
  if (!cue || content.start < cue.end) return content;
  const first = tokenIndexAt(tokens, cue.start);
  const start = tokenIndexAt(tokens, content.start);
  if (isGerund(tokens[first] as Token) && tokens[first - 1]?.text === ',') {
    const close = asideClose(input, start, content.end);
    return close ? { start: content.start, end: trimmedEnd(text, content.start, close.start) } : content;
  }
  // The content of "reported" in "Bloomberg reported, citing …, that …" opens with the aside.
  if (isGerund(tokens[start] as Token) && tokens[start - 1]?.text === ',') {
    const close = asideClose(input, start, content.end);
    const after = close && tokens[tokenIndexAt(tokens, close.end)];
    if (after?.lower === 'that') return { start: after.start, end: content.end };
  }
  return content;
}

/**
 * The comma that closes an aside opened before token `from`: the first one outside quotes with a verb of saying or
 * "that" after it.
 */
function asideClose({ tokens, quotes }: AttributionInput, from: number, end: number): Token | null {
  for (let i = from; i < tokens.length && (tokens[i] as Token).end <= end; i++) {
    const comma = tokens[i] as Token;
    if (comma.text !== ',' || quoteAt(quotes, comma.start)) continue;
    const next = tokens[i + 1];
    if (next?.lower === 'that' || (next && next.pos === 'VERB' && !isGerund(next) && isSpeechCue(next))) return comma;
  }
  return null;
}

/** "lashed out at | at Khan …": a content that starts inside its own cue starts after it, as annotators mark it. */
function afterOwnCue(text: string, { cue, content }: FoundAttribution): Span {
  if (!cue || content.end <= cue.end) return content;
  const insideCue = content.start > cue.start && content.start < cue.end;
  if (!insideCue && !(content.start < cue.start && isParticipleAfterComma(text, cue))) return content;
  let start = cue.end;
  while (start < content.end && /\s/.test(text[start] as string)) start++;
  return { start, end: content.end };
}

/**
 * ", warning it will respond", ",” adding that …": a participle set off by a comma reports what follows it, never the
 * words before (PolNeAR: 690 of 694 such cues, "according to" aside).
 */
function isParticipleAfterComma(text: string, cue: TextSpan): boolean {
  return (
    /^\p{L}+ing\b/u.test(cue.text) &&
    !/^according/i.test(cue.text) &&
    /,["”']?\s+$/.test(text.slice(Math.max(0, cue.start - 4), cue.start))
  );
}

/**
 * "“…,” said Lee Sung-joon, a spokesman for the Joint Chiefs of Staff, adding that …": a participle right after an
 * inverted speaker reports for that speaker, whom the tagger can miss behind the quote (it read the appositive, or
 * nobody).
 */
function shareInvertedSpeaker(text: string, attributions: FoundAttribution[]): void {
  attributions.forEach((participle, i) => {
    const { cue } = participle;
    if (!cue || !isParticipleAfterComma(text, cue)) return;
    // Attributions come by sentence: the speaker is among the others of its own.
    let first = i;
    while (first > 0 && attributions[first - 1]?.sentence === participle.sentence) first--;
    let end = i + 1;
    while (end < attributions.length && attributions[end]?.sentence === participle.sentence) end++;
    const speaker = attributions
      .slice(first, end)
      .find(
        ({ source, cue: said }) =>
          source &&
          said &&
          said.end <= source.start &&
          source.end <= cue.start &&
          /^[\s,]*$/.test(text.slice(source.end, cue.start)),
      )?.source;
    if (!speaker) return;
    participle.source = speaker;
    if (participle.kind === 'sourceless') participle.kind = 'said-that';
  });
}

/** "Clinton maintains a commanding lead": a verb that reports only a clause, with an object instead (see lexicon). */
function isObjectOfClauseVerb({ tokens }: AttributionInput, { cue }: FoundAttribution): boolean {
  if (!cue || !CLAUSE_ONLY_FORMS.has(cue.text.toLowerCase())) return false;
  const next = tokens[tokenIndexAt(tokens, cue.end)];
  if (!next || next.start < cue.end) return false;
  return !CLAUSE_OPENERS.has(next.lower) && !OPENING_QUOTES.has(next.text) && next.pos !== 'PROPN';
}

/** "you know", "I mean", "you see": words a speaker fills a sentence with (PolNeAR: 2 of 86 "you know" annotated). */
const FILLERS = new Set(['you know', 'i mean', 'you see', 'mind you']);

function isFiller({ source, cue }: FoundAttribution): boolean {
  return source !== null && cue !== null && FILLERS.has(`${source.text} ${cue.text}`.toLowerCase());
}

/**
 * "The agency reported a launch, KCNA said.": a forward content stops before the comma that leads to a later
 * attribution's source in the same sentence. "The Kremlin has not denied the deployment, but Peskov said …": it stops
 * before a "but" that opens a later speaker's clause, too.
 */
function clipAtLaterSources(text: string, found: FoundAttribution[]): FoundAttribution[] {
  found.forEach((attribution, i) => {
    if (attribution.kind !== 'said-that') return;
    // The next few attributions are enough: a sentence rarely holds more, and a long run must stay linear.
    for (const later of found.slice(i + 1, i + 1 + CLIP_LOOKAHEAD)) {
      const source = later.source;
      const contrast = source && later.kind === 'said-that' && contrastBefore(text, attribution.content, source);
      if (contrast) {
        attribution.content.end = Math.min(attribution.content.end, contrast);
        return;
      }
      if (later.kind !== 'inverted' || !source) continue;
      if (source.start > attribution.content.start && source.start < attribution.content.end) {
        if (later.content.end > attribution.content.start) {
          attribution.content.end = Math.min(attribution.content.end, later.content.end);
        }
        return;
      }
    }
  });
  return found;
}

const CLIP_LOOKAHEAD = 4;

/** ", but", " — but": a contrast joining two clauses, before the second one's speaker. */
const CONTRAST_BEFORE = /[\s,;:—–-]*\bbut\s+$/;

/**
 * Where `content` ends if a contrasting "but" joins it to the clause `source` opens (PolNeAR: the first speaker's content
 * stops there), or 0.
 */
function contrastBefore(text: string, content: Span, source: Span): number {
  if (source.start <= content.start || source.start >= content.end) return 0;
  const before = text.slice(Math.max(content.start, source.start - 16), source.start);
  const joint = CONTRAST_BEFORE.exec(before);
  return joint ? source.start - before.length + joint.index : 0;
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
  // The caption is what comes before its credit: "— Reuters", "(AP Photo/…)", "(Photo: Reuters)".
  const captionEnd =
    sentence.start +
    text.slice(sentence.start, Math.min(credit.start, credit.dash.start)).replace(/[\s([]+$/, '').length;
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

function findInSentence(input: AttributionInput, sentence: RoledSentence, index: number): FoundAttribution[] {
  const { tokens, text } = input;
  const credit = sentence.credit;
  // The words of a credit are not part of the sentence's claims: skip a closing "— AP" or an opening dateline.
  const [from, to]: [number, number] = sentence.dateline
    ? [tokenIndexAt(tokens, sentence.dateline.end), sentence.tokens[1]]
    : credit && !credit.leading
      ? [sentence.tokens[0], tokenIndexAt(tokens, credit.dash.start)]
      : sentence.tokens;
  const found: FoundAttribution[] = [];
  // Content of an inverted attribution starts after the previous attribution in the sentence.
  let clauseStart = from;
  const headline = sentence.role === 'headline';
  const colon =
    colonAttribution(input, from, to, index, headline) ??
    (headline ? trailingColonSource(input, from, to, index) : null);
  if (colon) {
    found.push(colon);
    clauseStart = to;
  }
  found.push(...sourcelessAttributions(input, from, to, index));

  for (const cue of findCues(input, from, to)) {
    const cueSpan = textSpan(text, (tokens[cue.first] as Token).start, (tokens[cue.last - 1] as Token).end);
    if (cue.strength === 'according') {
      const head = collectRight(tokens, cue.last, to);
      if (!head) continue;
      const before = indexBefore(cue.first, from);
      // "…“the most reliable deterrent,” according to KCNA": the comma may stand inside the closing quote.
      const closingQuote =
        before !== null && CLOSING_QUOTES.has(tokens[before]?.text ?? '') && tokens[before - 1]?.text === ',';
      const comma = closingQuote ? (before as number) - 1 : before;
      // "…, Kim said, according to Yonhap": right after an inverted reading, the report still holds all before it.
      const afterInverted = comma === clauseStart && found.at(-1)?.kind === 'inverted';
      const contentBefore = comma !== null && tokens[comma]?.text === ',' && (comma > clauseStart || afterInverted);
      // "…, according to Brian Wieser, an analyst at Pivotal Research Group.": an appositive that ends the sentence
      // describes the source; it is no claim running on after it (PolNeAR: 11 of 13 such sources keep it).
      const described = withAppositive(tokens, head, to);
      const source =
        contentBefore && endsSentence(tokens, described[1], to) && !hasOwnClause(tokens, head[1], described[1])
          ? described
          : head;
      // "Over the long term, according to the office, the deficit rises": the claim runs on both sides, and is the
      // whole sentence, as the scheme covers it. At the end ("…, O’Malley said, according to the Sun") it is all
      // that comes before, attributions included: the Sun reports what O’Malley said.
      const runsOn = tokens[source[1]]?.text === ',' && trimContent(input, source[1] + 1, to) !== null;
      const content = !contentBefore
        ? trimContent(input, skipPunctuation(tokens, source[1], to), to)
        : runsOn
          ? trimContent(input, clauseStart, to)
          : trimContent(input, from, closingQuote ? (before as number) + 1 : comma);
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

    // "Blumenthal was asked", "when asked about …": the one before a passive verb is spoken to, not speaking.
    if (isPassiveOrBare(tokens, cue.first, from)) continue;
    const left = speakerSetOffAfter(tokens, cue, from, to) ? null : collectLeft(tokens, cue.first, from);
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
          endsOnSetting(tokens, cue, afterCue, to));
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
      if (endsHere && separated && !openerBeforeAside(tokens, clauseStart, beforeSource as number, afterCue, to)) {
        const content = invertedContent(input, clauseStart, beforeSource as number, afterCue, to);
        if (!content) continue;
        found.push({ sentence: index, kind: 'inverted', source: tokenSpan(text, tokens, left), cue: cueSpan, content });
        clauseStart = afterCue;
        continue;
      }
      const start = contentStart(tokens, cue, to);
      if (start === null) {
        // "The ministry said in a statement:" and the quote below it.
        const quote = announcedQuote(input, to);
        if (quote) {
          found.push({
            sentence: index,
            kind: 'said-that',
            source: tokenSpan(text, tokens, left),
            cue: cueSpan,
            content: quote,
          });
        }
        continue;
      }
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

    // "…, said X." with the speaker after the verb; not "…, citing X", whose X is what is cited.
    const beforeCue = indexBefore(cue.first, from);
    if (
      beforeCue !== null &&
      isClauseBreak(tokens[beforeCue] as Token) &&
      beforeCue > clauseStart &&
      !isTell(cue, tokens) &&
      !isGerund(tokens[cue.first] as Token)
    ) {
      const speaker = collectRight(tokens, cue.last, to);
      // "…, said that …" or "…, said he …" is a verb with its own clause, not a speaker after the verb.
      if (!speaker || !opensNounPhrase(tokens[cue.last] as Token) || hasOwnVerb(tokens, speaker)) continue;
      const source = withAppositive(tokens, speaker, to);
      const content = invertedContent(input, clauseStart, beforeCue, source[1], to);
      if (!content) continue;
      found.push({ sentence: index, kind: 'inverted', source: tokenSpan(text, tokens, source), cue: cueSpan, content });
      clauseStart = source[1];
    }
  }
  // "Clinton leads by 9 points in a new CNN poll": a poll speaks where nobody else in the sentence does. A sentence
  // that opens with it ("In a CNN poll released Monday, 31% of Republicans said …") is all the poll's (PolNeAR: 5 of
  // 6 such sentences give the poll as the source, and none the respondents as well).
  const evidence = evidenceAttribution(input, from, to, index, found.length === 0);
  if (evidence) found.push(evidence);
  return found;
}

/**
 * "Earlier this week, Yonhap reported, citing a military source, that …": the words before the speaker only set the
 * scene, and an aside follows the cue's comma, so what the speaker said comes after it.
 */
function openerBeforeAside(tokens: Token[], from: number, beforeSource: number, afterCue: number, to: number): boolean {
  const aside = tokens[afterCue + 1];
  if (tokens[afterCue]?.text !== ',' || !aside || afterCue + 1 >= to || !isGerund(aside)) return false;
  return isSceneSetter(tokens, from, beforeSource);
}

/**
 * Where a poll's noun phrase ends after its head: with what it is of or from ("of New Hampshire polls", "from
 * Quinnipiac") and a participle saying when or by whom ("released Sunday", "conducted by ABC News"), not the margin
 * ("by 9 points") nor a clause ("but suffers …").
 */
function evidenceEnd(tokens: Token[], head: number, to: number): number {
  let end = head + 1;
  for (let j = head + 1; j < to; j++) {
    const token = tokens[j] as Token;
    const extends_ =
      EVIDENCE_LINKS.has(token.lower) ||
      (token.pos === 'VERB' && token.lower.endsWith('ed') && j === end) ||
      (token.lower === 'and' && tokens[j + 1]?.pos === 'PROPN') ||
      (isNounPhraseAt(tokens, j) && token.lower !== 'by' && token.pos !== 'CCONJ') ||
      // "conducted by the New York Times and ABC News": who made it, not the margin ("by 9 points").
      (token.lower === 'by' && tokens[j - 1]?.pos === 'VERB' && tokens[j + 1]?.pos !== 'NUM');
    if (!extends_) break;
    if (token.pos !== 'ADP' && token.pos !== 'CCONJ' && !EVIDENCE_LINKS.has(token.lower)) end = j + 1;
  }
  return end;
}

const EVIDENCE_LINKS = new Set(['of', 'from', 'in', 'among', 'for']);

/**
 * What a figure is found "in": a poll, a survey, an average of them. One named poll, not "leads in the polls", a way of
 * speaking that annotators rarely mark (folds 2 and 4 held out: 2 in 5 such plural readings were right).
 */
const EVIDENCE_HEADS = new Set(['poll', 'survey', 'average']);

/** How far after "in" the head of the evidence may stand: "in a Washington Post-ABC News poll". */
const EVIDENCE_REACH = 8;

/**
 * "Trump leads by nine points in a new CNN poll", "In a CNN poll released Sunday, 38 percent …": the poll is the
 * source, "in" the cue and the clause the content (before the poll, or after it when the sentence opens with it).
 */
function evidenceAttribution(
  input: AttributionInput,
  from: number,
  to: number,
  index: number,
  alone: boolean,
): FoundAttribution | null {
  const { tokens, text } = input;
  for (let i = from; i < (alone ? to : from + 1); i++) {
    if ((tokens[i] as Token).lower !== 'in') continue;
    let head = -1;
    for (let j = i + 1; j < Math.min(to, i + 1 + EVIDENCE_REACH); j++) {
      const token = tokens[j] as Token;
      // The head ends its compound: "a poll position" is no poll.
      if (EVIDENCE_HEADS.has(token.lower) && !isNominal(tokens[j + 1])) head = j;
      const joined = token.text === '/' && token.start === tokens[j - 1]?.end; // "CNN/ORC"
      if (token.text === ',' || (!joined && !isNounPhraseAt(tokens, j))) break;
    }
    if (head < 0) continue;
    const end = evidenceEnd(tokens, head, to);
    const opening = i === from;
    const content = opening ? trimContent(input, skipPunctuation(tokens, end, to), to) : trimContent(input, from, i);
    if (!content) continue;
    return {
      sentence: index,
      kind: 'according-to',
      source: tokenSpan(text, tokens, [i + 1, end]),
      cue: textSpan(text, (tokens[i] as Token).start, (tokens[i] as Token).end),
      content,
    };
  }
  return null;
}

/**
 * Whether only where and when follow a cue ("said this week at an event in Wyoming.", "said on the same call."): the
 * setting may open anywhere from the cue's end to past its time words, which skipCompanions reads generously ("at an").
 */
function endsOnSetting(tokens: Token[], cue: Cue, afterCue: number, to: number): boolean {
  const tell = isTell(cue, tokens);
  for (let i = cue.last; i <= Math.min(afterCue, to - 1); i++) if (isTrailingModifier(tokens, i, to, tell)) return true;
  return false;
}

/** A cue after "was", "been", "get" (a passive) or after "when", "if" with no subject of its own. */
function isPassiveOrBare(tokens: Token[], cue: number, from: number): boolean {
  let i = cue - 1;
  while (i >= from && (tokens[i] as Token).pos === 'ADV') i--;
  const before = tokens[i];
  if (!before || i < from) return false;
  const participle = PARTICIPLE.test((tokens[cue] as Token).lower);
  return (participle && PASSIVE_AUXILIARIES.has(before.lower)) || BARE_OPENERS.has(before.lower);
}

const PASSIVE_AUXILIARIES = new Set([
  'was',
  'were',
  'been',
  'being',
  'be',
  'is',
  'are',
  'get',
  'got',
  'gets',
  'getting',
]);
const BARE_OPENERS = new Set(['when', 'if', 'unless', 'once', 'whenever']);

/**
 * Labels that end in a colon but name no speaker: "The Latest:", "Editor’s Note:", "Update:", and a headline's
 * "Look:", "Exclusive:" or "BUSTED:". Not every shouted word: transcripts name their speakers so ("BENENSON:").
 */
const COLON_LABELS =
  /^(the latest|latest|editor[’']s note|note|update|updated|breaking|watch|look|wow|boom|bombshell|exclusive|video|photos?|related|read more|live|analysis|opinion|correction|clarification|busted|revealed|byline|hey)\b/i;

/** Longest name before a colon that can be a speaker: "Former secretary of state Hillary Rodham Clinton: …". */
const COLON_SPEAKER_MAX = 8;
/** A title-case headline's colon follows a topic as often as a speaker: "Obama To Asians Worried About U.S. Election:". */
const COLON_SPEAKER_MAX_HEADLINE = 6;

/** How far into a sentence a dash may set off a heading before a colon speaker: "RED STATES LEAD - Jones: “…”". */
const HEADING_MAX = 16;

const DASHES = new Set(['-', '--', '—', '–']);

/** Words after a headline's closing colon that say who reports it: "…: report", "…: officials", "…: state media". */
const TRAILING_SOURCE_HEADS = new Set([
  ...['report', 'reports', 'official', 'officials', 'source', 'sources', 'media', 'ministry', 'military'],
  ...['lawmaker', 'lawmakers', 'analysts', 'experts', 'poll', 'survey', 'study', 'data', 'agency', 'envoy'],
]);
const QUOTE_MARKS = /["“”‘’']/;
/** How many words may name the source after a headline's closing colon ("…: NIS", "…: S. Korean military"). */
const TRAILING_SOURCE_MAX = 4;

/**
 * "N. Korea sent 3,000 more troops to Russia: NIS", "Kim to visit Moscow: report": an Asian wire's headline names who
 * reports it after a closing colon. The source is a few words with no verb, a name or a word for a reporter.
 */
function trailingColonSource(
  input: AttributionInput,
  from: number,
  to: number,
  index: number,
): FoundAttribution | null {
  const { tokens, text } = input;
  let end = to;
  while (end > from && (tokens[end - 1] as Token).pos === 'PUNCT' && tokens[end - 1]?.text !== ':') end--;
  let colon = end - 1;
  while (colon > from && tokens[colon]?.text !== ':' && end - colon <= TRAILING_SOURCE_MAX) colon--;
  if (tokens[colon]?.text !== ':' || colon - from < 3 || colon + 1 >= end) return null;
  const words = tokens.slice(colon + 1, end);
  const names = words.every((token) => /^\p{Lu}/u.test(token.text) || !/\p{L}/u.test(token.text));
  const reporter = TRAILING_SOURCE_HEADS.has((words.at(-1) as Token).lower);
  // A quote after the colon is what someone said ("…: ‘Very Good Reporter’"), not who.
  const said = words.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || QUOTE_MARKS.test(token.text));
  if (said || !(names || reporter)) return null;
  const cue = tokens[colon] as Token;
  return {
    sentence: index,
    kind: 'according-to',
    source: tokenSpan(text, tokens, [colon + 1, end]),
    cue: textSpan(text, cue.start, cue.end),
    content: tokenSpan(text, tokens, [from, colon]),
  };
}

/**
 * "Graham: Trump's rhetoric is destroying the party": a headline-style speaker, a colon, then what they said; the
 * speaker may follow a heading and a dash, as roundups write it ("RED STATES LEAD - Jeffrey M. Jones: “…”").
 */
function colonAttribution(
  input: AttributionInput,
  sentenceFrom: number,
  to: number,
  index: number,
  headline: boolean,
): FoundAttribution | null {
  const { tokens, text } = input;
  let from = sentenceFrom;
  for (let i = sentenceFrom; i < Math.min(to, sentenceFrom + HEADING_MAX); i++) {
    const token = tokens[i] as Token;
    if (token.text === ':') break;
    if (DASHES.has(token.text) && token.start > (tokens[i - 1]?.end ?? -1)) from = i + 1;
  }
  if (from >= to) return null;
  const limit = Math.min(to - 1, from + (headline ? COLON_SPEAKER_MAX_HEADLINE : COLON_SPEAKER_MAX));
  let colon = from;
  while (colon < limit && isColonSpeakerWord(tokens, colon, headline)) colon++;
  if (colon === from || tokens[colon]?.text !== ':' || !/^\p{Lu}/u.test((tokens[from] as Token).text)) return null;
  const source = trimSource(tokens, from, colon);
  const content = source && colon + 1 < to ? forwardContent(input, colon + 1, to) : null;
  if (
    !source ||
    !content ||
    !namesSpeaker(tokens, source) ||
    COLON_LABELS.test(text.slice((tokens[from] as Token).start, (tokens[colon] as Token).start))
  ) {
    return null;
  }
  // What follows must be said, not counted: a quote, or words with a verb ("Clinton: 547" is a tally). A headline
  // may say it without one ("Lynch: No outside influence on FBI probe").
  const said = tokens.slice(colon + 1, to);
  const words = headline
    ? said.filter((token) => /\p{L}{2}/u.test(token.text)).length >= 3
    : said.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (!OPENING_QUOTES.has(said[0]?.text ?? '') && !words) return null;
  const cue = tokens[colon] as Token;
  return {
    sentence: index,
    kind: 'quote',
    source: tokenSpan(text, tokens, source),
    cue: textSpan(text, cue.start, cue.end),
    content,
  };
}

/**
 * Whether a colon's lead names who speaks: a name or a speaker's title at its end ("Jeffrey M. Jones", "Republican
 * pollster Daron Shaw", "the spokesman"), not an interview's "Q" and "A" nor a label ("One notable trend").
 */
function namesSpeaker(tokens: Token[], [first, end]: [number, number]): boolean {
  const head = tokens[end - 1] as Token;
  if (end - first === 1 && head.text.replace(/\.$/, '').length <= 1) return false;
  // "Cheong Seong-chang": the last word starts where its hyphenated parts do.
  const word = tokens[wordStart(tokens, end - 1, first)] as Token;
  return head.pos === 'PROPN' || /^\p{Lu}/u.test(word.text) || SPEAKER_HEADS.has(head.lower);
}

/**
 * "…, said the golf industry had made great strides": a noun phrase with a verb of its own after "said" is what is
 * said, not who says it. A relative clause is part of the speaker ("said a spokesman who has …"), and a participle
 * may be ("said people briefed on the talks"), so only an auxiliary or a present-tense verb counts.
 */
function hasOwnVerb(tokens: Token[], speaker: [number, number]): boolean {
  return verbOutsideRelative(tokens, speaker, (token) => token.pos === 'AUX' || isPresentTense(token));
}

function isPresentTense(token: Token): boolean {
  return token.pos === 'VERB' && /[^s]s$/.test(token.lower);
}

/**
 * Whether tokens [from, to) hold a verb of their own, outside a relative clause: "Trump, the media would call him …"
 * is a clause, "Bill McInturff, a Republican pollster who conducted the poll" a description.
 */
function hasOwnClause(tokens: Token[], from: number, to: number): boolean {
  return verbOutsideRelative(tokens, [from, to], (token) => token.pos === 'VERB' || token.pos === 'AUX');
}

/** Whether a token `isVerb` accepts stands in [first, end) before any relative word. */
function verbOutsideRelative(tokens: Token[], [first, end]: [number, number], isVerb: (token: Token) => boolean) {
  for (let i = first; i < end; i++) {
    const token = tokens[i] as Token;
    if (RELATIVE_WORDS.has(token.lower)) return false;
    if (isVerb(token)) return true;
  }
  return false;
}

/** Whether only closing punctuation stands between token `i` and the sentence end `to`. */
function endsSentence(tokens: Token[], i: number, to: number): boolean {
  for (let j = i; j < to; j++) if (!SENTENCE_CLOSERS.has((tokens[j] as Token).text)) return false;
  return true;
}

const SENTENCE_CLOSERS = new Set(['.', '!', '?', '”', '"', "''", ')']);

/** A word of a speaker's name before a colon: "Jeffrey M. Jones:", "Mark Blumenthal and Jon Cohen:". */
function isColonSpeakerWord(tokens: Token[], i: number, headline: boolean): boolean {
  const token = tokens[i] as Token;
  if (token.lower === 'and') return /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
  // "Alex Seitz-Wald:", "Rep. Trey Gowdy (R-S.C.):", "Former secretary of state Hillary Rodham Clinton:".
  if (token.text === '-') return tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end;
  if (token.text === '(' || token.text === ')') return true;
  if (token.lower === 'of') return tokens[i + 1] !== undefined && isNounPhraseWord(tokens[i + 1] as Token);
  // In a headline a capital counts whatever its tag: wink reads a lone name there as a verb ("Lynch: …").
  return isNounPhraseWord(token) || token.text === '.' || (headline && /^\p{Lu}/u.test(token.text));
}

/**
 * "The contrast with Trump, said Doyle and others, would be clear": a verb between commas with a speaker after it,
 * set off by a comma of its own, is an inverted "said X" inside the sentence, not the verb of the words before it.
 */
function speakerSetOffAfter(tokens: Token[], cue: Cue, from: number, to: number): boolean {
  if (tokens[cue.first - 1]?.text !== ',' || cue.first - 1 <= from || isTell(cue, tokens)) return false;
  const speaker = collectRight(tokens, cue.last, to);
  if (speaker === null || tokens[speaker[1]]?.text !== ',' || !opensNounPhrase(tokens[cue.last] as Token)) return false;
  // "…, speaking on condition of anonymity, said Gates described …, 2012": a clause, not a speaker.
  return !tokens.slice(speaker[0], speaker[1]).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
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
    const according = token.lower === 'according' && tokens[i + 1]?.lower === 'to';
    if ((!according && !CUE_FORMS.has(token.lower)) || quoteAt(quotes, token.start)) continue;
    if (according) {
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
  // "has support from", "had backing": after "have" only a participle is a verb.
  const afterHave = before && /^(has|have|had|having)$/.test(before.lower) && !PARTICIPLE.test(token.lower);
  return !afterHave && !(before && before.pos === 'DET' && before.lower !== 'that');
}

/** Endings of past participles, regular and irregular: "supported", "said", "told", "thought", "written". */
const PARTICIPLE = /(ed|en|id|ld|lt|nd|rd|wn|ght)$/;

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

/**
 * Sentences (and paragraphs) that are nothing but a quote carry on the quote of the speaker before them, and so does
 * the quote that answers a sentence ending on a colon ("Cruz called them on it:¶“The questions …”"). The speaker is
 * the sentence's last one with a quote, not its last one: "“…,” Ms. Hughes said, pointing to where the store used to
 * be. “…”" carries on what she said.
 */
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
      handQuoteToSpeaker(text, sentence, own);
      const announces = text.slice(sentence.start, sentence.end).trimEnd().endsWith(':');
      carrier = announces
        ? (own.at(-1) as FoundAttribution)
        : (own.findLast((attribution) => isQuoteContent(text, attribution.content)) ?? null);
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

/**
 * "did not respond", "has never publicly endorsed", "doesn't want": a cue the verb of which is denied takes the denial
 * with it, or "The ministry has not confirmed the report" would read "confirmed" (annotators: 263 of 267 denied cues).
 */
function withNegation(text: string, { cue, source }: FoundAttribution, sentence: Span | undefined): TextSpan | null {
  if (!cue || !sentence) return cue;
  const negation = NEGATION_BEFORE.exec(text.slice(Math.max(sentence.start, cue.start - 40), cue.start));
  if (!negation) return cue;
  const start = cue.start - negation[0].length;
  if (source && source.end > start && source.start < cue.start) return cue;
  return textSpan(text, start, cue.end);
}

const NEGATION_BEFORE =
  /\b(?:(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can|should|may|might|must)(?:\s+(?:also|still|yet))?\s+(?:not|never)|\w+n[’']t|[’']s\s+not|never)(?:\s+(?:directly|publicly|immediately|yet))?\s+$/i;

/**
 * Grows the spans of a reading where they cut a hyphenated word (see wholeWords); its source and cue stay inside
 * their sentence. A credit's dash is no hyphen ("… C.I.O.-AP").
 */
function keepWordsWhole(text: string, attribution: FoundAttribution, sentence: Span | undefined): void {
  const { kind, source, cue, content } = attribution;
  if (kind === 'credit' || kind === 'byline' || !sentence) return;
  attribution.content = wholeWords(text, content);
  const whole = (span: TextSpan | null): TextSpan | null => {
    const grown = span && wholeWords(text, span);
    return grown && grown !== span && inside(grown, sentence) ? textSpan(text, grown.start, grown.end) : span;
  };
  attribution.source = whole(source);
  attribution.cue = whole(cue);
}

/**
 * "Analysts said the deal brings in cash. “It is about money,” said Cha.": a content that runs on past its own
 * sentence stops before a later sentence that holds another reading whole, cue and start of content (the same
 * speaker's too: "“…,” Yang said"). Annotators never give one stretch of text to two readings; over the 840 articles
 * this moves 206 contents, 186 of them to end nearer the annotated end and 2 further from it. A reading whose content
 * starts a sentence or more before its cue is left alone: there the earlier speaker often goes on ("“…,” Sexton said.
 * “…” … he said").
 */
function stopBeforeLaterReports({ text, sentences, quotes }: AttributionInput, attributions: FoundAttribution[]): void {
  attributions.forEach((attribution, i) => {
    const { content } = attribution;
    const ownEnd = sentences[attribution.sentence]?.end ?? content.end;
    for (let j = i + 1; content.end > ownEnd && j < attributions.length; j++) {
      const later = attributions[j] as FoundAttribution;
      if (later.content.start >= content.end) return;
      // A cue inside a quote is part of what the quote says, not a new speaker.
      if (!later.cue || later.kind === 'credit' || later.kind === 'byline' || quoteAt(quotes, later.cue.start))
        continue;
      if (later.content.start < ownEnd) continue;
      const sentence = sentences[firstEndingAfter(sentences, later.content.start)];
      if (!sentence || sentence.start <= content.start || later.cue.start >= sentence.end) continue;
      content.end = trimmedEnd(text, content.start, sentence.start);
    }
  });
}

/**
 * "“That speaks volumes,” she said, adding that the campaign will work hard. “They are waiting to be courted.”": the
 * quote after the sentence goes on with what she said, not with the participle's report, whose content stops at
 * its sentence's end.
 */
function handQuoteToSpeaker(text: string, sentence: Span, own: FoundAttribution[]): void {
  const quoted = own.find((attribution) =>
    startsWithQuote(text.slice(attribution.content.start, attribution.content.start + 2)),
  );
  if (!quoted) return;
  for (const other of own) {
    const { content } = other;
    if (other === quoted || content.start < quoted.content.end || content.end <= sentence.end) continue;
    // Only the first characters matter: the content may run on for paragraphs.
    if (!startsWithQuote(text.slice(sentence.end, Math.min(content.end, sentence.end + 16)).trimStart())) continue;
    quoted.content.end = Math.max(quoted.content.end, content.end);
    content.end = trimmedEnd(text, content.start, sentence.end);
  }
}

/** Where `[start, end)` ends without its closing punctuation and spaces. */
function trimmedEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && /[\s.,;:!?]/.test(text[trimmed - 1] ?? '')) trimmed--;
  return trimmed;
}

function isQuoteContent(text: string, content: Span): boolean {
  return (
    startsWithQuote(text.slice(content.start, content.start + 2)) ||
    endsWithQuote(text.slice(content.end - 2, content.end))
  );
}
