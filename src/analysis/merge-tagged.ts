import type { FoundAttribution } from './attribution.js';
import { isSceneSetter, saysOnlyWhen } from './content-spans.js';
import { CUE_FORMS, isSpeechCue, TIME_NOUNS } from './lexicon.js';
import { firstEndingAfter, quoteAt } from './quotes.js';
import type { RoledSentence } from './roles.js';
import { collectLeft, isNominal } from './source-phrases.js';
import { Containment, inside, textSpan, tokenIndexAt, tokenSpan } from './spans.js';
import { cannotSpeak, impliedSource, objectOfCue, sharedSubject, subjectBeforeAside } from './speakers.js';
import type { TaggedAttribution } from './tagger/attributionTagger.js';
import type { Token } from './tokens.js';
import type { AttributionKind, Span, TextSpan } from './types.js';

/**
 * Roles whose sentences hold claims the learned tagger may add or confirm. Not captions: "A TV screen shows a
 * missile launch" describes the photo (the tagger never saw a caption: annotated news has none).
 */
const TAGGED_ROLES = new Set(['headline', 'body']);
/** A source that names nothing the desk can check: "it" is a treaty, a report, the weather. */
const UNCHECKABLE_SOURCES = new Set(['it', 'this', 'that', 'which', 'what']);
/**
 * A source that names nothing the desk can check, unless it speaks: "it said", "it called …" is the body or document
 * named before, as the rules read it (annotators mark "it" as the source of such verbs).
 */
function isUncheckable(source: TextSpan, cue: Span, text: string): boolean {
  const word = source.text.toLowerCase();
  const verb = text.slice(cue.start, cue.end).toLowerCase().split(' ')[0] ?? '';
  if (word === 'it' && SPEAKING_STRENGTHS.has(CUE_FORMS.get(verb) ?? '')) return false;
  return UNCHECKABLE_SOURCES.has(word);
}

/** Verbs whose subject speaks: "it said", "it called the launches a provocation". */
const SPEAKING_STRENGTHS = new Set(['speech', 'object']);

/** Rule readings that stand on their own: structure the tagger was never taught, or a verb of saying. */
const SELF_EVIDENT: ReadonlySet<AttributionKind> = new Set(['credit', 'byline', 'sourceless', 'according-to', 'quote']);

export interface MergeInput {
  text: string;
  sentences: readonly RoledSentence[];
  tokens: Token[];
  quotes: Span[];
  /** What the rules found, with their kinds. */
  found: readonly FoundAttribution[];
  /** What the learned tagger found (trained on annotated news: it knows the scheme's wide range of cues). */
  tagged: readonly TaggedAttribution[];
}

/**
 * Combines the rules and the learned tagger. Measured on held-out annotated news, the tagger finds cues and marks
 * their spans as annotators do better than the rules, which know the structure (kinds, credits, datelines, bylines).
 * So: a rule attribution stands when it is a structure or a verb of saying, or when the tagger found the same cue,
 * whose spans it then takes (unless the rule's source is wider: a full list of names); a stance
 * the tagger did not confirm is dropped; the tagger adds the cues the rules have no word for, within one reviewable
 * sentence, outside quotes, with a checkable source.
 *
 * @example mergeTagged({ text, sentences, tokens, quotes, found, tagged }).length // rule and tagger attributions, in order
 */
