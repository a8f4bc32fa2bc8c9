/** A range of the article text: end-exclusive JavaScript string indices, `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers, for mentions a reader sees (source, cue). */
export interface TextSpan extends Span {
  text: string;
}

export type SentenceRole = 'headline' | 'caption' | 'byline' | 'body' | 'boilerplate';

/** Roles whose sentences are claims a reviewer can mark. */
export const REVIEWABLE_ROLES: readonly SentenceRole[] = ['headline', 'caption', 'body'];

export type FlagKind =
  /** "It is considered …": a judgement with nobody behind it. */
  | 'agentless-passive'
  /** A quoted phrase with no named speaker. */
  | 'unattributed-quote'
  /** "Some observers", "critics", "sources familiar with the matter". */
  | 'vague-source'
  /** "reportedly", "it is believed". */
  | 'hedged';

export interface Flag {
  kind: FlagKind;
  span: TextSpan;
  message: string;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  role: SentenceRole;
  flags: Flag[];
}

export type AttributionKind =
  /** "X said (that) …", "X reported …" */
  | 'said-that'
  /** "…, X said." "…, said X." */
  | 'inverted'
  /** "According to X, …" */
  | 'according-to'
  /** A direct quote carried by the nearest speaker. */
  | 'quote'
  /** "X believes / backs / accused …" */
  | 'stance'
  /** "— AP" at the end of the story. */
  | 'byline'
  /** "— Reuters" after a photo caption. */
  | 'credit'
  /** "reportedly", "it is believed": a cue with no source. */
  | 'sourceless';

export interface Attribution {
  sentence: number;
  kind: AttributionKind;
  source: TextSpan | null;
  cue: TextSpan | null;
  content: Span;
  /** The registry source the mention resolves to, when it is known. */
  sourceId: string | null;
}

/** The kinds of source, for a reviewer to pick from and for input to be checked against. */
export const SOURCE_TYPES = [
  'state-media',
  'government',
  'intelligence',
  'wire-service',
  'news-outlet',
  'officials',
  'person',
  'organisation',
  'document',
  'unnamed',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** A canonical source: the thing every mention of it resolves to. */
export interface SourceRecord {
  id: string;
  name: string;
  type: SourceType;
  aliases: string[];
}

export interface Analysis {
  paragraphs: Span[];
  sentences: Sentence[];
  attributions: Attribution[];
  /** Every source some attribution resolves to, registry records and ad-hoc ones made for unknown mentions. */
  sources: SourceRecord[];
  /** The story's byline source (the fallback for sentences in the reporter's own voice). */
  bylineSourceId: string | null;
  title: string;
}
