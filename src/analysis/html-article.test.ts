import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze.js';
import { DEFAULT_SOURCES } from './default-sources.js';
import { htmlToArticleText, looksLikeHtml } from './html-article.js';

/** A hand-written news page: site header and navigation, story with byline and photo, "Read more" list, footer. */
const NEWS_PAGE = readFileSync(new URL('../../test/fixtures/news-page.html', import.meta.url), 'utf8');

const NEWS_PAGE_TEXT = [
  'North Korea tests engine for new long-range drone, state media says',
  'By Jane Doe, Associated Press',
  'Kim Jong Un watches an engine test at an undisclosed location in this photo released on Tuesday. — Reuters',
  'North Korea has tested a solid-fuel engine for what it called a new long-range attack drone, KCNA said on ' +
    'Wednesday, the latest in a string of weapons trials this year.',
  'Leader Kim Jong Un observed the test and called the engine “a decisive step” for the country’s air force, the ' +
    'state-run agency reported.',
  'The drone would be able to fly more than 2,000 kilometres & stay aloft for a day, KCNA said, without giving ' +
    'details of when it might be deployed.',
  'South Korea’s Joint Chiefs of Staff said it was analysing the claims together with U.S. intelligence officials.',
  'Analysts have said Pyongyang may be drawing on experience gained from the war in Ukraine, where drones have ' +
    'reshaped the battlefield.',
].join('\n\n');

const STORY =
  '<p>Rain fell across the capital for a third day on Sunday, the weather agency said, and more is expected.</p>' +
  '<p>Rivers rose to their highest level in a decade, according to the Environment Ministry.</p>' +
  '<p>Schools in three districts will stay closed until Wednesday, officials said, while crews cleared roads.</p>';
const STORY_PARAGRAPHS = [
  'Rain fell across the capital for a third day on Sunday, the weather agency said, and more is expected.',
  'Rivers rose to their highest level in a decade, according to the Environment Ministry.',
  'Schools in three districts will stay closed until Wednesday, officials said, while crews cleared roads.',
];

describe('looksLikeHtml', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html><body>x</body></html>', true],
    ['an <html> start after a comment and a byte-order mark', '\ufeff<!-- saved -->\n<html lang="en">', true],
    ['a <body> tag', 'saved page\n<body class="story">x</body>', true],
    ['an <article> tag', '<article>Talks failed.</article>', true],
    ['a <p> tag', 'Talks fail\n\n<p>Talks failed, KCNA said.</p>', true],
    ['plain text', 'Talks fail\n\nTalks failed, KCNA said.', false],
    ['text with angle brackets', 'Talks fail <again>; a <script> tag, <pre> and <html5> are words here.', false],
    ['an <html> start after fifty comments', `${'<!-- saved -->\n'.repeat(50)}<html>`, true],
    ['a comment left open', '<!-- saved <html>', false],
    // Each comment ends at its first "-->": the pattern took exponential time trying to read on past it.
    ['81 empty comments and no page (took exponential time)', `<!---->${'\t<!---->\t<!---->'.repeat(40)}>`, false],
  ])(
    'looksLikeHtml › %s › %s',
    (_case, text, expected) => {
      expect(looksLikeHtml(text)).toBe(expected);
    },
    60_000,
  );
});