export function mergeTagged({ text, sentences, tokens, quotes, found, tagged }: MergeInput): FoundAttribution[] {
  const merged: FoundAttribution[] = [];
  // The latest attributions of each sentence, for nested cues (see subjectInsideNest).
  const recent = new Map<number, FoundAttribution[]>();
  const add = (attribution: FoundAttribution): FoundAttribution => {
    const earlier = recent.get(attribution.sentence) ?? [];
    const subject = subjectInsideNest(text, tokens, earlier, attribution);
    const settled = {
      ...attribution,
      source: subject ?? attribution.source,
      content: throughQuote(quotes, attribution.content),
    };
    merged.push(settled);
    recent.set(attribution.sentence, [...earlier.slice(1 - NEST_LOOKBACK), settled]);
    return settled;
  };
  const confirmed = new Set<TaggedAttribution>();
  // Tagged cues come in text order and never overlap, so a rule cue's twin is found by binary search.
  const taggedCues = tagged.map((candidate) => candidate.cue);
  for (const attribution of found) {
    const cue = attribution.cue;
    const sentence = sentences[attribution.sentence];
    const taggable = sentence !== undefined && TAGGED_ROLES.has(sentence.role);
    const twin = cue && taggable ? tagged[firstEndingAfter(taggedCues, cue.start)] : undefined;
    if (twin && cue && overlaps(twin.cue, cue)) {
      confirmed.add(twin);
      add(adoptSpans(text, tokens, attribution, twin, sentence));
    } else if (SELF_EVIDENT.has(attribution.kind) || isSpeechCue(cue) || isNamed(attribution.source)) {
      add(attribution);
    }
  }
  const reports = new ReportCover(merged);
  // Cues already taken, by where they end: they do not overlap one another, so one binary search finds a clash.
  const takenCues = merged
    .flatMap((attribution) => (attribution.cue ? [attribution.cue] : []))
    .sort((a, b) => a.end - b.end);
  for (const candidate of tagged) {
    if (confirmed.has(candidate)) continue;
    const index = sentenceAt(sentences, candidate.cue.start);
    const sentence = index >= 0 ? sentences[index] : undefined;
    if (!sentence || !TAGGED_ROLES.has(sentence.role) || quoteAt(quotes, candidate.cue.start)) continue;
    const clash = takenCues[firstEndingAfter(takenCues, candidate.cue.start)];
    if (clash && overlaps(clash, candidate.cue)) continue;
    // Inside what another attribution reports, a tentative cue is more often part of the report than a claim.
    if (reports.covers(candidate.cue) && (candidate.tentative || !isOwnClaim(text, tokens, candidate.cue))) {
      continue;
    }
    const taggedOwn = candidate.source ? taggedSource(text, candidate.source, sentence) : null;
    if (candidate.source && !taggedOwn) continue;
    // Where the tagger's source is the object of the verb before (", calling him …"), or cannot speak, or it found
    // none, the sentence may name who does.
    const shared = taggedOwn && sharedSubject(text, tokens, candidate.cue, taggedOwn, sentence);
    const source =
      shared ??
      asideSubject(text, tokens, candidate, taggedOwn, sentence) ??
      (taggedOwn && !cannotSpeak(tokens, taggedOwn) ? taggedOwn : impliedSource(text, tokens, candidate.cue, sentence));
    if (source && (!inside(source, sentence) || isUncheckable(source, candidate.cue, text))) continue;
    const added = add({
      sentence: index,
      kind: kindOf(text, candidate.cue, source, candidate.content),
      source,
      cue: trimmedCue(text, candidate.cue),
      content: beforeOwnSource(text, afterDateline(text, candidate.content, sentence), source),
    });
    reports.add(added);
  }
  return merged.sort((a, b) => a.sentence - b.sentence || firstOffset(a) - firstOffset(b));
}

/** How many attributions of the same sentence, latest first, a nested one is checked against. */
const NEST_LOOKBACK = 8;

/**
 * "Some experts believe Pyongyang is seeking …": a cue inside an earlier attribution's content whose source lies
 * outside that content has misread it; its source is its own subject, right before it ("Pyongyang"). Null when the
 * source is not misread so, or when the cue has no subject of its own (", adding …", "and said …": the reading of the
 * shared subject stands).
 */
