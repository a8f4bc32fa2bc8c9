import type {
  Analysis,
  Attribution,
  AttributionKind,
  Flag,
  Sentence,
  SentenceRole,
  SourceRecord,
} from '../src/analysis/types.js';
import type { ArticleRecord } from '../src/storage/store.js';

export interface FixtureSentence {
  text: string;
  role: SentenceRole;
  /** Sentences with the same paragraph number are joined by a space, paragraphs by a blank line. */
  paragraph: number;
  sources?: Array<{ id: string | null; mention: string | null; cue: string | null; kind: AttributionKind }>;
  flags?: Array<Pick<Flag, 'kind' | 'message'>>;
}

export const FIXTURE_SOURCES: SourceRecord[] = [
  { id: 'kcna', name: 'KCNA', type: 'state-media', aliases: [] },
  { id: 'ukraine-officials', name: 'Ukrainian officials', type: 'officials', aliases: [] },
  { id: 'ap', name: 'AP', type: 'wire-service', aliases: [] },
];

/**
 * A hand-made analysis, so the web tests do not depend on the engine's output: a headline, three body claims
 * (one attributed, one with no attribution and a flag, one with two sources), a byline and boilerplate.
 */
export const FIXTURE_SENTENCES: FixtureSentence[] = [
  { text: 'Treaty with Russia ratified', role: 'headline', paragraph: 0 },
  {
    text: 'The treaty takes effect soon, KCNA said.',
    role: 'body',
    paragraph: 1,
    sources: [{ id: 'kcna', mention: 'KCNA', cue: 'said', kind: 'inverted' }],
  },
  {
    text: 'It is considered the biggest deal.',
    role: 'body',
    paragraph: 1,
    flags: [{ kind: 'agentless-passive', message: 'Who considers it so?' }],
  },
  {
    text: 'Troops were sent, according to Ukrainian officials and KCNA.',
    role: 'body',
    paragraph: 2,
    sources: [
      { id: 'ukraine-officials', mention: 'Ukrainian officials', cue: 'according to', kind: 'according-to' },
      { id: 'kcna', mention: 'KCNA', cue: 'according to', kind: 'according-to' },
    ],
  },
  { text: '— AP', role: 'byline', paragraph: 3, sources: [{ id: 'ap', mention: 'AP', cue: null, kind: 'byline' }] },
  { text: 'Follow us on WhatsApp for breaking news alerts!', role: 'boilerplate', paragraph: 4 },
];

/** Builds an article record from fixture sentences, with every span pointing at the right characters. */
export function fixtureArticle(
  id = 'fixture1',
  sentences: FixtureSentence[] = FIXTURE_SENTENCES,
  title = 'Treaty with Russia ratified',
): ArticleRecord {
  let text = '';
  const analysis: Analysis = {
    paragraphs: [],
    sentences: [],
    attributions: [],
    sources: FIXTURE_SOURCES,
    bylineSourceId: 'ap',
    title,
  };
  sentences.forEach((part, index) => {
    const previous = sentences[index - 1];
    if (previous) text += previous.paragraph === part.paragraph ? ' ' : '\n\n';
    const start = text.length;
    text += part.text;
    const span = (word: string | null) => {
      if (word === null) return null;
      const at = part.text.indexOf(word);
      return { start: start + at, end: start + at + word.length, text: word };
    };
    const sentence: Sentence = {
      index,
      paragraph: part.paragraph,
      role: part.role,
      start,
      end: text.length,
      flags: (part.flags ?? []).map((flag) => ({ ...flag, span: { start, end: text.length, text: part.text } })),
    };
    analysis.sentences.push(sentence);
    for (const source of part.sources ?? []) {
      const attribution: Attribution = {
        sentence: index,
        kind: source.kind,
        source: span(source.mention),
        cue: span(source.cue),
        content: { start, end: text.length },
        sourceId: source.id,
      };
      analysis.attributions.push(attribution);
    }
  });
  return {
    id,
    title,
    text,
    createdAt: '2026-01-05T14:02:00.000Z',
    createdBy: 'tester',
    analysis,
  };
}
