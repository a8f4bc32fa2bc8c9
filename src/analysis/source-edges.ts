/**
 * Where a source mention starts and ends, as annotated news marks it. The rules and the tagger find the right words
 * but disagree with annotators on the edges; these fixes settle the edges the same way whoever found the source.
 */
import { CUE_FORMS, isTimeNoun, RELATIVE_WORDS, SUBJECT_PRONOUNS } from './lexicon.js';
import { inside, textSpan, tokenIndexAt, wordStart } from './spans.js';
import type { Token } from './tokens.js';
import type { AttributionKind, Span, TextSpan } from './types.js';

/** What a source edge depends on: the attribution's kind, source, cue and content. */
export interface SourceEdgeInput {
  kind: AttributionKind;
  source: TextSpan | null;
  cue: Span | null;
  content: Span;
}

/**
 * The source of `attribution` with every edge settled, in order: a relative clause's opener goes
 * (dropRelativeOpener), the noun phrase is completed (completeNounPhrase), then the text-level fixes
 * (settleSourceEdges). Junk text can break a sentence inside a bracket ("(D-S." | "C.)"): a source the edges would
 * take out of `sentence` stays as found.
 *
 * @example settleSource(text, tokens, attribution, sentence)?.text // 'Peskov, the Kremlin spokesman,'
 */
export function settleSource(text: string, tokens: Token[], attribution: SourceEdgeInput, sentence: Span) {
  const found = attribution.source;
  let source = pronounAlone(text, tokens, { ...attribution, source: dropRelativeOpener(text, tokens, attribution) });
  source = nameBeforeVerb(text, tokens, source);
  source = afterClauseOpener(text, tokens, source);
  source = completeNounPhrase(text, tokens, { ...attribution, source });
  source = settleSourceEdges(text, { ...attribution, source });
  return source && !inside(source, sentence) ? found : source;
}

/** "Sanders, meanwhile, said": words set off by commas that comment on the sentence, not on the source. */
const ASIDE =
  /,\s*(however|meanwhile|for (his|her|their|its|our|my) part|in turn|too|though|also|instead|in fact|for example|for instance|by contrast|in contrast|in response|on the other hand|for one)\s*,?$/i;

/**
 * "Officials on Monday said": the time says when, not who. Narrower than the lexicon's time phrases on purpose:
 * annotators keep "today" and "at the time" in a source ("Clinton defenders today"); with the lexicon's reader
 * instead, fold 4 lost four exact sources.
 */