function subjectInsideNest(
  text: string,
  tokens: Token[],
  earlier: readonly FoundAttribution[],
  { cue, source }: FoundAttribution,
): TextSpan | null {
  if (!cue || !source) return null;
  const outer = earlier.findLast(
    (attribution) => inside(cue, attribution.content) && !inside(source, attribution.content),
  );
  if (!outer) return null;
  const cueFirst = tokenIndexAt(tokens, cue.start);
  // An infinitive ("to tell") has no subject of its own.
  if ((tokens[cueFirst] as Token).lower === 'to') return null;
  let before = cueFirst - 1;
  while (before >= 0 && ((tokens[before] as Token).pos === 'AUX' || (tokens[before] as Token).pos === 'ADV')) before--;
  const head = tokens[before];
  if (!head || !(isNominal(head) || head.pos === 'PRON') || TIME_NOUNS.has(head.lower)) return null;
  const range = collectLeft(tokens, cueFirst, tokenIndexAt(tokens, outer.content.start));
  return range ? tokenSpan(text, tokens, range) : null;
}

/**
 * A rule attribution with the tagger's cue, source and content spans for the same cue (they follow the annotation
 * scheme: "said in a statement", "has said"), unless the rules' source or content is the wider; structural kinds keep
 * their own.
 */
function adoptSpans(
  text: string,
  tokens: Token[],
  attribution: FoundAttribution,
  twin: TaggedAttribution,
  sentence: RoledSentence | undefined,
): FoundAttribution {
  if (attribution.kind !== 'said-that' && attribution.kind !== 'inverted') return attribution;
  const tagged = twin.source && taggedSource(text, twin.source, sentence);
  // "Graham called both Trump and Clinton “crazy” and said …": not the object of the verb before.
  const shared = tagged && sentence && sharedSubject(text, tokens, twin.cue, tagged, sentence);
  const source = shared ?? tagged;
  // Beside the rules' speaker, a source after "said by" or "said in" is where or how it was said.
  if (!source || cannotSpeak(tokens, source) || objectOfCue(text, twin.cue, source)) return attribution;
  const wider =
    attribution.source &&
    ((source.start >= attribution.source.start && source.end <= attribution.source.end) ||
      closesAppositive(text, attribution.source, source, twin.cue) ||
      // "…, to Mr. Sanders, said David Axelrod": a speaker the rules found after an inverted cue is not overruled by
      // a noun the tagger read before it.
      (isCommaSaid(text, attribution.cue) && attribution.source.start >= twin.cue.end && source.end <= twin.cue.start));
  const taggedContent = sentence ? afterDateline(text, twin.content, sentence) : twin.content;
  const content = contentOfTwin(text, tokens, attribution, twin.cue, taggedContent);
  const subject = sentence && asideSubject(text, tokens, twin, source, sentence);
  const chosen = subject ?? (wider ? attribution.source : source);
  // "said no decision on …": a cue the tagger ran on past "said" into what was said keeps the rules' cue and content.
  if (runsIntoWhatIsSaid(tokens, attribution.cue, twin.cue)) return { ...attribution, source: chosen };
  return { ...attribution, source: chosen, cue: trimmedCue(text, twin.cue), content };
}

/**
 * Whose content a rule reading keeps when the tagger read the same cue: the tagger's, which follows the annotation
 * scheme, except where the rules know better:
 * - the tagger looks one sentence back from its cue and fades with distance: where the rules' content holds all of
 *   its own (a quote of several sentences before "she said", both sides of ", they said,"), theirs is the whole;
 * - the tagger read a time or place the sentence opens with (openerOnly), or an aside after an inverted cue
 *   (asideAfterInverted), as what was said;
 * - where the tagger's content starts inside the rules' ("Really?" of a quote that opened a sentence earlier), or
 *   inside the setting the rules skipped before "that" (startsInSetting), it starts where the rules' does.
 */
function contentOfTwin(
  text: string,
  tokens: Token[],
  attribution: FoundAttribution,
  cue: Span,
  taggedContent: Span,
): Span {
  const ruled = attribution.content;
  if (
    inside(taggedContent, ruled) ||
    openerOnly(tokens, attribution, taggedContent) ||
    asideAfterInverted(text, tokens, attribution, cue, taggedContent)
  )
    return ruled;
  if (startsInside(taggedContent, ruled) || startsInSetting(text, attribution, taggedContent))
    return { start: ruled.start, end: taggedContent.end };
  return taggedContent;
}

