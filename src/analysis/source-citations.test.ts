import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCES, fixtureArticle } from '../../test/fixtures.js';
import { countCitations } from './source-citations.js';

const [KCNA, UKRAINIAN_OFFICIALS] = FIXTURE_SOURCES;

describe('countCitations', () => {
  it('countCitations › no analyses › an empty map', () => {
    expect(countCitations([])).toEqual(new Map());
  });

  it('countCitations › one fixture article › claims per cited source; the byline fallback is no citation', () => {
    const citations = countCitations([fixtureArticle('a1').analysis]);

    expect(citations).toEqual(
      new Map([
        ['kcna', { source: KCNA, claims: 2, articles: 1 }],
        ['ukraine-officials', { source: UKRAINIAN_OFFICIALS, claims: 1, articles: 1 }],
      ]),
    );
  });

  it('countCitations › a claim citing one source twice › counts once', () => {
    const article = fixtureArticle('a1', [
      {
        text: 'Troops moved, KCNA said, according to KCNA.',
        role: 'body',
        paragraph: 0,
        sources: [
          { id: 'kcna', mention: 'KCNA', cue: 'said', kind: 'inverted' },
          { id: 'kcna', mention: 'KCNA', cue: 'according to', kind: 'according-to' },
        ],
      },
    ]);

    expect(countCitations([article.analysis]).get('kcna')).toMatchObject({ claims: 1, articles: 1 });
  });

  it('countCitations › boilerplate and bylines › never counted', () => {
    const article = fixtureArticle('a1', [
      { text: 'Headline', role: 'headline', paragraph: 0 },
      {
        text: 'Follow KCNA, KCNA said.',
        role: 'boilerplate',
        paragraph: 1,
        sources: [{ id: 'kcna', mention: 'KCNA', cue: 'said', kind: 'inverted' }],
      },
      { text: '— AP', role: 'byline', paragraph: 2, sources: [{ id: 'ap', mention: 'AP', cue: null, kind: 'byline' }] },
    ]);

    expect(countCitations([article.analysis])).toEqual(new Map());
  });

  it('countCitations › two articles › claims add up, articles count each once', () => {
    const citations = countCitations([fixtureArticle('a1').analysis, fixtureArticle('a2').analysis]);

    expect(citations.get('kcna')).toMatchObject({ claims: 4, articles: 2 });
    expect(citations.get('ukraine-officials')).toMatchObject({ claims: 2, articles: 2 });
  });
});