const TRAILING_TIME =
  /(\S+)\s+((on|last|this|next|early|earlier|late|later)\s+)?((monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|weekend)$/i;
const TRAILING_ANONYMITY =
  /,?\s*(who|speaking|requesting|asking|declining)\b[^,]*?\b(anonymity|anonymously|not authorized|not to be (named|identified))\b[^,]*,?$/i;
const CONTRACTED_VERB = /^(\p{L}+)['’](m|re|ve|ll|d)$/u;
const TRAILING_ADVERB = /(?<=\S)\s+(now|then|later|again|long|also|both|all)$/;
/**
 * "Clinton, clearly frustrated,", "Ben Carson, speaking with The Des Moines Register editorial board,": what the
 * source was doing or feeling when it spoke, not who it is. A participle that forms a title ("managing director",
 * "ranking member") or a list ("including") is part of the source, and so is a past participle with words after it
 * ("The survey, conducted by Gallup,").
 */
const TRAILING_PARTICIPLE =
  /,\s*((also|again|clearly|visibly|still|then|now|apparently|obviously)\s+)?((?!(including|excluding|managing|acting|ranking|founding|presiding|visiting|outgoing|incoming|governing|leading|reigning|according)\b)\p{Ll}+ing\b[^,;:“”"()]*|\p{Ll}+ed),?$/u;
/** Words after which a time belongs to the source: "a poll released Sunday", "a poll out this week", "a Sunday",
 * "results tallied through Wednesday afternoon". */
const TIME_HOLDER = /(ed|en|out|a|an|the|this|that|through|until|since|by|of)$/i;

/**
 * "Tom Fitton, the president of Judicial Watch, charged": an appositive that a determiner (or "now", "former") opens,
 * set off by commas between the source and its cue, is part of the source, relative clauses and all (PolNeAR,
 * cross-validated: 18 sources made exact, 1 lost). No quote or colon inside: that is content, not a description.
 */
const APPOSITIVE_BEFORE_CUE = /^\s*,\s*(a|an|the|now|former|another)\s[^;:“”"\n]*,\s*$/i;

/**
 * "Mr. Cruz, whose narrow third-place finish" of "Mr. Cruz, whose narrow third-place finish was widely seen as a
 * disappointment, said": a source that stops inside the relative clause it opens. Annotators mark the head alone or
 * the whole clause about equally often (PolNeAR: 114 and 112 before a cue), never a part of it.
 */
const RELATIVE_OPENED = /,\s+(who|whose|which)\b[^,]*$/i;
/** The rest of that clause, up to the comma before the cue. */
const RELATIVE_REST = /^[^,;:“”"\n]*,\s*$/;

/** Nothing but a dash between a source and its cue. */
const CLOSING_DASH = /^\s*[-—–]\s*$/;
const SPACED_DASH = /\s[-—–]\s/g;

/** Whether a source holds an odd number of spaced dashes: it opens an aside it has not closed. */
function opensDashAside(source: string): boolean {
  return (source.match(SPACED_DASH)?.length ?? 0) % 2 === 1;
}

/** "The plan, the ministry said, will …": words set off by commas that say who says it, not who the source is. */
const SAYING = /\b(said|says|say|told|tells)\b/i;

/**
 * "NEW YORK - ", "PARIS, Aug 31 (Reuters) - ", "TALLAHASSEE — ": a dateline the source was read together with (a
 * city in capitals, maybe a date and a wire in brackets, then a dash).
 */
const DATELINE =
  /^\p{Lu}{3}(?:[\p{Lu} .,'’-]*[\p{Lu}.,'’-])?(,\s*\p{Lu}\p{L}+\.? \d+)?\s*(?:(\([^)]*\))\s*)?[-—–]+\s+/u;

/**
 * "said Robby Mook in a statement", "… Studies, via email", "Jeb Bush in a Medium post": how it was said, after a
 * name, belongs with the cue; "a source on the call" and "Some on Twitter" keep theirs (no name before them).
 */
const TRAILING_MEDIUM =
  /(?<=(?:^|\s)\p{Lu}[\p{L}.'’-]*|[),])(?<!\b(?:Some|Many|Most|Several|Others|All|Those|Few|Both|One)\b)\s+(in|on|via|during|at|through)\s+(a|an|the|his|her|their)?\s*(\w+\s+)?(statement|interview|email|e-mail|call|conference|speech|tweet|post|op-ed|letter|release|appearance|Twitter|Facebook)s?$/u;

/**
 * "Ariz., border officials" of "in Douglas, Ariz., border officials say": the state of the place before the source
 * (not before a participle: "Albany, N.Y., speaking on the condition of anonymity" is no source on its own).
 */
const STATE_BEFORE =
  /^(Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|D\.C)\.,\s+(and\s+)?(?!\p{Ll}+ing\b)/u;

/**
 * "Like Mr. Sanders, she", "drawing criticism from Democrats and Republicans, Mr. Trump": a source that starts on a
 * preposition's object and runs on over a comma starts after the comma, where its clause does. Not after "according
 * to" or "by", whose object is the source ("according to Brian Wieser, an analyst at Pivotal Research").
 */
const PREPOSITION_BEFORE =
  /(?<!according )\b(in|for|of|to|with|about|at|from|on|like|unlike|after|before|against|than|over|under|among|despite|toward|towards|into|during|through|since|until|around|across|behind|beyond|between)\s+$/i;
const PREPOSITION_OBJECT = /^[^\s,;:“”"()]+(\s[^\s,;:“”"()]+){0,4},\s+(?!including\b|such as\b|\d)(?=\S)/u;

/** A source that opens a bracket it does not close, and the few characters that close it. */
const UNCLOSED_BRACKET = /\([^()]*$/;
const CLOSING_BRACKET = /^[^()\n]{0,6}\)/;

/** "Wasserman Schultz, who said": the relative pronoun opens the clause the cue belongs to, not the source. */
const TRAILING_RELATIVE = /(\S)\s*,?\s+(who|that|which)$/i;

/**
 * The source span of `attribution` with its edges settled (or the same span when nothing changes):
 * - a dateline, the state of a place or a preposition's object before it goes ("NEW YORK - Republican presidential
 *   candidate Donald Trump", "Ariz., border officials", "Like Mr. Sanders, she");
 * - a bracket the source opens closes in it ("Sen. Chris Murphy (D-Conn.)");
 * - a trailing relative pronoun ("Wasserman Schultz, who"), a trailing aside ("Sanders, meanwhile,"), how it was said
 *   ("Robby Mook in a statement") and a trailing time ("Officials on Monday") go;
 * - an appositive between the source and its cue ("Tom Fitton, the president of Judicial Watch, charged") joins it,
 *   and so does the rest of a relative clause the source opens ("Mr. Cruz, whose … was seen as a blow, said");
 * - an appositive keeps the comma that closes it ("Jason Sims, a teacher from Mount Pleasant, said"), as annotators
 *   mark it (PolNeAR train part: 708 of 789 such sources), but never a comma of the content (unless the cue follows
 *   it: a content that covers its source and cue, "“…,” X, a Y, told"), and not after
 *   "according to X," where the comma ends the attribution phrase.
 *
 * @example settleSourceEdges(text, attribution)?.text // 'Peskov, the Kremlin spokesman,'
 */
export function settleSourceEdges(text: string, { kind, source, cue, content }: SourceEdgeInput): TextSpan | null {
  if (!source) return null;
  const lead =
    DATELINE.exec(source.text) ??
    STATE_BEFORE.exec(source.text) ??
    (PREPOSITION_BEFORE.test(text.slice(Math.max(0, source.start - 20), source.start))
      ? PREPOSITION_OBJECT.exec(source.text)
      : null);
  const start = lead && lead[0].length < source.text.length ? source.start + lead[0].length : source.start;
  let end = source.end;
  // "Sen. Chris Murphy (D-Conn" of "Sen. Chris Murphy (D-Conn.)": a bracket the source opens, it closes.
  const closing = UNCLOSED_BRACKET.test(text.slice(start, end)) ? CLOSING_BRACKET.exec(text.slice(end)) : null;
  if (closing) end += closing[0].length;
  const relative = TRAILING_RELATIVE.exec(text.slice(start, end));
  if (relative) end = start + relative.index + 1;
  const aside = ASIDE.exec(text.slice(start, end));
  if (aside) end = start + aside.index;
  const medium = TRAILING_MEDIUM.exec(text.slice(start, end));
  if (medium) end = start + medium.index;
  const time = TRAILING_TIME.exec(text.slice(start, end));
  if (time && !TIME_HOLDER.test(time[1] ?? '') && (time[2] || time[4] || /day$/i.test(time[6] ?? ''))) {
    end = start + time.index + (time[1] ?? '').length;
  }
  // "Rubio, Cruz and Kasich now", "Schlafly then", "Mr. Zuckerberg also", "Jeb Bush and Ted Cruz both": when, how
  // often or how many, not who. PolNeAR marks 53 sources before "now" or "then" and none with it; before "also",
  // "later", "again", "long", "both" or "all" 314, against 4 with "both" or "all".
  const adverb = TRAILING_ADVERB.exec(text.slice(start, end));
  if (adverb) end = start + adverb.index;
  // "I’m told …": wink keeps a pronoun and its contracted verb as one word; the pronoun is the source.
  const contracted = CONTRACTED_VERB.exec(text.slice(start, end));
  if (contracted && SUBJECT_PRONOUNS.has((contracted[1] ?? '').toLowerCase()))
    end = start + (contracted[1] ?? '').length;
  const participle = TRAILING_PARTICIPLE.exec(text.slice(start, end));
  // Not after a place's abbreviation ("Albany, N.Y., speaking on condition of anonymity"): "N.Y." names nobody.
  if (participle && !text.slice(start, start + participle.index).endsWith('.')) end = start + participle.index;
  // "one Republican involved in the planning, who spoke on the condition of anonymity": why the name is withheld,
  // not who it is (cross-validated: 12 of 22 such sources exact without it, 8 with it).
  const terms = TRAILING_ANONYMITY.exec(text.slice(start, end));
  // A lone word before them ("N.Y., speaking on condition of anonymity") names nobody either way: it stays as read.
  if (terms && /\s/.test(text.slice(start, start + terms.index))) end = start + terms.index;
  const gap = cue && cue.start >= end ? text.slice(end, cue.start) : '';
  if (CLOSING_DASH.test(gap) && opensDashAside(text.slice(start, end))) {
    // "Democrats — and some Republicans — say": an aside the source opens with a dash closes with the dash before
    // the cue, and annotators keep that dash as they keep an appositive's closing comma.
    end += gap.trimEnd().length;
  } else if (APPOSITIVE_BEFORE_CUE.test(gap) && !SAYING.test(gap)) {
    end += gap.trimEnd().length;
  } else if (gap.trim() !== ',' && RELATIVE_REST.test(gap) && RELATIVE_OPENED.test(text.slice(start, end))) {
    // The whole clause, as the tagger leant (cross-validated: 10 of 21 changed sources exact, none before).
    end += gap.trimEnd().length;
  } else if (kind !== 'according-to' && text.slice(start, end).includes(',')) {
    let next = end;
    while (next < text.length && text[next] === ' ') next++;
    // A covering content holds the source too ("“…,” Graham, a former candidate, told CBS", "The problem, said
    // Bauman, a geophysicist, is …"): a comma right before the cue, or right after an inverted source, closes the
    // appositive wherever the content lies.
    const beforeCue = cue !== null && cue.start > next && text.slice(next + 1, cue.start).trim() === '';
    const afterInverted = cue !== null && cue.end <= start && start > content.start && next < content.end;
    if (text[next] === ',' && (next < content.start || next >= content.end || beforeCue || afterInverted)) {
      end = next + 1;
    }
  }
  return start === source.start && end === source.end ? source : textSpan(text, start, end);
}

/** Tags a source may end on and still go on into the noun it modifies ("the White" + "House", "a Vietnam" + "War"). */
const NOUN_MODIFIERS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
const NOUNS = new Set(['NOUN', 'PROPN']);
/** What a source may start after, and what it then starts with ("the" + "White House", "about" + "200"). */
const PHRASE_MODIFIERS = new Set(['DET', 'ADJ', 'NUM']);
const PHRASE_HEADS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Words for all or part of a group that an approximator may stand before: "about half", "almost everyone". */
const WHOLES = new Set(['half', 'everyone', 'everybody', 'all']);
/** Words before a number or determiner that annotators keep in a source: "about 200 protesters", "virtually all". */
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'virtually', 'approximately']);
/** Words that narrow a number annotators keep with it: "only 32 percent", "just over a quarter". */
const FOCUSERS = new Set(['only', 'just']);
/** Two-word bounds on a number: "at least a dozen members of Congress". */
const BOUNDS = new Set(['at least', 'at most', 'more than', 'fewer than', 'less than']);
/** Determiners that open a relative clause, not the source's noun phrase ("which critics", "what officials"). */
const WH_DETERMINERS = new Set(['which', 'what', 'that', 'whose', 'whatever', 'whichever']);

/**
 * A source cut inside its noun phrase ("the White" of "the White House", "Cruz" of "Cruz’s lawyers", "White House" of
 * "the White House") runs on to the phrase's edges, with nothing but a space between, never into the cue or the
 * content:
 * - on the right, to its last noun, but not into a time ("said Cruz Tuesday") or a cue verb read as a noun ("Le Pen
 *   Backs Trump");
 * - on the left, over its determiners, adjectives, numbers, approximators and what narrows a number ("about 200
 *   protesters", "only 32 percent", "at least a dozen members"), but not a relative clause's "which" or "what".
 *
 * @example completeNounPhrase(text, tokens, attribution)?.text // 'the White House'
 */
export function completeNounPhrase(text: string, tokens: Token[], { source, cue, content }: SourceEdgeInput) {
  if (!source) return null;
  const start = nounPhraseStart(
    text,
    tokens,
    source,
    Math.max(spanEndBefore(cue, source), spanEndBefore(content, source)),
  );
  const end = nounPhraseEnd(
    text,
    tokens,
    source,
    Math.min(spanStartAfter(cue, source), spanStartAfter(content, source)),
  );
  return start === source.start && end === source.end ? source : textSpan(text, start, end);
}

function nounPhraseEnd(text: string, tokens: Token[], source: Span, stop: number): number {
  let last = tokenIndexAt(tokens, source.end - 1);
  if ((tokens[last] as Token | undefined)?.end !== source.end) return source.end;
  while (true) {
    const here = tokens[last] as Token;
    const possessive = tokens[last + 1]?.pos === 'PART' && /^['’]s?$/.test(tokens[last + 1]?.text ?? '');
    const next = tokens[possessive ? last + 2 : last + 1];
    if (
      !next ||
      !NOUN_MODIFIERS.has(here.pos) ||
      !NOUNS.has(next.pos) ||
      next.end > stop ||
      isTimeNoun(next.text) ||
      // "Le Pen Backs Trump": a cue verb read as a name
      CUE_FORMS.has(next.lower) ||
      !/^ ?(['’]s?)? ?$/.test(text.slice(here.end, next.start))
    )
      break;
    last = possessive ? last + 2 : last + 1;
  }
  return (tokens[last] as Token).end;
}

function nounPhraseStart(text: string, tokens: Token[], source: Span, floor: number): number {
  let first = tokenIndexAt(tokens, source.start);
  if ((tokens[first] as Token | undefined)?.start !== source.start) return source.start;
  while (first > 0) {
    const here = tokens[first] as Token;
    const before = tokens[first - 1] as Token;
    // "CIO" of "the AFL-CIO": the parts of a hyphenated word are one word.
    const word = tokens[first - 2];
    if (before.text === '-' && before.end === here.start && word?.end === before.start && word.start >= floor) {
      first -= 2;
      continue;
    }
    // A number, or what stands for one: "a dozen", "half", "about …" (a preposition's "the" is none: "over the years").
    const quantity =
      here.pos === 'NUM' || here.lower === 'a' || WHOLES.has(here.lower) || APPROXIMATORS.has(here.lower);
    const modifies =
      (PHRASE_MODIFIERS.has(before.pos) && PHRASE_HEADS.has(here.pos) && !WH_DETERMINERS.has(before.lower)) ||
      (APPROXIMATORS.has(before.lower) && (here.pos === 'NUM' || here.pos === 'DET' || WHOLES.has(here.lower))) ||
      (FOCUSERS.has(before.lower) && quantity) ||
      (before.lower === 'half' && here.pos === 'DET');
    if (modifies && before.start >= floor && text.slice(before.end, here.start) === ' ') {
      first--;
      continue;
    }
    // "at least a dozen members", "more than 40 states": a two-word bound on a number.
    const bound = tokens[first - 2];
    const bounded =
      quantity &&
      bound !== undefined &&
      BOUNDS.has(`${bound.lower} ${before.lower}`) &&
      bound.start >= floor &&
      text.slice(bound.end, here.start) === ` ${before.text} `;
    if (!bounded) break;
    first -= 2;
  }
  return (tokens[first] as Token).start;
}

/** Where `span` ends if it lies before `source`, else 0. */
function spanEndBefore(span: Span | null, source: Span): number {
  return span && span.end <= source.start ? span.end : 0;
}

/** Where `span` starts if it lies after `source`, else no limit. */
function spanStartAfter(span: Span | null, source: Span): number {
  return span && span.start >= source.end ? span.start : Number.POSITIVE_INFINITY;
}

/** Relative words that may open an object relative clause: "which critics said was", "what officials called". */
const RELATIVE_OPENERS = new Set(['who', 'whom', 'which', 'what']);
/** Tags that open the subject of such a clause. */
const SUBJECT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/**
 * "he’ll have at least one fewer opponent", "They distributed news stories", "who recently co-authored a paper": a
 * source that opens with a subject pronoun and runs on into its verb is the pronoun (annotators mark "who" alone in
 * all but 1 of 423 sources); "he and other challengers" and "We Democrats" stay.
 */
export function pronounAlone(text: string, tokens: Token[], { source, cue }: SourceEdgeInput): TextSpan | null {
  if (!source) return null;
  const first = tokenIndexAt(tokens, source.start);
  const pronoun = tokens[first];
  const next = tokens[first + 1];
  if (pronoun?.start !== source.start || !next || next.end > source.end) return source;
  const runsOn = pronoun.lower === 'who' || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV';
  if (!SUBJECT_PRONOUNS.has(pronoun.lower) || !runsOn) return source;
  // "Oliver K. Hedge, who appraises golf courses for a firm, said": the clause is an aside, its name the speaker.
  const gap = cue && cue.start >= source.end ? text.slice(source.end, cue.start) : '';
  // Only the words just before are read: an end-anchored pattern over all the text before would be quadratic.
  const from = Math.max(0, source.start - NAME_REACH);
  const antecedent =
    pronoun.lower === 'who' && RELATIVE_REST.test(gap) ? NAME_BEFORE.exec(text.slice(from, source.start)) : null;
  if (antecedent) return textSpan(text, from + antecedent.index, source.end + gap.trimEnd().length);
  return textSpan(text, pronoun.start, pronoun.end);
}

/**
 * "Mr. Manafort helped draft a report", "Blackwell also took a shot at …", "Dan Golvach when asked about …": a source
 * that runs on from a name into a verb in lower case (or "when", "while") ends at the name.
 */
export function nameBeforeVerb(text: string, tokens: Token[], source: TextSpan | null): TextSpan | null {
  if (!source) return null;
  const first = tokenIndexAt(tokens, source.start);
  for (let i = first + 1; i < tokens.length && (tokens[i] as Token).end <= source.end; i++) {
    const token = tokens[i] as Token;
    if (RELATIVE_WORDS.has(token.lower) || token.text === ',') return source;
    // "Choi Ji-won": the parts of a hyphenated name are the name's, whatever their tags.
    if (token.start === (tokens[i - 1] as Token).end) continue;
    let name = i - 1;
    while (name > first && (tokens[name] as Token).pos === 'ADV') name--;
    const word = wordStart(tokens, name, first);
    // A verb with its object after it ("gave it", "helped draft", "received the report"), not a participle that says
    // when or by whom ("a poll taken last week", "a study by Pew based on census data").
    const finite =
      token.pos === 'VERB' &&
      /^\p{Ll}/u.test(token.text) &&
      !/ing$/.test(token.lower) &&
      (tokens[i + 1]?.end ?? Infinity) <= source.end &&
      OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? '');
    const verb = finite || CLAUSE_TIMES.has(token.lower);
    if (verb && (tokens[word] as Token).pos === 'PROPN') {
      return textSpan(text, source.start, (tokens[name] as Token).end);
    }
  }
  return source;
}

/**
 * "a gap in border security that homeland security experts", "her Wall Street links while Sanders", "The debate took
 * place as a new poll": a source read across the start of its own clause starts there.
 */
export function afterClauseOpener(text: string, tokens: Token[], source: TextSpan | null): TextSpan | null {
  if (!source || /,|\bwho(se)?\b/.test(source.text)) return source;
  const first = tokenIndexAt(tokens, source.start);
  let start = -1;
  for (let i = first + 1; i < tokens.length && (tokens[i] as Token).end <= source.end; i++) {
    const token = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') start = -1;
    // Not "that night", "of that segment", "known as Bob", "as many as 30 percent".
    const opens =
      SUBJECT_CLAUSE_OPENERS.has(token.lower) &&
      !isTimeNoun(tokens[i + 1]?.lower ?? '') &&
      before.pos !== 'VERB' &&
      before.pos !== 'ADP' &&
      !QUANTITY_WORDS.has(before.lower) &&
      tokens[i + 1]?.pos !== 'NUM';
    if (opens) start = i + 1;
  }
  const opener = tokens[start];
  if (start < 0 || !opener || opener.end > source.end) return source;
  return textSpan(text, opener.start, source.end);
}

const QUANTITY_WORDS = new Set(['many', 'much', 'as', 'such', 'so', 'well']);
/**
 * Words after which a new clause's subject starts. Unlike the rules' clause openers (source-phrases.ts), no "and" or
 * "or": a source keeps its coordinated names ("he and other challengers").
 */
const SUBJECT_CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'while',
  'as',
  'whereas',
  'because',
  'although',
  'though',
  'if',
  'when',
]);

const CLAUSE_TIMES = new Set(['when', 'while']);
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'VERB', 'PART', 'NUM', 'ADV']);

/** How far before a relative "who" its name may start, in characters. */
const NAME_REACH = 120;
/** A capitalised name and the comma before a relative "who": "Oliver K. Hedge, ". */
const NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s*$/u;

/**
 * "…, which critics said was discriminatory": a source that opens with the relative word of an object relative
 * clause starts at the clause's subject ("critics"), as annotators mark it; "who recently co-authored a paper"
 * (a subject relative) is left as it is.
 *
 * @example dropRelativeOpener(text, tokens, attribution)?.text // 'critics'
 */
export function dropRelativeOpener(text: string, tokens: Token[], { source }: SourceEdgeInput): TextSpan | null {
  if (!source) return null;
  const first = tokenIndexAt(tokens, source.start);
  const opener = tokens[first];
  const subject = tokens[first + 1];
  if (
    opener?.start !== source.start ||
    !RELATIVE_OPENERS.has(opener.lower) ||
    !subject ||
    subject.end > source.end ||
    !SUBJECT_OPENERS.has(subject.pos)
  )
    return source;
  return textSpan(text, subject.start, source.end);
}