describe('htmlToArticleText', () => {
  it('htmlToArticleText › news page › headline, byline, caption with credit, then the body; no chrome', () => {
    const article = htmlToArticleText(NEWS_PAGE);

    expect(article).toEqual({
      text: NEWS_PAGE_TEXT,
      title: 'North Korea tests engine for new long-range drone, state media says',
      byline: 'By Jane Doe, Associated Press',
    });
  });

  it('htmlToArticleText › news page › scripts, styles, navigation, ads and footer never reach the text', () => {
    const { text } = htmlToArticleText(NEWS_PAGE);

    for (const chrome of [
      'alert(1)',
      'dataLayer',
      'loadAd',
      'font-family',
      'Skip to content',
      'Home',
      'Business',
      'Search the Harbour Times',
      'About us',
      'Privacy policy',
      'All rights reserved',
      'Kim visits drone factory',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('htmlToArticleText › news page, analysed › headline, Reuters caption, KCNA body claims', () => {
    const { text } = htmlToArticleText(NEWS_PAGE);

    const analysis = analyzeArticle(text, DEFAULT_SOURCES);

    const said = (index: number) => {
      const sentence = analysis.sentences[index];
      return sentence ? text.slice(sentence.start, sentence.end) : '';
    };
    const headline = analysis.sentences.find((sentence) => sentence.role === 'headline');
    expect(headline && said(headline.index)).toBe(
      'North Korea tests engine for new long-range drone, state media says',
    );
    const caption = analysis.sentences.find((sentence) => sentence.role === 'caption');
    expect(caption && said(caption.index)).toMatch(/^Kim Jong Un watches an engine test.* — Reuters$/);
    expect(analysis.attributions).toContainEqual(
      expect.objectContaining({ sentence: caption?.index, kind: 'credit', sourceId: 'reuters' }),
    );
    const kcna = analysis.attributions.filter((attribution) => attribution.sourceId === 'kcna');
    const kcnaClaims = kcna.map((attribution) => analysis.sentences[attribution.sentence]);
    // "KCNA said" twice, and "the state-run agency" in between points back to it.
    expect(kcna.map((attribution) => attribution.source?.text)).toEqual(['KCNA', 'the state-run agency', 'KCNA']);
    expect(kcnaClaims.map((sentence) => sentence?.role)).toEqual(['body', 'body', 'body']);
    expect(said(kcnaClaims[0]?.index ?? -1)).toMatch(/^North Korea has tested a solid-fuel engine/);
    expect(analysis.sentences.filter((sentence) => sentence.role === 'body')).toHaveLength(5);
  });

  it('htmlToArticleText › "Read more" list kept in the story › trailing paragraphs the analyser marks boilerplate', () => {
    const html =
      '<!doctype html><html><head><title>Floods close schools</title></head><body><article>' +
      `<h1>Floods close schools</h1><div class="body">${STORY}<h3>Read more</h3><ul>` +
      '<li><a href="/a">Dam levels at record high</a></li><li><a href="/b">Heat wave expected</a></li></ul>' +
      '</div></article></body></html>';

    const { text } = htmlToArticleText(html);

    expect(text).toBe(
      [
        'Floods close schools',
        ...STORY_PARAGRAPHS,
        'Read more',
        'Dam levels at record high',
        'Heat wave expected',
      ].join('\n\n'),
    );
    const roles = analyzeArticle(text, DEFAULT_SOURCES).sentences.map((sentence) => sentence.role);
    expect(roles).toEqual(['headline', 'body', 'body', 'body', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it.each([
    ['in a credit element', '<figcaption>A flooded street. <span class="credit">Photo: AFP</span></figcaption>'],
    ['in the caption’s own words', '<figcaption>A flooded street. — AFP</figcaption>'],
    ['beside the caption', '<span class="image-credit">(AFP)</span><figcaption>A flooded street.</figcaption>'],
  ])('htmlToArticleText › photo credit %s › one caption paragraph ending "— AFP"', (_case, figure) => {
    const html = `<html><body><article><h1>Floods close schools</h1><figure><img src="a.jpg">${figure}</figure>${STORY}</article></body></html>`;

    const { text } = htmlToArticleText(html);

    expect(text.split('\n\n').slice(0, 3)).toEqual([
      'Floods close schools',
      'A flooded street. — AFP',
      STORY_PARAGRAPHS[0],
    ]);
  });

  it('htmlToArticleText › author only in the metadata › "By" and the name after the headline', () => {
    const html = `<html><head><meta name="author" content="Min Park"></head><body><article><h1>Floods close schools</h1>${STORY}</article></body></html>`;

    const article = htmlToArticleText(html);

    expect(article.byline).toBe('By Min Park');
    expect(article.text.split('\n\n').slice(0, 2)).toEqual(['Floods close schools', 'By Min Park']);
  });

  it('htmlToArticleText › site logo in an <h1> › the story’s <h1> is the headline', () => {
    const html =
      '<html><head><title>Floods close schools – Daily Post</title></head><body>' +
      `<header><h1 class="logo">Daily Post</h1></header><main><h1>Floods close schools</h1>${STORY}</main></body></html>`;

    expect(htmlToArticleText(html)).toEqual({
      text: ['Floods close schools', ...STORY_PARAGRAPHS].join('\n\n'),
      title: 'Floods close schools',
      byline: null,
    });
  });

  it('htmlToArticleText › entities, no-break spaces, line breaks in the source › decoded, one space each', () => {
    const html = '<p>Seoul&rsquo;s  reply:\n  &ldquo;no&nbsp;comment&rdquo; &amp;\tmore &#8212; &lt;b&gt;</p>';

    expect(htmlToArticleText(html).text).toBe('Seoul’s reply: “no comment” & more — <b>');
  });

  it('htmlToArticleText › Readability finds only chrome › the body’s blocks stand in, without the chrome', () => {
    // Readability drops modal dialogs, here the whole story, and keeps the navigation.
    const html =
      '<html><body><div role="dialog" aria-modal="true"><h1>Storm hits coast</h1><p>Rain fell, officials said.</p>' +
      '<div>Roads were closed.<br>Ferries stopped.</div></div><nav>Home World</nav><script>alert(1)</script></body></html>';

    expect(htmlToArticleText(html).text).toBe(
      'Storm hits coast\n\nRain fell, officials said.\n\nRoads were closed.\n\nFerries stopped.',
    );
  });

  it('htmlToArticleText › Readability returns nothing › the headline alone', () => {
    const html = '<html><head><title>Storm hits coast</title></head><body><h1>Storm hits coast</h1></body></html>';

    expect(htmlToArticleText(html)).toEqual({ text: 'Storm hits coast', title: 'Storm hits coast', byline: null });
  });

  it.each([
    ['empty', '', ''],
    ['text with no tags', 'plain words', 'plain words'],
    ['a fragment', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['a <body> with no <html>', '<body><p>One.</p><p>Two.</p></body>', 'One.\n\nTwo.'],
    ['an <html> with no <body>', '<html><p>No body tag.</p></html>', 'No body tag.'],
    ['unclosed and stray tags', '<p>unclosed <b>bold <i>it</p></div></span><p>next', 'unclosed bold it\n\nnext'],
    ['a frameset', '<html><frameset><frame src="x.html"></frameset></html>', ''],
    ['a crash case of Readability (#836)', '<div><div><div>More than 25 characters!!</div></div></div>', null],
    ['20,000 nested divs', `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`, 'deep'],
  ])('htmlToArticleText › %s › never throws', (_case, html, expected) => {
    const { text } = htmlToArticleText(`${html}<script>alert(1)</script>`);

    if (expected !== null) expect(text).toBe(expected);
    expect(text).not.toContain('alert(1)');
  });

  it('htmlToArticleText › random tag soup › never throws; paragraphs are single trimmed lines', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div>',
        '</div>',
        '<h1>',
        '</h1>',
        '<figure><figcaption>',
        '</figcaption></figure>',
        '<br>',
        '<nav>',
        '<script>',
        '</script>',
        '<!--',
        '-->',
        '&amp;',
        '&nbsp;',
        '&#xZZ;',
        '<',
        '>',
        ' said KCNA. ',
        '\n',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const { text } = htmlToArticleText(pieces.join(''));
        for (const paragraph of text === '' ? [] : text.split('\n\n')) {
          expect(paragraph).toMatch(/^\S(?:.*\S)?$/);
          expect(paragraph).not.toMatch(/\s\s|\n/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