/**
 * "Earlier this week, Yonhap reported, citing a military source, that …": where the rules read what follows the cue,
 * a tagged content before the source that only sets the scene is not what was said.
 */
function openerOnly(tokens: Token[], attribution: FoundAttribution, taggedContent: Span): boolean {
  const { kind, source } = attribution;
  if (kind !== 'said-that' || !source || taggedContent.end > source.start) return false;
  return isSceneSetter(tokens, tokenIndexAt(tokens, taggedContent.start), tokenIndexAt(tokens, taggedContent.end));
}

/**
 * "…, the Kremlin said, in the latest sign of warming ties", "…, the sources said, speaking on condition of
 * anonymity": where the rules read the words before an inverted cue, a tagged content that opens after the cue's comma
 * with such a phrase or participle says why or how, not what was said.
 */
function asideAfterInverted(
  text: string,
  tokens: Token[],
  { kind, content }: FoundAttribution,
  cue: Span,
  taggedContent: Span,
): boolean {
  if (kind !== 'inverted' || content.end > cue.start) return false;
  const gap = text.slice(cue.end, taggedContent.start);
  if (/^\s*,\s*(in|as|amid|after|during|with)\s+$/i.test(gap)) return true;
  const first = tokens[tokenIndexAt(tokens, taggedContent.start)];
  return /^\s*,\s*$/.test(gap) && first !== undefined && first.pos === 'VERB' && first.lower.endsWith('ing');
}

/**
 * "said at a rally ahead of the Illinois primary that …", "said Wednesday the test failed": a tagged content that
 * starts inside the setting or time the rules skipped starts where theirs does.
 */
function startsInSetting(text: string, { cue, content }: FoundAttribution, taggedContent: Span): boolean {
  if (
    !cue ||
    taggedContent.start < cue.end ||
    taggedContent.start >= content.start ||
    taggedContent.end <= content.start
  )
    return false;
  // Or only when it was said lies between: "said Wednesday the test failed".
  return (
    /^that\b/i.test(text.slice(content.start, content.start + 5)) ||
    saysOnlyWhen(text.slice(taggedContent.start, content.start).trim().split(/\s+/))
  );
}

const SAY_FORMS = new Set(['say', 'says', 'said', 'saying']);
/** What opens a noun phrase, which after "said" is what was said: "no decision", "the talks", "it". */
const PHRASE_OPENERS = new Set(['DET', 'NUM', 'PRON']);

function runsIntoWhatIsSaid(tokens: Token[], ruleCue: TextSpan | null, taggedCue: Span): boolean {
  if (!ruleCue || !SAY_FORMS.has(ruleCue.text.toLowerCase()) || taggedCue.end <= ruleCue.end) return false;
  const next = tokens[tokenIndexAt(tokens, ruleCue.end)];
  return next !== undefined && next.start < taggedCue.end && PHRASE_OPENERS.has(next.pos);
}

/** The "said" of "…, said X" ("says", "say"): an inverted cue whose speaker follows it. */
function isCommaSaid(text: string, cue: TextSpan | null): boolean {
  return (
    cue !== null &&
    /^(said|says|say)$/i.test(cue.text) &&
    /,\s*$/.test(text.slice(Math.max(0, cue.start - 3), cue.start))
  );
}

/**
 * The subject before an aside that ends right before a tagged cue (subjectBeforeAside), where the tagger's own source
 * is missing, lies inside that aside ("Cruz, who says the polls have tightened, said …" is not said by "the polls") or
 * after the cue ("When Ms. Friedan, during a debate, recommended that …, Mrs. Schlafly replied").
 * Null where the tagger's reading stands, and for a cue after its content ("…, a big problem, said Smith").
 */
