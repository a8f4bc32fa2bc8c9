import { extractAttributions, type FoundAttribution } from './attribution.js';
import { asDoubleQuoted } from './quote-style.js';
import { findQuotes } from './quotes.js';
import { assignRoles } from './roles.js';
import { segmentText } from './segment.js';
import { resolveSources } from './sources.js';
import { textSpan } from './spans.js';
import { type AttributionTagger, tagAttributions } from './tagger/attributionTagger.js';
import { defaultTagger } from './tagger/defaultTagger.js';
import type { Token } from './tokens.js';
import type { Analysis, Attribution, Flag, Sentence, SourceRecord, TextSpan } from './types.js';

export interface AnalysisOptions {
  /** The learned tagger that adds the cues the rules have no word for; null for the rules alone. */
  tagger?: AttributionTagger | null;
}

/**
 * Analyses an article: paragraphs, sentences with roles and flags, attributions resolved against `registry`.
 * Pure and deterministic: the same text and registry give the same analysis.
 *
 * @example analyzeArticle('Rain fell, KCNA said.', DEFAULT_SOURCES).attributions[0]?.sourceId // 'kcna'
 */
export function analyzeArticle(
  text: string,
  registry: readonly SourceRecord[],
  { tagger = defaultTagger() }: AnalysisOptions = {},
): Analysis {
  // Read with double quotation marks, whatever the article's house style; every offset stays the article's.
  const reading = asDoubleQuoted(text);
  const { paragraphs, sentences: spans, tokens, tokenized } = segmentText(reading);
  const roled = assignRoles(reading, spans, tokens);
  const quotes = findQuotes(reading, paragraphs);
  const tagged = tagger ? tagAttributions(reading, tokenized, tagger) : [];
  const { attributions: found, flags } = extractAttributions({
    text: reading,
    sentences: roled,
    tokens,
    quotes,
    tagged,
  });
  const resolved = resolveSources(found, registry, { text: reading, names: findNames(reading, tokens) });

  const inArticle = (span: TextSpan | null) => span && (reading === text ? span : textSpan(text, span.start, span.end));
  // A flag quotes its words as the article writes them: 'a clear provocation', not "a clear provocation".
  const inArticleFlag = (flag: Flag): Flag => {
    if (reading === text) return flag;
    const span = textSpan(text, flag.span.start, flag.span.end);
    return { ...flag, span, message: flag.message.replace(flag.span.text, span.text) };
  };
  const attributions: Attribution[] = found.map((attribution: FoundAttribution, i) => ({
    ...attribution,
    source: inArticle(attribution.source),
    cue: inArticle(attribution.cue),
    sourceId: resolved.sourceIds[i] ?? null,
  }));
  found.forEach((attribution, i) => {
    if (resolved.vague[i] && attribution.source) {
      const span = attribution.source;
      flags[attribution.sentence]?.push({ kind: 'vague-source', span, message: `“${span.text}”: who exactly?` });
    }
  });

  const sentences: Sentence[] = roled.map((sentence, index) => ({
    index,
    start: sentence.start,
    end: sentence.end,
    paragraph: sentence.paragraph,
    role: sentence.role,
    flags: sortFlags((flags[index] ?? []).map(inArticleFlag)),
  }));
  // "By Hyonhee Shin and Guy Faulconbridge" over "SEOUL/MOSCOW, March 3 (Reuters) -": the wire stands behind the
  // story, its writers' names under it.
  const bylines = attributions.filter((attribution) => attribution.kind === 'byline');
  const people = new Set(resolved.sources.filter((source) => source.type === 'person').map((source) => source.id));
  const byline = bylines.find((attribution) => !people.has(attribution.sourceId ?? '')) ?? bylines[0];
  const headline = sentences.find((sentence) => sentence.role === 'headline') ?? sentences[0];
  return {
    paragraphs,
    sentences,
    attributions,
    sources: resolved.sources,
    bylineSourceId: byline?.sourceId ?? null,
    title: headline ? text.slice(headline.start, headline.end).slice(0, 300) : '',
  };
}

/** Whether the hyphen tokens[i] joins the words on either side of it, with no space: "Tae" + "-" + "yul". */
function isWordJoinedTo(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const hyphen = tokens[i] as Token;
  return before?.end === hyphen.start && after?.start === hyphen.end && /^\p{L}/u.test(after.text);
}

/** Runs of two or more proper nouns ("Kim Yo Jong", "Vladimir Putin"): the names a pronoun may stand for. */
function findNames(text: string, tokens: Token[]): TextSpan[] {
  const names: TextSpan[] = [];
  let first = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    // A name runs on over a space, not over a line break ("… On The Street\nDonald Trump" is two).
    const gap = token && first >= 0 ? text.slice((tokens[i - 1] as Token).end, token.start) : '';
    const joined = token && first >= 0 && (gap === '' || gap === ' ');
    if (token?.pos === 'PROPN' && (first < 0 || joined)) {
      if (first < 0) first = i;
      continue;
    }
    // "Cho Tae-yul": wink splits a hyphenated given name in three, and may tag its last part a noun.
    const hyphenated = token?.text === '-' && first >= 0 && isWordJoinedTo(tokens, i);
    if (hyphenated) {
      i++;
      continue;
    }
    if (first >= 0 && i - first >= 2) {
      const start = (tokens[first] as Token).start;
      const end = (tokens[i - 1] as Token).end;
      names.push({ start, end, text: text.slice(start, end) });
    }
    first = token?.pos === 'PROPN' ? i : -1;
  }
  return names;
}

function sortFlags(flags: Flag[]): Flag[] {
  return [...flags].sort((a, b) => a.span.start - b.span.start);
}
