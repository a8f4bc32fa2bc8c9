import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.js';
import { DEFAULT_SOURCES } from '../../src/analysis/default-sources.js';
import type { FlagKind, SentenceRole } from '../../src/analysis/types.js';

const text = readFileSync(new URL('../../samples/nk-russia-treaty.txt', import.meta.url), 'utf8');
const analysis = analyzeArticle(text, DEFAULT_SOURCES);

interface ExpectedSource {
  mention: string;
  source: string;
  type: string;
  cue: string;
  /** The start of the content, where the row says what it is. */
  content?: string;
}

/** The bundled sample, sentence by sentence, as the product must read it. */
const rows: Array<[number, string, SentenceRole, ExpectedSource[], FlagKind[]]> = [
  [1, 'Biggest post-Cold War defence treaty', 'headline', [], []],
  [
    2,
    'Doubling their efforts: Putin and Kim',
    'caption',
    [{ mention: 'Reuters', source: 'Reuters', type: 'wire-service', cue: '—' }],
    [],
  ],
  [
    3,
    'The country ratified a major defence treaty',
    'body',
    [
      {
        mention: 'the North’s state media',
        source: 'KCNA',
        type: 'state-media',
        cue: 'reported',
        content: 'The country ratified a major defence treaty with Russia stipulating mutual military aid',
      },
      {
        mention: 'the United States, South Korea and Ukraine',
        source: 'US, South Korean and Ukrainian governments',
        type: 'government',
        cue: 'say',
        content: 'North Korea has sent thousands of troops to Russia to support its war against Ukraine',
      },
    ],
    [],
  ],
  [4, 'Russia had completed the ratification', 'body', [], []],
  [5, 'It is considered both countries’ biggest', 'body', [], ['agentless-passive']],
  [
    6,
    'The Comprehensive Strategic Partnership treaty will take effect',
    'body',
    [{ mention: 'the state-run Korean Central News Agency', source: 'KCNA', type: 'state-media', cue: 'said' }],
    [],
  ],
  [
    7,
    'North Korea ratified the treaty through a decree',
    'body',
    [{ mention: 'KCNA', source: 'KCNA', type: 'state-media', cue: 'said' }],
    [],
  ],
  [
    8,
    'North Korea’s rubber-stamp Parliament',
    'body',
    [
      {
        mention: 'South Korea’s Unification Ministry',
        source: 'Unification Ministry',
        type: 'government',
        cue: 'according to',
      },
    ],
    [],
  ],
  [9, 'The treaty requires both countries', 'body', [], []],
  [10, 'It also calls for the two countries', 'body', [], ['unattributed-quote']],
  [
    11,
    'Some observers speculate',
    'body',
    [{ mention: 'Some observers', source: 'Unnamed sources', type: 'unnamed', cue: 'speculate' }],
    ['vague-source'],
  ],
  [
    12,
    'According to US, South Korean and Ukrainian intelligence assessments',
    'body',
    [
      {
        mention: 'US, South Korean and Ukrainian intelligence assessments',
        source: 'US, South Korean and Ukrainian intelligence assessments',
        type: 'intelligence',
        cue: 'According to',
      },
    ],
    [],
  ],
  [
    13,
    'Last week, Ukrainian officials said',
    'body',
    [{ mention: 'Ukrainian officials', source: 'Ukrainian officials', type: 'officials', cue: 'said' }],
    [],
  ],
  [
    14,
    'South Korea’s spy agency said last month',
    'body',
    [
      {
        mention: 'South Korea’s spy agency',
        source: 'National Intelligence Service',
        type: 'intelligence',
        cue: 'said',
      },
    ],
    [],
  ],
  [15, '— AP', 'byline', [{ mention: 'AP', source: 'AP', type: 'wire-service', cue: '—' }], []],
];

function describeSentence(index: number) {
  const sentence = analysis.sentences[index];
  if (!sentence) throw new Error(`no sentence ${index + 1}`);
  const byId = new Map(analysis.sources.map((source) => [source.id, source]));
  // A sourceless attribution ("It is considered …") names no source: the table's "none", with its flag.
  const sources = analysis.attributions
    .filter((attribution) => attribution.sentence === index && attribution.source !== null)
    .map((attribution) => {
      const record = attribution.sourceId ? byId.get(attribution.sourceId) : undefined;
      return {
        mention: attribution.source?.text,
        source: record?.name,
        type: record?.type,
        cue: attribution.cue?.text,
        content: text.slice(attribution.content.start, attribution.content.end),
      };
    });
  return {
    text: text.slice(sentence.start, sentence.end),
    role: sentence.role,
    sources,
    flags: sentence.flags.map((f) => f.kind),
  };
}

describe('analyzeArticle › the bundled sample', () => {
  it.each(rows)(
    'sentence %i (“%s…”) › role, sources and flags as the desk reads them',
    (row, begins, role, sources, flags) => {
      const actual = describeSentence(row - 1);
      expect(actual.text.startsWith(begins)).toBe(true);
      expect(actual.role).toBe(role);
      expect(actual.sources).toHaveLength(sources.length);
      sources.forEach((expected, i) => {
        const { content, ...named } = expected;
        expect(actual.sources[i]).toMatchObject(named);
        if (content) expect(actual.sources[i]?.content).toBe(content);
      });
      expect(actual.flags).toEqual(flags);
    },
  );

  it('sentences after the byline › are all boilerplate, from the WhatsApp line to “Others Also Read”', () => {
    const rest = analysis.sentences.slice(15);
    expect(rest.length).toBeGreaterThan(3);
    expect(rest.every((sentence) => sentence.role === 'boilerplate')).toBe(true);
    expect(text.slice(rest[0]?.start, rest[0]?.end)).toMatch(/^Follow us on our official WhatsApp channel/);
    expect(text.slice(rest.at(-1)?.start, rest.at(-1)?.end)).toBe('Others Also Read');
  });

  it('byline › is the story’s fallback source', () => {
    expect(analysis.bylineSourceId).toBe('ap');
  });

  it('title › is the headline', () => {
    expect(analysis.title).toBe('Biggest post-Cold War defence treaty with Russia ratified');
  });

  it('KCNA › every mention links to one source record', () => {
    const kcna = analysis.attributions.filter((attribution) => attribution.sourceId === 'kcna');
    expect(kcna.map((attribution) => attribution.source?.text)).toEqual([
      'the North’s state media',
      'the state-run Korean Central News Agency',
      'KCNA',
    ]);
    expect(analysis.sources.filter((source) => source.id === 'kcna')).toHaveLength(1);
  });

  it('every span › is the text it claims to cover', () => {
    for (const attribution of analysis.attributions) {
      for (const span of [attribution.source, attribution.cue])
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