function asideSubject(
  text: string,
  tokens: Token[],
  tagged: TaggedAttribution,
  source: Span | null,
  sentence: RoledSentence,
): TextSpan | null {
  if (tagged.content.end <= tagged.cue.start) return null;
  const subject = subjectBeforeAside(text, tokens, tagged.cue, sentence);
  if (!subject) return null;
  const misread =
    source && (source.start >= tagged.cue.end || (source.start >= subject.end && source.end <= tagged.cue.start));
  return !source || misread ? subject : null;
}

/**
 * The tagger's source as the desk reads it: trimmed, and out of the dateline ("KYIV (Reuters) - Russia's defence
 * ministry" → the ministry). Null when all of it lies in the dateline: "KYIV, Ukraine (AP) —" says nothing.
 */
function taggedSource(text: string, span: Span, sentence: RoledSentence | undefined): TextSpan | null {
  const source = trimmed(text, sentence ? afterDateline(text, span, sentence) : span);
  const dateline = sentence?.dateline;
  // Nothing but punctuation (", "), or the dateline: no source.
  if (source.start >= source.end || (dateline && source.start < dateline.end)) return null;
  // The tagger reads across the sentence's edge ("… said 0 — AP": the credit is a sentence of its own).
  return sentence && !inside(source, sentence) ? null : source;
}

/**
 * Whether a cue lies inside what an attribution merged so far reports (a credit's story does not count). Asked about
 * cues in text order, it answers in logarithmic time: one cue after another against every report was quadratic in
 * the length of the article.
 */
class ReportCover {
  /** The rules' reports, all known before the first question. */
  private readonly rules: Containment;
  /** Reports added since that start after the cue last asked about. */
  private waiting: Span[] = [];
  /** The furthest end of the added reports that start before it. */
  private furthestEnd = -1;

  constructor(merged: readonly FoundAttribution[]) {
    this.rules = new Containment(merged.filter(isReport).map((attribution) => attribution.content));
  }

  add(attribution: FoundAttribution): void {
    if (isReport(attribution)) this.waiting.push(attribution.content);
  }

  covers(cue: Span): boolean {
    // Cues come in text order: a report starting before this one starts before every later one too.
    const started = this.waiting.filter((content) => content.start <= cue.start);
    if (started.length > 0) {
      this.waiting = this.waiting.filter((content) => content.start > cue.start);
      for (const content of started) this.furthestEnd = Math.max(this.furthestEnd, content.end);
    }
    return this.rules.contains(cue) || this.furthestEnd >= cue.end;
  }
}

function isReport(attribution: FoundAttribution): boolean {
  return attribution.kind !== 'credit' && attribution.kind !== 'byline';
}

/**
 * Whether a tagged cue inside a report is a claim of its own ("KCNA said Kim warned …"), not part of what the report
 * tells: a verb of saying or stance in the lexicon, and not a participle describing the noun before it ("a treaty
 * stipulating mutual aid"). Other cues there are events ("North Korea fired a missile, the military said"): dropping
 * them on fold 4 held out removed 53 wrong attributions and 14 right ones.
 */
function isOwnClaim(text: string, tokens: Token[], cue: Span): boolean {
  const words = text.slice(cue.start, cue.end).toLowerCase().split(/\s+/);
  if (!words.some((word) => CUE_FORMS.has(word))) return false;
  const first = tokenIndexAt(tokens, cue.start);
  const head = tokens[first] as Token;
  const describes = head.pos === 'VERB' && head.lower.endsWith('ing') && isNominal(tokens[first - 1]);
  return !describes;
}

/**
 * "Mary Susan, clad in a red cape … that formed the name Trump, said": a tagged source that ends the words set off
 * between the rules' subject and its cue belongs to that aside; the subject before it speaks.
 */
function closesAppositive(text: string, subject: Span, source: Span, cue: Span): boolean {
  return (
    subject.end < source.start &&
    source.end <= cue.start &&
    /^\s*,/.test(text.slice(subject.end, source.start)) &&
    /^\s*,\s*$/.test(text.slice(source.end, cue.start))
  );
}

/**
 * "“It will be legitimate,” he" of "…,” he was quoted as saying": a content that runs into its own source stops
 * before it.
 */
