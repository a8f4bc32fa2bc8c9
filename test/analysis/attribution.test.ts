import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.js';
import { DEFAULT_SOURCES } from '../../src/analysis/default-sources.js';
import type { AttributionKind } from '../../src/analysis/types.js';

interface Found {
  kind: AttributionKind;
  source: string | null;
  cue: string | null;
  content: string;
}

/**
 * Analyses a one-paragraph body (after a headline, so the text is not read as one) with the rules alone, and lists
 * what they find; test/analysis/capabilities.test.ts checks the whole engine, rules and learned tagger together.
 */
function attributionsOf(body: string): Found[] {
  const text = `Headline\n\n${body}`;
  const analysis = analyzeArticle(text, DEFAULT_SOURCES, { tagger: null });
  return analysis.attributions.map((attribution) => ({
    kind: attribution.kind,
    source: attribution.source?.text ?? null,
    cue: attribution.cue?.text ?? null,
    content: text.slice(attribution.content.start, attribution.content.end),
  }));
}

describe('analyzeArticle › attributions by the rules alone', () => {
  it.each<[string, string, Found[]]>([
    ['no attribution at all › finds none', 'The bridge reopened on Monday after repairs.', []],
    [
      '“X said that …” › source before, content after “that”',
      'The ministry said on Tuesday that talks would resume.',
      [{ kind: 'said-that', source: 'The ministry', cue: 'said', content: 'that talks would resume' }],
    ],
    [
      '“said X” inverted › source after the verb',
      'Talks will resume next week, said Foreign Minister Cho Tae-yul.',
      [
        {
          kind: 'inverted',
          source: 'Foreign Minister Cho Tae-yul',
          cue: 'said',
          content: 'Talks will resume next week',
        },
      ],
    ],
    [
      '“…, said X, appositive.” › the appositive is part of the source',
      'The treaty is a turning point, said Lee Sang-min, a former vice minister of unification.',
      [
        {
          kind: 'inverted',
          source: 'Lee Sang-min, a former vice minister of unification',
          cue: 'said',
          content: 'The treaty is a turning point',
        },
      ],
    ],
    [
      '“…, said X, who …” › a relative clause is not',
      'The treaty is a turning point, said Lee, who has studied it for years.',
      [{ kind: 'inverted', source: 'Lee', cue: 'said', content: 'The treaty is a turning point' }],
    ],
    [
      '“…, X posted on Facebook” › where it was said is not what was said',
      'Dalle was traveling to Cairo, the church said on Facebook.',
      [{ kind: 'inverted', source: 'the church', cue: 'said', content: 'Dalle was traveling to Cairo' }],
    ],
    [
      'a name, a bracketed note and an appositive › one source',
      'Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said the talks were over.',
      [
        {
          kind: 'said-that',
          source: 'Rep. Elijah Cummings (D-Md.), chair of the Platform Committee,',
          cue: 'said',
          content: 'the talks were over',
        },
      ],
    ],
    [
      '“…, X said this week at an event.” › where and when it was said is not what was said',
      'Schools give too many tests, Bill Clinton said this week at an event in Wyoming.',
      [{ kind: 'inverted', source: 'Bill Clinton', cue: 'said', content: 'Schools give too many tests' }],
    ],
    [
      'an aside that opens on a preposition › is how it was said, not who',
      'Sanders, in a statement, said the plan would fail.',
      [{ kind: 'said-that', source: 'Sanders', cue: 'said', content: 'the plan would fail' }],
    ],
    [
      'a linking adverb set off after the subject › is not the source',
      'Cruz, however, said the plan would fail.',
      [{ kind: 'said-that', source: 'Cruz', cue: 'said', content: 'the plan would fail' }],
    ],
    [
      'an age set off after the subject › is part of the source',
      'Mr. Sperling, then 38, said the plan would fail.',
      [{ kind: 'said-that', source: 'Mr. Sperling, then 38,', cue: 'said', content: 'the plan would fail' }],
    ],
    [
      'a first name that wink reads as a verb › stays in the name',
      'Texas Sen. Ted Cruz said the plan would fail.',
      [{ kind: 'said-that', source: 'Texas Sen. Ted Cruz', cue: 'said', content: 'the plan would fail' }],
    ],
    [
      'a time between the subject and its verb › is skipped',
      'The spy agency, the NIS, on Tuesday said troops had moved.',
      [{ kind: 'said-that', source: 'The spy agency, the NIS,', cue: 'said', content: 'troops had moved' }],
    ],
    [
      'a newspaper named like a time › is a source all the same',
      'The Times said the emails were exchanged in 2014.',
      [{ kind: 'said-that', source: 'The Times', cue: 'said', content: 'the emails were exchanged in 2014' }],
    ],
    [
      'a newspaper named like a day › is a source all the same',
      'USA TODAY reported the donors gave more.',
      [{ kind: 'said-that', source: 'USA TODAY', cue: 'reported', content: 'the donors gave more' }],
    ],
    [
      'a party and state in brackets › belong to the name',
      'Rep. Brad Sherman (D-Calif.) last month said rates would rise.',
      [{ kind: 'said-that', source: 'Rep. Brad Sherman (D-Calif.)', cue: 'said', content: 'rates would rise' }],
    ],
    [
      '“said his X” inverted › the speaker with his possessive',
      '“We will win,” added his campaign manager Jeff Weaver.',
      [
        {
          kind: 'inverted',
          source: 'his campaign manager Jeff Weaver',
          cue: 'added',
          content: '“We will win,”',
        },
      ],
    ],
    [
      '“…, X said” › content before the comma',
      'The launch failed, the Joint Chiefs of Staff said.',
      [{ kind: 'inverted', source: 'the Joint Chiefs of Staff', cue: 'said', content: 'The launch failed' }],
    ],
    [
      '“according to X” after the claim › content before',
      'Exports rose 5 percent, according to customs data.',
      [{ kind: 'according-to', source: 'customs data', cue: 'according to', content: 'Exports rose 5 percent' }],
    ],
    [
      '“…, said X, …” inside the sentence › X speaks, not the words before the comma',
      'The contrast with Trump, said Doyle and others, would be clear by November.',
      [
        {
          kind: 'inverted',
          source: 'Doyle and others',
          cue: 'said',
          content: 'The contrast with Trump, said Doyle and others, would be clear by November',
        },
      ],
    ],
    [
      '“X, speaking on condition of anonymity, said Y ran …, 2012” › Y begins a clause, not a speaker',
      'One former employee, speaking on condition of anonymity, said Gates ran the group in an April, 2012 meeting.',
      [
        {
          kind: 'said-that',
          source: 'One former employee',
          cue: 'said',
          content: 'Gates ran the group in an April, 2012 meeting',
        },
      ],
    ],
    [
      '“X on Wednesday did Y and said …” › the subject, not the time before the first verb',
      'Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack and said it was the same thing.',
      [{ kind: 'said-that', source: 'Sen. Chuck Grassley (R-Iowa)', cue: 'said', content: 'it was the same thing' }],
    ],
    [
      '“X on Monday did Y, accusing …” › the participle shares the subject, not the time',
      'Vice President Joe Biden on Monday hit the campaign trail, accusing Trump of endangering troops.',
      [
        {
          kind: 'said-that',
          source: 'Vice President Joe Biden',
          cue: 'accusing',
          content: 'Trump of endangering troops',
        },
      ],
    ],
    [
      '“X told reporters …” › the listener is not the content',
      'Kim told reporters the plan was final.',
      [{ kind: 'said-that', source: 'Kim', cue: 'told', content: 'the plan was final' }],
    ],
    [
      'a quote spanning sentences › is one content',
      '“We will not retreat. We will win,” the general said.',
      [{ kind: 'inverted', source: 'the general', cue: 'said', content: '“We will not retreat. We will win,”' }],
    ],
    [
      '“he said” in the middle of a quote › content is the whole quote',
      '“We will,” she said, “never give up.”',
      [{ kind: 'inverted', source: 'she', cue: 'said', content: '“We will,” she said, “never give up.”' }],
    ],
    [
      'a quote carried on after “X said, pointing to …” › is still what X said',
      '“The town was booming,” Ms. Hughes said, pointing to where the store used to be. “Those days are gone.”',
      [
        {
          kind: 'inverted',
          source: 'Ms. Hughes',
          cue: 'said',
          content:
            '“The town was booming,” Ms. Hughes said, pointing to where the store used to be. “Those days are gone.”',
        },
        { kind: 'said-that', source: 'Ms. Hughes', cue: 'pointing to', content: 'where the store used to be' },
      ],
    ],
    [
      'a speaker, a colon and a quote of several sentences › the whole quote',
      'Mark Blumenthal and Jon Cohen: “The polls were not wrong. They ended too early.”',
      [
        {
          kind: 'quote',
          source: 'Mark Blumenthal and Jon Cohen',
          cue: ':',
          content: '“The polls were not wrong. They ended too early.”',
        },
      ],
    ],
    [
      'a colon speaker after a heading and a dash › the speaker',
      'RED STATES LEAD - Jeffrey M. Jones: “Twenty states lean Republican.”',
      [{ kind: 'quote', source: 'Jeffrey M. Jones', cue: ':', content: '“Twenty states lean Republican.”' }],
    ],
    [
      'a colon speaker with a hyphenated name › the whole name',
      'Cheong Seong-chang: “The North wants a seat at the table.”',
      [{ kind: 'quote', source: 'Cheong Seong-chang', cue: ':', content: '“The North wants a seat at the table.”' }],
    ],
    [
      'a colon speaker with a title of seven words › the whole title and name',
      'Former minister of unification Kim Yeon-chul: “Talks must resume.”',
      [
        {
          kind: 'quote',
          source: 'Former minister of unification Kim Yeon-chul',
          cue: ':',
          content: '“Talks must resume.”',
        },
      ],
    ],
    [
      'a clause after “, X said,” › is part of what X said',
      'Without a deal, the minister said, Seoul would walk away.',
      [
        {
          kind: 'inverted',
          source: 'the minister',
          cue: 'said',
          content: 'Without a deal, the minister said, Seoul would walk away',
        },
      ],
    ],
    [
      'a figure “in a poll” › the poll is the source',
      'Lee leads by nine points in a new Gallup Korea poll released Friday.',
      [
        {
          kind: 'according-to',
          source: 'a new Gallup Korea poll released Friday',
          cue: 'in',
          content: 'Lee leads by nine points',
        },
      ],
    ],
    [
      '“In a survey, …” › the content follows the poll',
      'In a Gallup Korea survey, 60 percent backed the treaty.',
      [{ kind: 'according-to', source: 'a Gallup Korea survey', cue: 'In', content: '60 percent backed the treaty' }],
    ],
    [
      '“In a poll conducted by X, Y said …” › the poll’s whole sentence, respondents and all',
      'In a poll conducted by Gallup Korea, 31 percent of voters said they backed the treaty.',
      [
        {
          kind: 'according-to',
          source: 'a poll conducted by Gallup Korea',
          cue: 'In',
          content: '31 percent of voters said they backed the treaty',
        },
      ],
    ],
    ['“in a poll position” › no poll', 'He was in a poll position.', []],
    ['“leads in the polls” › a way of speaking, no poll named', 'Lee leads in the polls.', []],
    ['an interview’s “Q:” › names nobody', 'Q: Do you think the talks will resume?', []],
    ['“you know” › a filler, no attribution', 'You know the talks were going nowhere.', []],
    ['a label before a colon › is no speaker', 'One notable trend: voters are leaving the party.', []],
    ['a quoted “said” › is content, not a cue', 'The sign read “he said no” for years.', []],
    ['a stance verb with no clause after it › is no cue', 'Officials think hard about every launch.', []],
  ])('%s', (_name, body, expected) => {
    expect(attributionsOf(body)).toEqual(expected);
  });

  it.each<[string, string, string | null]>([
    ['a name wink tags as a verb, and a claim with no verb', 'Lynch: No outside influence on FBI probe', 'Lynch'],
    ['a two-word organisation', 'Judicial Watch: State Department Hid Key Benghazi Email', 'Judicial Watch'],
    ['a headline label', 'EXCLUSIVE: In memo to Congress, Saudis insist they are fighting terror', null],
    ['a headline label', 'Busted: Emails Reveal Aide And Reporter Conspiring', null],
    ['a tally, no claim', 'Clinton: 547', null],
  ])('a headline “X: …” › %s: %s', (_name, headline, speaker) => {
    const text = `${headline}.\n\nThe talks went on for a week.`;
    const { attributions } = analyzeArticle(text, DEFAULT_SOURCES, { tagger: null });
    const colon = attributions.find((attribution) => attribution.cue?.text === ':');
    expect(colon?.source?.text ?? null).toBe(speaker);
  });

  it.each([
    ['N. Korea sent 3,000 more troops to Russia: NIS', 'NIS', 'nis'],
    ['Kim to visit Moscow next year: report', 'report', null],
    ['Seoul mulls sending monitors to Ukraine: officials', 'officials', 'unnamed'],
  ])('a headline closing “…: X” › X reports it: %s', (headline, source, sourceId) => {
    const text = `${headline}\n\nThe talks went on for a week.`;
    const [found] = analyzeArticle(text, DEFAULT_SOURCES, { tagger: null }).attributions;
    expect(found).toMatchObject({ kind: 'according-to', source: { text: source }, cue: { text: ':' } });
    expect(text.slice(found?.content.start, found?.content.end)).toBe(headline.slice(0, headline.lastIndexOf(':')));
    if (sourceId) expect(found?.sourceId).toBe(sourceId);
  });

  it.each([['what was said, quoted', 'Trump Praises Reporter: ‘Very Good Reporter.’']])(
    'a headline closing “…: X” › X is no source when it is %s',
    (_name, headline) => {
      const text = `${headline}\n\nThe talks went on for a week.`;
      const kinds = analyzeArticle(text, DEFAULT_SOURCES, { tagger: null }).attributions.map((a) => a.kind);
      expect(kinds).not.toContain('according-to');
    },
  );

  it('“X, who …, said Y had …” › Y with a verb of its own is what is said, not an inverted speaker', () => {
    const found = attributionsOf(
      'Oliver K. Hedge, who appraises golf course properties for the firm Cushman & Wakefield, said the golf industry had made great strides.',
    );
    expect(found.map((attribution) => attribution.source)).not.toContain('the golf industry had made great strides');
  });

  it('a claim with no verb after a colon › is a headline’s way, not the body’s', () => {
    expect(attributionsOf('Lynch: No outside influence on FBI probe.')).toEqual([]);
  });

  it('a sentence ending on a colon › the quote in the next paragraph is its content', () => {
    const [found] = attributionsOf('The general warned reporters:\n\n“We will never give up our deterrent.”');
    expect(found).toMatchObject({ source: 'The general', cue: 'warned' });
    expect(found?.content.endsWith('“We will never give up our deterrent.”')).toBe(true);
  });

  it('“X said in a statement:” › the quote below, over all its paragraphs, is the content', () => {
    expect(
      attributionsOf('The ministry said in a statement:\n\n“We will not retreat.\n\n“Seoul must apologise.”'),
    ).toEqual([
      {
        kind: 'said-that',
        source: 'The ministry',
        cue: 'said',
        content: '“We will not retreat.\n\n“Seoul must apologise.”',
      },
    ]);
  });

  it('a “— AP” byline › closes the story and stands behind it', () => {
    const text = 'Headline\n\nTroops moved north on Sunday. — AP\n\nRead more stories';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.sentences.map((sentence) => sentence.role)).toEqual(['headline', 'body', 'byline', 'boilerplate']);
    expect(analysis.bylineSourceId).toBe('ap');
  });

  it('a hyphenated name at a sentence’s end (“the A.F.L.-C.I.O.”) › is no “— AP” byline', () => {
    const text =
      'Headline\n\n“It is a threat,” said Richard L. Trumka, president of the A.F.L.-C.I.O. The union stayed out.';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.sentences.map((sentence) => sentence.role)).toEqual(['headline', 'body', 'body']);
    expect(analysis.attributions[0]?.source?.text).toBe('Richard L. Trumka, president of the A.F.L.-C.I.O.');
  });

  it('a web page’s time stamp, share button, rules and “Follow … coverage” line › are boilerplate', () => {
    const text =
      'Headline\n\nBy HYUNG-JIN KIM\n\nUpdated 9:41 PM GMT+9, September 19, 2024\n\nShare\n\n' +
      'SEOUL, South Korea (AP) — Kim Jong Un oversaw a missile test, state media reported, as he vowed to expand his forces.' +
      '\n\n___\n\nFollow AP’s coverage of Asia at https://apnews.com/hub/asia-pacific';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.sentences.map((sentence) => sentence.role)).toEqual([
      'headline',
      'byline',
      'boilerplate',
      'boilerplate',
      'body',
      'boilerplate',
      'boilerplate',
    ]);
    // The writer of the byline is nobody "he" in the story stands for.
    const vowed = analysis.attributions.find((attribution) => attribution.cue?.text === 'vowed');
    expect(analysis.sources.find((source) => source.id === vowed?.sourceId)?.name).toBe('Kim Jong Un');
  });

  it('the writer’s e-mail address under the story › is boilerplate', () => {
    const text = 'Headline\n\nTroops moved north on Sunday, the ministry said.\n\nsjh@heraldcorp.com';
    expect(analyzeArticle(text, DEFAULT_SOURCES).sentences.map((sentence) => sentence.role)).toEqual([
      'headline',
      'body',
      'boilerplate',
    ]);
  });

  it.each(['(END)', '-- END --', '###'])('a wire’s end mark “%s” › ends the story as boilerplate', (mark) => {
    const text = `Headline\n\nTroops moved north on Sunday, the ministry said.\n\n${mark}\n\nPolice said the fire was out.`;
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.sentences.map((sentence) => sentence.role)).toEqual([
      'headline',
      'body',
      'boilerplate',
      'boilerplate',
    ]);
    expect(analysis.attributions.map((attribution) => attribution.source?.text)).toEqual(['the ministry']);
  });

  it.each([
    [
      'a dateline “SEOUL, South Korea (AP) —”',
      'Headline\n\nSEOUL, South Korea (AP) — North Korea fired a missile, the military said.',
      'AP',
      'ap',
    ],
    [
      'a dateline “WASHINGTON (Reuters) -”',
      'Headline\n\nWASHINGTON (Reuters) - The talks ended without a deal.',
      'Reuters',
      'reuters',
    ],
    ['a bare “(AP) —”', 'Headline\n\n(AP) — The talks ended.', 'AP', 'ap'],
    [
      'a dated dateline “SEOUL, Nov. 20 (Yonhap) --”',
      'Headline\n\nSEOUL, Nov. 20 (Yonhap) -- North Korea has sent more troops, the spy agency said.',
      'Yonhap',
      'yonhap',
    ],
    [
      'a dateline of two cities “SEOUL/MOSCOW, March 3 (Reuters) -” after the writers’ names',
      'Headline\n\nBy Hyonhee Shin and Guy Faulconbridge\n\nSEOUL/MOSCOW, March 3 (Reuters) - The talks ended.',
      'Reuters',
      'reuters',
    ],
    [
      'TASS’s “MOSCOW, December 2. /TASS/.”',
      'Headline\n\nMOSCOW, December 2. /TASS/. Russia and North Korea will expand cooperation, a deputy minister said.',
      'TASS',
      'tass',
    ],
    [
      'a “By …, Associated Press” line',
      'Headline\n\nBy Kim Tong-Hyung, Associated Press\n\nThe talks ended.',
      'Associated Press',
      'ap',
    ],
  ])('%s › credits the wire as the story’s byline', (_name, text, mention, sourceId) => {
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.bylineSourceId).toBe(sourceId);
    const byline = analysis.attributions.find(
      (attribution) => attribution.kind === 'byline' && attribution.sourceId === sourceId,
    );
    expect(byline?.source?.text).toBe(mention);
  });

  it.each([
    ['an AP contributor line', 'Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.'],
    ['a Reuters reporting credit', 'Reporting by Jane Doe in Seoul; Editing by John Roe'],
    [
      'a Reuters credit in brackets',
      '(Additional reporting by Kylie MacLellan in London; Editing by Michael Holden and Gareth Jones.)',
    ],
  ])('%s › is a byline with no claim of its own', (_name, line) => {
    const text = `Headline\n\nTroops moved north, the ministry said.\n\n${line}`;
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.sentences.map((sentence) => sentence.role)).toEqual(['headline', 'body', 'byline']);
    expect(analysis.attributions.map((attribution) => attribution.sentence)).toEqual([1]);
  });

  it('a body sentence about a contribution › stays body', () => {
    const text = 'Headline\n\nSeoul contributed $10 million to the fund, the ministry said.';
    expect(analyzeArticle(text, DEFAULT_SOURCES).sentences[1]?.role).toBe('body');
  });

  it.each([
    [
      'an AP photo credit in brackets, after two sentences',
      'A TV screen shows a missile launch. The image was released by KCNA. (AP Photo/Ahn Young-joon)',
      'AP',
      'ap',
    ],
    [
      'a “(Photo: Reuters)” credit',
      'Kim Jong Un inspects a factory in this photo. (Photo: Reuters)',
      'Reuters',
      'reuters',
    ],
    [
      'a “— Reuters” credit',
      'Putin and Kim attend a state reception in this file photo. — Reuters',
      'Reuters',
      'reuters',
    ],
    [
      'a “REUTERS/photographer” credit',
      'A man watches a TV broadcast in Seoul, South Korea, October 31, 2024. REUTERS/Kim Hong-Ji',
      'REUTERS',
      'reuters',
    ],
    ['a bracketed agency', 'Soldiers march in Pyongyang in this undated photo. (Yonhap)', 'Yonhap', 'yonhap'],
    ['a “PHOTO: AFP” label', 'South Korean soldiers patrol the border in Paju on Nov 4. PHOTO: AFP', 'AFP', 'afp'],
    [
      'a pool photo “via AP”',
      'Putin, right, shakes hands with Choe Son Hui in Moscow on Monday. (Gavriil Grigorov, Sputnik, Kremlin Pool Photo via AP)',
      'AP',
      'ap',
    ],
  ])('a caption closing with %s › is one caption, credited to the photo’s source', (_name, caption, mention, id) => {
    const text = `Headline\n\n${caption}\n\nSEOUL, South Korea (AP) — North Korea fired a missile on Thursday, the military said.`;
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.sentences.map((sentence) => sentence.role)).toEqual(['headline', 'caption', 'body']);
    const credit = analysis.attributions.find((attribution) => attribution.kind === 'credit');
    expect(credit).toMatchObject({ sentence: 1, source: { text: mention }, sourceId: id });
    expect(text.slice(credit?.content.start, credit?.content.end)).toBe(caption.slice(0, caption.lastIndexOf('.') + 1));
    // The dateline after the caption still credits the story.
    expect(analysis.bylineSourceId).toBe('ap');
  });

  it('a caption closing with a notice in brackets before “(Yonhap)” › ends before the notice', () => {
    const caption =
      'This file photo shows a missile launch. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap)';
    const text = `Headline\n\n${caption}\n\nSEOUL, Nov. 5 (Yonhap) -- North Korea fired a missile, the military said.`;
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.sentences.map((sentence) => sentence.role)).toContain('caption');
    const credit = analysis.attributions.find((attribution) => attribution.kind === 'credit');
    expect(credit).toMatchObject({ source: { text: 'Yonhap' }, sourceId: 'yonhap' });
    expect(text.slice(credit?.content.start, credit?.content.end)).toBe('This file photo shows a missile launch.');
    expect(analysis.bylineSourceId).toBe('yonhap');
  });

  it('a caption describing its photo › has no claim but its credit', () => {
    const text =
      'Headline\n\nA TV screen shows a file image of a missile launch in Seoul. (AP Photo/Ahn Young-joon)\n\nThe talks ended, officials said.';
    const kinds = analyzeArticle(text, DEFAULT_SOURCES)
      .attributions.filter((attribution) => attribution.sentence === 1)
      .map((attribution) => attribution.kind);
    expect(kinds).toEqual(['credit']);
  });

  it('a bracketed agency closing the story › is its byline', () => {
    const text = 'Headline\n\nThe talks ended on Friday, officials said. (Yonhap)\n\nRead more stories';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.sentences.map((sentence) => sentence.role)).toEqual(['headline', 'body', 'byline', 'boilerplate']);
    expect(analysis.bylineSourceId).toBe('yonhap');
  });

  it('a bracketed note inside a sentence › is no credit', () => {
    const text = 'Headline\n\nThe bill passed, said Sen. Ted Cruz (R-Texas)';
    expect(analyzeArticle(text, DEFAULT_SOURCES).sentences.map((sentence) => sentence.role)).toEqual([
      'headline',
      'body',
    ]);
  });

  it('a dateline › leaves the rest of its sentence to the other rules', () => {
    const text = 'Headline\n\nSEOUL, South Korea (AP) — North Korea fired a missile, the military said.';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    const said = analysis.attributions.find((attribution) => attribution.kind === 'inverted');
    expect(said?.source?.text).toBe('the military');
    expect(text.slice(said?.content.start, said?.content.end)).toBe('North Korea fired a missile');
  });

  it('a place in the dateline › is never a source, and “…, and urged” shares the subject of “said”', () => {
    const text =
      'Headline\n\nKYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said Monday that North Korean soldiers had joined Russian forces in combat, and urged allies to respond.';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    const sources = analysis.attributions
      .filter((attribution) => attribution.kind !== 'byline')
      .map((attribution) => [attribution.source?.text, attribution.cue?.text]);
    expect(sources).toEqual([
      ['Ukrainian President Volodymyr Zelenskyy', 'said'],
      ['Ukrainian President Volodymyr Zelenskyy', 'urged'],
    ]);
  });

  it.each([
    ['“SEOUL – ”', 'Headline\n\nSEOUL – North Korean troops have begun fighting, the defence minister said.'],
    [
      '“CHARLESTON, S.C. — ”',
      'Headline\n\nCHARLESTON, S.C. — North Korean troops have begun fighting, the defence minister said.',
    ],
    [
      '“SEOUL, Nov. 20 -- ”',
      'Headline\n\nSEOUL, Nov. 20 -- North Korean troops have begun fighting, the defence minister said.',
    ],
    [
      '“MEXICO CITY - ” after a standfirst',
      'Headline\n\nA standfirst that sums the story up.\n\nMEXICO CITY - North Korean troops have begun fighting, the defence minister of South Korea said in a statement on Tuesday evening.',
    ],
  ])('a dateline with no wire (%s) › is left out of the content, and credits nobody', (_name, text) => {
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.bylineSourceId).toBeNull();
    expect(
      analysis.attributions.map((attribution) => text.slice(attribution.content.start, attribution.content.end)),
    ).toEqual(['North Korean troops have begun fighting']);
  });

  it('capitals and a dash later in the story › are no dateline, and stay in the content', () => {
    const text =
      'Headline\n\nThe talks ended on Monday without a deal, the ministry said in a statement.\n\nNATO - the alliance - was not at the talks, officials said.';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    const last = analysis.attributions.at(-1);
    expect(text.slice(last?.content.start, last?.content.end)).toBe('NATO - the alliance - was not at the talks');
  });

  it('a dateline › stays out of a source that opens the sentence', () => {
    const text =
      'Headline\n\nKYIV (Reuters) - Russia’s defence ministry said on Telegram that its forces took a village.';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    const said = analysis.attributions.find((attribution) => attribution.cue?.text === 'said');
    expect(said?.source?.text).toBe('Russia’s defence ministry');
  });

  it('a vague source › is flagged and resolves to the unnamed record', () => {
    const analysis = analyzeArticle('Headline\n\nCritics say the deal is illegal.', DEFAULT_SOURCES);
    expect(analysis.attributions[0]?.sourceId).toBe('unnamed');
    expect(analysis.sentences[1]?.flags.map((flag) => flag.kind)).toEqual(['vague-source']);
  });

  it('“reportedly” › is flagged as a hedge', () => {
    const analysis = analyzeArticle('Headline\n\nThe envoy reportedly left Seoul.', DEFAULT_SOURCES);
    expect(analysis.sentences[1]?.flags.map((flag) => flag.kind)).toEqual(['hedged']);
  });

  it('a pronoun source › resolves to the person named before it', () => {
    const analysis = analyzeArticle(
      'Headline\n\nKim Yo Jong said the talks were over. She said more tests would follow.',
      DEFAULT_SOURCES,
    );
    const [first, second] = analysis.attributions;
    expect(second?.source?.text).toBe('She');
    expect(second?.sourceId).toBe(first?.sourceId);
  });
});