function beforeOwnSource(text: string, content: Span, source: Span | null): Span {
  if (!source || source.start <= content.start || source.start >= content.end || source.end < content.end)
    return content;
  let end = source.start;
  while (end > content.start && /\s/.test(text[end - 1] as string)) end--;
  return { start: content.start, end };
}

/** "SEOUL (AP) — North Korea fired …": a dateline says where the story was filed, not what anyone said. */
function afterDateline(text: string, content: Span, sentence: RoledSentence): Span {
  const dateline = sentence.dateline;
  if (!dateline || content.start >= dateline.end || content.end <= dateline.end) return content;
  let start = dateline.end;
  while (start < content.end && /\s/.test(text[start] as string)) start++;
  return { start, end: content.end };
}

/** A source that is a name: "Seoul", "President Yoon Suk Yeol" (capitalised words, no lower-case head). */
function isNamed(source: TextSpan | null): boolean {
  return source !== null && /^(the )?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)*\s?$/u.test(source.text);
}

function kindOf(text: string, cue: Span, source: Span | null, content: Span): AttributionKind {
  if (/^according/i.test(text.slice(cue.start, cue.end))) return 'according-to';
  if (!source) return 'sourceless';
  return source.start > cue.start || content.start < source.start ? 'inverted' : 'said-that';
}

/** The span without the spaces and punctuation the tagger may have taken at its edges (", the agency"). */
function trimmed(text: string, span: Span): TextSpan {
  let { start, end } = span;
  while (start < end && /[\s,;:.—–-]/.test(text[start] as string)) start++;
  // "… from Fresno, Calif. “I think …": a quote the span opens and does not close starts what is said.
  const quote = UNCLOSED_QUOTE.exec(text.slice(start, end));
  if (quote) end = start + quote.index;
  while (end > start) {
    const last = text[end - 1] as string;
    const rest = text.slice(start, end - 1);
    // "one party activist.)": a bracket the span does not open, or a full stop after a word in lower case, ends the
    // sentence ("Jr.", "Fla." and "(D-Calif.)" keep theirs).
    const closes = (last === ')' && !rest.includes('(')) || (last === '.' && /(^|\s)\p{Ll}{2,}$/u.test(rest));
    if (!closes && !/[\s,;:—–-]/.test(last)) break;
    end--;
  }
  return { start, end, text: text.slice(start, end) };
}

/** An opening quote mark after a space with no closing one after it. */
const UNCLOSED_QUOTE = /\s["“][^"”]*$/;

/** A cue trimmed like a source, except the colon that is all of a cue ("Jones: “…”"). */
function trimmedCue(text: string, span: Span): TextSpan {
  const cue = trimmed(text, span);
  if (cue.start < cue.end) return cue;
  const colon = text.indexOf(':', span.start);
  return colon >= 0 && colon < span.end ? textSpan(text, colon, colon + 1) : cue;
}

function sentenceAt(sentences: readonly RoledSentence[], offset: number): number {
  const index = firstEndingAfter(sentences, offset);
  const sentence = sentences[index];
  return sentence && sentence.start <= offset ? index : -1;
}

function overlaps(a: Span, b: Span): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/**
 * A content that opens a quote runs to the quote's end: the tagger fades with distance from its cue and may stop
 * inside a long quote ("explained the headline by saying: “It was because … controversial. I asked …”").
 */
function throughQuote(quotes: Span[], content: Span): Span {
  const quote = quoteAt(quotes, content.end - 1);
  return quote && quote.start >= content.start && quote.end > content.end
    ? { start: content.start, end: quote.end }
    : content;
}

function startsInside(span: Span, outer: Span): boolean {
  return span.start > outer.start && span.start < outer.end;
}

function firstOffset(attribution: FoundAttribution): number {
  return Math.min(
    attribution.cue?.start ?? attribution.content.start,
    attribution.source?.start ?? Number.POSITIVE_INFINITY,
  );
}
