import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.js';
import { DEFAULT_SOURCES } from '../../src/analysis/default-sources.js';
import { buildSourcingReport } from '../../src/analysis/report.js';
import type { Analysis, FlagKind } from '../../src/analysis/types.js';

/** What a reader of the review page sees of one attribution. */
interface Seen {
  source: string | null;
  cue: string | null;
  content: string;
  /** The record's name the mention resolves to. */
  resolved?: string | null;
}

function read(body: string, { rulesOnly = false } = {}): { text: string; analysis: Analysis; seen: Seen[] } {
  const text = `Headline\n\n${body}`;
  const analysis = analyzeArticle(text, DEFAULT_SOURCES, rulesOnly ? { tagger: null } : {});
  const names = new Map(analysis.sources.map((source) => [source.id, source.name]));
  const seen = analysis.attributions.map((attribution) => ({
    source: attribution.source?.text ?? null,
    cue: attribution.cue?.text ?? null,
    content: text.slice(attribution.content.start, attribution.content.end),
    resolved: attribution.sourceId ? (names.get(attribution.sourceId) ?? null) : null,
  }));
  return { text, analysis, seen };
}

function flagsOf(analysis: Analysis): FlagKind[] {
  return analysis.sentences.flatMap((sentence) => sentence.flags.map((flag) => flag.kind));
}

describe('attribution engine › speech and reporting verbs', () => {
  it.each<[string, string, Omit<Seen, 'resolved'>]>([
    ['“X said”', 'KCNA said the launch succeeded.', { source: 'KCNA', cue: 'said', content: 'the launch succeeded' }],
    ['“said X”', 'The launch succeeded, said KCNA.', { source: 'KCNA', cue: 'said', content: 'The launch succeeded' }],
    [
      '“X said that …”',
      'Yonhap said that the talks stalled.',
      { source: 'Yonhap', cue: 'said', content: 'that the talks stalled' },
    ],
    [
      '“X told reporters …”',
      'Peskov told reporters the treaty was ready.',
      { source: 'Peskov', cue: 'told', content: 'the treaty was ready' },
    ],
    [
      '“X maintained that …”',
      'The ministry maintained that the talks had stalled.',
      { source: 'The ministry', cue: 'maintained', content: 'that the talks had stalled' },
    ],
    [
      '“X said:” before a quote',
      'The general said: “We are ready.”',
      { source: 'The general', cue: 'said', content: '“We are ready.”' },
    ],
    [
      '“according to X”',
      'According to Yonhap, the talks stalled.',
      { source: 'Yonhap', cue: 'According to', content: 'the talks stalled' },
    ],
    [
      '“…, according to X, …” in mid-sentence',
      'Over the long term, according to the ministry, aid will fall.',
      {
        source: 'the ministry',
        cue: 'according to',
        content: 'Over the long term, according to the ministry, aid will fall',
      },
    ],
    [
      '“…, Y said, according to X” closing a sentence',
      'It was a success, Kim said, according to Yonhap.',
      { source: 'Yonhap', cue: 'according to', content: 'It was a success, Kim said' },
    ],
    [
      '“…,” according to X, the comma inside the closing quote',
      'Kim said the forces were “a reliable deterrent,” according to the Korean Central News Agency.',
      {
        source: 'the Korean Central News Agency',
        cue: 'according to',
        content: 'Kim said the forces were “a reliable deterrent,”',
      },
    ],
    [
      '“…, according to X” closing a sentence',
      'The talks stalled, according to the Las Vegas Sun.',
      { source: 'the Las Vegas Sun', cue: 'according to', content: 'The talks stalled' },
    ],
    [
      '“…, according to X, a Y.” with X described at the end',
      'About 3,000 more troops were sent, according to Lee Seong-kweun, a member of the intelligence committee.',
      {
        source: 'Lee Seong-kweun, a member of the intelligence committee',
        cue: 'according to',
        content: 'About 3,000 more troops were sent',
      },
    ],
    [
      '“because, according to X, …” where a clause follows X',
      'Talks failed because, according to Kim, the envoys never met.',
      { source: 'Kim', cue: 'according to', content: 'Talks failed because, according to Kim, the envoys never met' },
    ],
    [
      '“according to X” where X is a gerund',
      'According to recent polling, the candidate leads.',
      { source: 'recent polling', cue: 'According to', content: 'the candidate leads' },
    ],
    [
      '“X reported”',
      'Rodong Sinmun reported the harvest was large.',
      { source: 'Rodong Sinmun', cue: 'reported', content: 'the harvest was large' },
    ],
    [
      '“X announced”',
      'The ministry announced that talks would resume.',
      { source: 'The ministry', cue: 'announced', content: 'that talks would resume' },
    ],
    [
      '“X warned”',
      'Pyongyang warned that it would respond.',
      { source: 'Pyongyang', cue: 'warned', content: 'that it would respond' },
    ],
    [
      '“X claimed”',
      'North Korea claimed the satellite reached orbit.',
      { source: 'North Korea', cue: 'claimed', content: 'the satellite reached orbit' },
    ],
    [
      '“X denied”',
      'The Kremlin denied that troops had crossed.',
      { source: 'The Kremlin', cue: 'denied', content: 'that troops had crossed' },
    ],
    [
      '“X insisted”',
      'The envoy insisted the talks were over.',
      { source: 'The envoy', cue: 'insisted', content: 'the talks were over' },
    ],
    [
      '“X speculated”',
      'The spy agency speculated that Kim was unwell.',
      { source: 'The spy agency', cue: 'speculated', content: 'that Kim was unwell' },
    ],
    [
      '“in a statement, X …”',
      'In a statement, the ministry said talks were possible.',
      { source: 'the ministry', cue: 'said', content: 'talks were possible' },
    ],
    [
      '“…, X’s military said” (the tagger reads “military” as an adjective)',
      'North Korea fired a missile on Thursday, South Korea’s military said, days after a warning.',
      { source: 'South Korea’s military', cue: 'said', content: 'North Korea fired a missile on Thursday' },
    ],
    [
      '“X’s statement said …”',
      'KCNA’s statement said the drills were a rehearsal.',
      { source: 'KCNA’s statement', cue: 'said', content: 'the drills were a rehearsal' },
    ],
  ])('%s', (_name, body, expected) => {
    expect(read(body).seen).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    [
      '“X was quoted as saying …”',
      'Lavrov was quoted as saying the West was lying.',
      { source: 'Lavrov', cue: 'was quoted as saying', content: 'the West was lying' },
    ],
    [
      '“…,” he was quoted as saying',
      '“It will be legitimate,” he was quoted as saying.',
      { source: 'he', cue: 'was quoted as saying', content: '“It will be legitimate,”' },
    ],
    [
      '“X was quoted by Y as saying …”',
      'Lavrov was quoted by TASS as saying the West was lying.',
      { source: 'Lavrov', cue: 'was quoted by TASS as saying', content: 'the West was lying' },
    ],
    [
      '“…,” X was quoted by Y as saying',
      '“Our nuclear force must be ready,” Kim was quoted by KCNA as saying.',
      { source: 'Kim', cue: 'was quoted by KCNA as saying', content: '“Our nuclear force must be ready,”' },
    ],
    [
      '“…,” X was quoted as saying by Y',
      '“Our nuclear force must be ready,” Kim was quoted as saying by KCNA.',
      { source: 'Kim', cue: 'was quoted as saying by KCNA', content: '“Our nuclear force must be ready,”' },
    ],
  ])('%s › the subject of this passive is who spoke', (_name, body, expected) => {
    expect(read(body).seen).toEqual([expect.objectContaining(expected)]);
  });

  it('“said” before a noun phrase › the phrase is what was said, not part of the cue', () => {
    expect(read('A ministry official said no decision on arms supplies to Ukraine had been made.').seen).toEqual([
      expect.objectContaining({
        cue: 'said',
        content: 'no decision on arms supplies to Ukraine had been made',
      }),
    ]);
  });

  it('a content the tagger runs on › stops at a later speaker in its sentence', () => {
    const { seen } = read('The ministry called the launch “a grave provocation,” Yonhap reported.');
    expect(seen.find((attribution) => attribution.cue === 'called')?.content).toBe('the launch “a grave provocation,”');
  });

  it.each([
    [', but', 'The Kremlin has not denied the deployment, but Peskov said cooperation was not aimed at anyone.'],
    [' — but', 'The Kremlin has not denied the deployment — but Peskov said cooperation was not aimed at anyone.'],
  ])('a content before “%s” and a later speaker › stops before the contrast', (_joint, body) => {
    const { seen } = read(body);
    expect(seen).toEqual([
      expect.objectContaining({ source: 'The Kremlin', content: 'the deployment' }),
      expect.objectContaining({ source: 'Peskov', cue: 'said', content: 'cooperation was not aimed at anyone' }),
    ]);
  });

  it('“X, citing Y, reported …” › Y is what X cites, not a speaker, and the citing ends at its comma', () => {
    const { seen } = read('The Journal, citing internal documents, reported that the plan was dropped.');
    expect(seen).toEqual([
      expect.objectContaining({ source: 'The Journal', cue: 'reported', content: 'that the plan was dropped' }),
      expect.objectContaining({ source: 'The Journal', cue: 'citing', content: 'internal documents' }),
    ]);
  });

  it('“X reported, citing Y, that …” › the aside is neither what X reported nor more than what X cites', () => {
    const { seen } = read(
      'Bloomberg News reported last week, citing people familiar with the situation, that Moscow was helping the North.',
    );
    expect(seen).toEqual([
      expect.objectContaining({ cue: 'reported', content: 'that Moscow was helping the North' }),
      expect.objectContaining({ cue: 'citing', content: 'people familiar with the situation' }),
    ]);
  });

  it('“Earlier this week, X reported, citing Y, that …” › the opening time is not what X reported', () => {
    const { seen } = read(
      'Earlier this week, Yonhap News Agency reported, citing a military source, that the North had moved a launch vehicle.',
    );
    expect(seen).toEqual([
      expect.objectContaining({ cue: 'reported', content: 'that the North had moved a launch vehicle' }),
      expect.objectContaining({ cue: 'citing', content: 'a military source' }),
    ]);
  });

  it('“Back then, X said, she …” (guard) › a clause after the comma still reads the words before the speaker', () => {
    const { seen } = read('Back then, Ms. Ripert said, she found the work very hard.');
    expect(seen[0]?.content).toMatch(/^Back then/);
  });

  it.each([
    'The ministry said in a press release that the rhetoric was dangerous.',
    'Kim said in a speech on Monday that the rhetoric was dangerous.',
    'Trump said at a rally ahead of the Illinois primary that the rhetoric was dangerous.',
    'A ministry spokesman said in a press statement carried by KCNA that the rhetoric was dangerous.',
    'Kim Yo Jong said in a statement released through state media that the rhetoric was dangerous.',
  ])('where and how it was said, before “that” › is not what was said: %s', (body) => {
    expect(read(body).seen).toEqual([expect.objectContaining({ content: 'that the rhetoric was dangerous' })]);
  });

  it.each([
    [
      'a phrase saying what it means',
      "MOSCOW (AP) — Putin met North Korea's foreign minister on Monday, the Kremlin said, in the latest sign of warming ties.",
      "Putin met North Korea's foreign minister on Monday",
    ],
    [
      'the terms the source spoke on',
      'SEOUL (Reuters) - Russian and North Korean officials discussed military cooperation last week, three people ' +
        'familiar with the matter told Reuters.\n\nThe talks involved senior officials from the defence ministries, the ' +
        'sources said, speaking on condition of anonymity because the matter is sensitive.',
      'The talks involved senior officials from the defence ministries',
    ],
  ])('“…, X said,” then %s › what X said is the clause before', (_name, body, content) => {
    const said = read(body).seen.filter((attribution) => attribution.cue === 'said');
    expect(said).toEqual([expect.objectContaining({ content })]);
  });

  it('“…,” warning …, a participle after a quote’s comma › reports what follows it only', () => {
    const { seen } = read(
      'North Korea denounced the exercise as a “rehearsal for a war of invasion,” warning it will take corresponding measures.',
    );
    expect(seen.find((attribution) => attribution.cue === 'warning')?.content).toBe(
      'it will take corresponding measures',
    );
  });

  it.each([
    [
      '“…,” said X, adding …',
      '“We are ready,” said Lee Sung-joon, adding that patrols had been stepped up.',
      'Lee Sung-joon',
    ],
    [
      '“…,” said X, an appositive, adding …',
      '“We are ready,” said Lee Sung-joon, a spokesperson for the Joint Chiefs of Staff, adding that patrols had ' +
        'been stepped up.',
      'Lee Sung-joon, a spokesperson for the Joint Chiefs of Staff,',
    ],
  ])('%s › the participle reports for the inverted speaker', (_name, body, source) => {
    const { seen } = read(body);
    expect(seen.find((attribution) => attribution.cue === 'adding')).toMatchObject({
      source,
      content: 'that patrols had been stepped up',
    });
  });

  it('“wrote on his Telegram channel that …”, where wink reads “that” as a pronoun › the channel is not what was said', () => {
    const { seen } = read(
      'Former President Dmitry Medvedev, now deputy chairman of the Security Council, wrote on his Telegram channel ' +
        'that Moscow would “use all means” to defend its territory.',
    );
    expect(seen).toEqual([
      expect.objectContaining({ content: 'that Moscow would “use all means” to defend its territory' }),
    ]);
  });

  it('“… when asked about …” › nobody named asks: the noun before “when” is no source', () => {
    const { seen } = read(
      'Spokesperson Mao Ning made the remarks at a daily press briefing when asked about reports that troops were fighting.',
    );
    expect(seen.find((attribution) => attribution.cue === 'asked')).toEqual(expect.objectContaining({ source: null }));
  });

  it.each([
    'Asked whether Russia had provided the technology, Kremlin spokesman Dmitry Peskov told reporters: “No comment.”',
    'When asked whether Russia had provided the technology, he said it had not.',
  ])('a sentence that opens with the question asked › the question ends before the answer: %s', (body) => {
    const { seen } = read(body);
    expect(seen.find((attribution) => /asked/i.test(attribution.cue ?? ''))?.content).toBe(
      'whether Russia had provided the technology',
    );
  });

  it.each([
    ['The ministry has not confirmed the report.', 'has not confirmed'],
    ['U.S. officials have not commented publicly.', 'have not commented'],
    ['The spokeswoman did not mention the troops.', 'did not mention'],
    ['Kim has never publicly endorsed the plan.', 'has never publicly endorsed'],
  ])('a denied verb › the cue keeps its denial: %s', (body, cue) => {
    expect(read(body, { rulesOnly: true }).seen[0]?.cue).toBe(cue);
  });

  it.each([
    ['The JCS said Wednesday it detected the launches.', 'it detected the launches'],
    ['The JCS said on Wednesday night it detected the launches.', 'it detected the launches'],
    ['The ministry said Wednesday’s launch failed.', 'Wednesday’s launch failed'],
  ])('when it was said, before a clause with no “that” › is not what was said: %s', (body, content) => {
    for (const rulesOnly of [true, false]) expect(read(body, { rulesOnly }).seen[0]?.content).toBe(content);
  });

  it('a verb of saying in a relative clause › what it reports ends with the clause', () => {
    const { seen } = read(
      'Putin, who did not comment on the substance of the talks in public remarks, thanked Choe for her visit.',
    );
    expect(seen.find((attribution) => attribution.source === 'who')?.content).toBe(
      'the substance of the talks in public remarks',
    );
  });

  it('a cue with a particle › the content starts after the particle, not inside the cue', () => {
    expect(read('The minister asked for a meeting with Lavrov.').seen).toEqual([
      expect.objectContaining({ source: 'The minister', cue: 'asked for', content: 'a meeting with Lavrov' }),
    ]);
  });

  it('a hyphenated Korean given name › is one name, not its last part', () => {
    const { seen } = read(
      'North Korean troops have likely begun fighting alongside Russian forces, South Korea’s Defence Minister Kim Yong-hyun said on Tuesday.',
    );
    expect(seen).toEqual([
      expect.objectContaining({
        source: 'South Korea’s Defence Minister Kim Yong-hyun',
        cue: 'said',
        resolved: 'Kim Yong-hyun',
      }),
    ]);
  });

  it('a source with an appositive › keeps the comma that closes it, as annotators do', () => {
    const { seen } = read('Peskov, the Kremlin spokesman, said the treaty was ready.');
    expect(seen).toEqual([expect.objectContaining({ source: 'Peskov, the Kremlin spokesman,', cue: 'said' })]);
  });

  it('“according to X, …” › the comma after the source stays out of it', () => {
    const { seen } = read('According to Yonhap, Seoul and Tokyo, the talks stalled.');
    expect(seen[0]?.source).toBe('Yonhap, Seoul and Tokyo');
  });

  it('a source with an appositive › still resolves to its record', () => {
    const { seen } = read('KCNA, the state news agency, said the test succeeded.');
    expect(seen[0]).toMatchObject({ source: 'KCNA, the state news agency,', resolved: 'KCNA' });
  });

  it('“X’s statement” › resolves to X', () => {
    expect(read('KCNA’s statement said the drills were a rehearsal.').seen[0]?.resolved).toBe('KCNA');
  });

  it.each([
    [
      'a speaker inside “…, according to X”',
      'Kim said the launch was a success, according to a KCNA report.',
      { source: 'a KCNA report', cue: 'according to', content: 'Kim said the launch was a success' },
    ],
    [
      'a stance inside “…, according to X”',
      'Seoul wants talks to resume, according to two officials briefed on the matter.',
      { source: 'two officials briefed on the matter', cue: 'according to', content: 'Seoul wants talks to resume' },
    ],
    [
      'a speaker inside “According to X, …”',
      'According to Yonhap, officials said the launch failed.',
      { source: 'Yonhap', cue: 'According to', content: 'officials said the launch failed' },
    ],
  ])('%s › is part of what X reports, not a claim of its own', (_name, body, expected) => {
    expect(read(body).seen).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['“that”', 'Seoul warned that Pyongyang wants to expand its arsenal.', 'Seoul', 'warned'],
    ['“that”', 'The ministry denied that Seoul had asked for talks.', 'The ministry', 'denied'],
    ['“if”', 'Experts wonder if Kim plans a visit to Moscow.', 'Experts', 'wonder'],
    ['“because”', 'Officials said the launch failed because Pyongyang wanted a show of force.', 'Officials', 'said'],
  ])('a cue in a clause opened by %s inside a report › is part of the report: %s', (_name, body, source, cue) => {
    expect(read(body).seen).toEqual([expect.objectContaining({ source, cue })]);
  });

  it('a relative “that” after a noun, with the verb of saying inside › is a claim of its own', () => {
    const { seen } = read('Kim signed a letter of apology that he said was drafted by the ministry.');
    expect(seen).toContainEqual(expect.objectContaining({ source: 'he', cue: 'said' }));
  });

  it('a stance in the first clause of what a verb of saying reports › is part of the report', () => {
    expect(read('The envoy said Kim wants more aid.').seen).toEqual([
      expect.objectContaining({ source: 'The envoy', cue: 'said', content: 'Kim wants more aid' }),
    ]);
  });

  it('a stance in a later clause of what is said › is a claim of its own', () => {
    expect(read('The envoy said the talks failed, and Kim wants more aid.').seen).toEqual([
      expect.objectContaining({ source: 'The envoy', cue: 'said' }),
      expect.objectContaining({ source: 'Kim', cue: 'wants' }),
    ]);
  });

  it('a quote and its speaker in brackets › the speaker without the closing bracket', () => {
    const { seen } = read('Delegates booed. (“I don’t want to have fisticuffs,” said one party activist.)');
    expect(seen).toContainEqual(expect.objectContaining({ source: 'one party activist', cue: 'said' }));
  });

  it('“about half of X said” › the approximation is part of the source, not a preposition', () => {
    const { seen } = read('In Seoul, about half of the voters polled said they backed the treaty.');
    expect(seen).toContainEqual(expect.objectContaining({ source: 'about half of the voters polled', cue: 'said' }));
  });

  it('a speaker after a quote the last speaker goes on with › keeps their own claim', () => {
    // The tagger's content for "Reid said" covers the quote before it; its first clause must not hold Reid himself.
    const { seen } = read(
      '“It shows a lack of character,” the minister said. “It is bad.” Choi said both envoys are weak.',
    );
    expect(seen).toContainEqual(expect.objectContaining({ source: 'Choi', cue: 'said' }));
  });

  it('a lone article › is not who speaks', () => {
    // wink reads "report" as a verb here, with "An" before it as its subject.
    const { seen } = read('An earlier report in a Seoul newspaper said that the envoy had resigned.');
    expect(seen.map((attribution) => attribution.source)).not.toContain('An');
  });

  it('a noun after a preposition › is not who speaks', () => {
    expect(read('An editorial in the Korea Herald argued that the treaty changes little.').seen).toEqual([
      expect.objectContaining({ source: 'An editorial in the Korea Herald', cue: 'argued' }),
    ]);
  });

  it.each([
    'Kim: Washington Must Decide If It Wants Talks',
    'Peskov: Seoul should have warned us about the drills',
    'Lavrov: Moscow Says Treaty Is Defensive',
  ])('a headline “X: …” › what X says holds no claim of its own: %s', (headline) => {
    const text = `${headline}.\n\nThe talks went on for a week.`;
    const { attributions } = analyzeArticle(text, DEFAULT_SOURCES);
    expect(attributions.map((attribution) => attribution.cue?.text)).toEqual([':']);
  });
});

describe('attribution engine › direct quotes', () => {
  it('a quote over several sentences › is one content', () => {
    const { seen } = read('“We will not retreat. We will never retreat,” Kim said.');
    expect(seen).toEqual([
      expect.objectContaining({ source: 'Kim', content: '“We will not retreat. We will never retreat,”' }),
    ]);
  });

  it('a quote of four sentences before “she said” › is one content, beyond the learned tagger’s reach', () => {
    const quote =
      '“Seoul has crossed the line. It sent drones over our capital. We have warned it twice. Now it will pay,”';
    const { seen } = read(`${quote} she said.`);
    expect(seen).toEqual([expect.objectContaining({ source: 'she', cue: 'said', content: quote })]);
  });

  it('“X, they said, Y” › the content is both sides', () => {
    const { seen } = read('The drills near the border, officials said, could start as early as Monday.');
    expect(seen).toEqual([
      expect.objectContaining({
        source: 'officials',
        content: 'The drills near the border, officials said, could start as early as Monday',
      }),
    ]);
  });

  it('“Name: “…”” › the colon is the cue', () => {
    const { seen } = read('HuffPollster: “Pollsters are taking heat. Some critics share the blame.”');
    expect(seen).toEqual([
      expect.objectContaining({
        source: 'HuffPollster',
        cue: ':',
        content: '“Pollsters are taking heat. Some critics share the blame.”',
      }),
    ]);
  });

  it('a quote over several paragraphs › is one content, with no unattributed-quote flag', () => {
    const { seen, analysis } = read('Kim said: “We will not back down.\n\n“Seoul must apologise.”');
    expect(seen).toEqual([
      expect.objectContaining({ source: 'Kim', content: '“We will not back down.\n\n“Seoul must apologise.”' }),
    ]);
    expect(flagsOf(analysis)).toEqual([]);
  });

  it('a straight-quoted paragraph run on into one with its own “he said” › two attributions, not one', () => {
    // The straight mark that reopens the quote in the second paragraph used to close it, pairing every mark after it
    // the wrong way round: the second “he said” fell inside a quote and was lost.
    const { seen } = read(
      '"They keep children," he said. "They separate the women.\n\n"This is still my family," he said. "We have the same history."',
    );
    expect(seen).toEqual([
      expect.objectContaining({ source: 'he', content: expect.stringMatching(/^"They keep children,"/) }),
      expect.objectContaining({
        source: 'he',
        cue: 'said',
        content: expect.stringMatching(/"This is still my family," he said\. "We have the same history\."$/),
      }),
    ]);
  });

  it('“he said” in the middle of a quote › the content is the whole quote', () => {
    const { seen } = read('“We will,” he said, “never give up.”');
    expect(seen[0]?.content).toBe('“We will,” he said, “never give up.”');
  });

  it('a quote after “…,” she said, adding that …. › goes on with what she said, not with the report', () => {
    const { seen } = read(
      '“That speaks volumes,” she said, adding that the campaign will work hard in November. “They are waiting.”',
    );
    expect(seen).toEqual([
      expect.objectContaining({
        cue: 'said',
        content: expect.stringMatching(/^“That speaks volumes,”.*“They are waiting\.”$/),
      }),
      expect.objectContaining({ cue: 'adding', content: 'that the campaign will work hard in November' }),
    ]);
  });

  it.each([
    [
      'another speaker',
      'Analysts said the deployment could bring Pyongyang hard currency. "It is about money," said Cha Du-hyeogn, a researcher.',
      'Analysts',
      'the deployment could bring Pyongyang hard currency',
    ],
    [
      'the same speaker again',
      'Yang Moo-jin said Kim Jong Un wants combat experience for his army. “It is a rare chance for them,” Yang said.',
      'Yang Moo-jin',
      'Kim Jong Un wants combat experience for his army',
    ],
  ])('a quote after “X said …” that has its own “said” (%s) › is not X’s content too', (_, body, source, content) => {
    const { seen } = read(body);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual(expect.objectContaining({ source, content }));
    expect(seen[1]?.content).toMatch(/^["“]It is/);
  });

  it('quotes in single marks, British style › are quotes, their spans in the article as written', () => {
    const { seen } = read(
      "'The US will pay a dear price for its provocations,' the North's defence ministry said in a statement.\n\n" +
        "'These are routine exercises,' a Pentagon spokesperson told the BBC. 'We remain committed to Korea.'",
    );
    expect(seen).toEqual([
      expect.objectContaining({
        source: "the North's defence ministry",
        content: "'The US will pay a dear price for its provocations,'",
      }),
      expect.objectContaining({
        source: 'a Pentagon spokesperson',
        content: "'These are routine exercises,' a Pentagon spokesperson told the BBC. 'We remain committed to Korea.'",
      }),
    ]);
  });

  it('a quote in single marks that nobody says › is flagged in the article’s own marks', () => {
    const { analysis } = read(
      "The banner over the square read as follows. 'We will never surrender to the invaders.'\n\n" +
        "'Seoul must apologise for the provocation,' the ministry said.",
    );
    const flags = analysis.sentences.flatMap((sentence) => sentence.flags);
    expect(flags).toEqual([
      expect.objectContaining({
        kind: 'unattributed-quote',
        message: "quoted words with no named speaker: 'We will never surrender to the invaders.'",
      }),
    ]);
  });

  it('a paragraph of quote after a quoted speaker › continues that speaker', () => {
    const { seen, analysis } = read('“We will not back down,” Kim said.\n\n“Seoul must apologise.”');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.content.endsWith('“Seoul must apologise.”')).toBe(true);
    expect(flagsOf(analysis)).toEqual([]);
  });
});

describe('attribution engine › pronouns and short forms', () => {
  it.each([
    ['he', 'Vladimir Putin signed the treaty. He said it would last.', 'He', 'Vladimir Putin'],
    ['she', 'Kim Yo Jong issued a warning. She said Seoul would pay.', 'She', 'Kim Yo Jong'],
    [
      'the ministry',
      'South Korea’s Unification Ministry said aid was ready. The ministry added that trucks were loaded.',
      'The ministry',
      'Unification Ministry',
    ],
    [
      'the agency',
      'The Korean Central News Agency said the test succeeded. The agency also said Kim watched.',
      'The agency',
      'KCNA',
    ],
    [
      'the newspaper',
      'Rodong Sinmun said the harvest was large. The newspaper claimed rice was plentiful.',
      'The newspaper',
      'Rodong Sinmun',
    ],
    [
      'officials',
      'Ukrainian officials said 12 died. Officials added that more were missing.',
      'Officials',
      'Ukrainian officials',
    ],
    [
      'the ministry, named before though not as a source',
      'The envoy was summoned to the South Korean Foreign Ministry last month, the ministry said.',
      'the ministry',
      'South Korean Foreign Ministry',
    ],
    [
      'officials, after a named minister',
      'Defense Minister Kim Yong-hyun said the drills would go on. Officials said the missiles flew 600 kilometers.',
      'Officials',
      'Unnamed sources',
    ],
    [
      'the diplomat, after a named minister',
      'Deputy Foreign Minister Andrei Rudenko said the talks went well. The diplomat noted “great potential.”',
      'The diplomat',
      'Andrei Rudenko',
    ],
    [
      'the official, after an unnamed one that followed a named one',
      'Deputy Foreign Minister Andrei Rudenko said the talks went well. A senior official said they failed. The official said more would follow.',
      'The official',
      'Unnamed sources',
    ],
    [
      'it, after a named military',
      'South Korea’s Joint Chiefs of Staff said it detected the launches. It called them “a clear provocation.”',
      'It',
      'Joint Chiefs of Staff (South Korea)',
    ],
    [
      'he, after a named spokesman',
      'Kim Yo Jong said talks were over. Kremlin spokesman Dmitry Peskov said talks went well. He said more would follow.',
      'He',
      'Kremlin',
    ],
  ])('“%s” › keeps its own span and resolves to the source named before', (_name, body, mention, resolved) => {
    const { seen } = read(body);
    expect(seen.find((attribution) => attribution.source === mention)).toMatchObject({ resolved });
  });

  it.each([
    [
      'the Defense Ministry, after the Foreign Ministry',
      'Russia’s Foreign Ministry said talks went well. The Defense Ministry said troops were ready.',
      'The Defense Ministry',
    ],
    [
      'the Democratic Party, after the Republican Party',
      'The Republican Party said the vote was fair. The Democratic Party said it was not.',
      'The Democratic Party',
    ],
    [
      'the Cruz campaign, after Rubio’s campaign',
      'Rubio’s campaign said the ads were false. The Cruz campaign said they were accurate.',
      'The Cruz campaign',
    ],
  ])('“%s” › a short form whose other words the earlier source lacks is another source', (_name, body, mention) => {
    const { seen } = read(body);
    const [first, second] = seen;
    expect(second?.source).toBe(mention);
    expect(second?.resolved).not.toBe(first?.resolved);
  });

  it('“the group” after a named group and then an unnamed one › is not the named one', () => {
    const { seen } = read(
      'One insurer, UnitedHealth Group, is leaving the exchanges. This week the trade group for the other plans ' +
        'spelled out its concerns. “The risk pool is out of balance,” the group wrote.',
    );
    const group = seen.find((attribution) => attribution.source === 'the group');
    expect(group).toBeDefined();
    expect(group?.resolved).not.toBe('UnitedHealth Group');
  });
});

describe('attribution engine › beliefs and stances', () => {
  it.each([
    ['“X believes”', 'Seoul believes the launch failed.', 'Seoul', 'believes'],
    ['“X backs”', 'Seoul backs the plan.', 'Seoul', 'backs'],
    ['“X accused Y of …”', 'The minister accused Pyongyang of lying.', 'The minister', 'accused'],
  ])('%s › is an attribution', (_name, body, source, cue) => {
    expect(read(body).seen[0]).toMatchObject({ source, cue });
  });

  it('a stance nested in a belief › takes its own subject as source, inside the belief', () => {
    const { seen } = read('Some experts believe Pyongyang is seeking advanced technology in return.');
    expect(seen).toEqual([
      expect.objectContaining({ source: 'Some experts', cue: 'believe' }),
      expect.objectContaining({ source: 'Pyongyang', cue: expect.stringMatching(/seeking$/) }),
    ]);
  });

  it('“X did Y, warning …” with “warning” read as a noun › the participle shares the subject', () => {
    // wink tags "warning" a noun before "it"; the tagger finds the cue, the clause before names who warns.
    for (const body of [
      'North Korea denounced the drills, warning it will respond.',
      'North Korea called the drills a “rehearsal for invasion,” warning it will respond.',
    ]) {
      expect(read(body).seen).toContainEqual(expect.objectContaining({ source: 'North Korea', cue: 'warning' }));
    }
  });

  it.each([
    [
      'a reduced passive',
      'Seoul allowed the drills, a practice criticized by rights groups.',
      'rights groups',
      'a practice',
    ],
    ['a passive aside', 'The plan, first reported by Yonhap, calls for more patrols.', 'Yonhap', 'The plan'],
    ['a passive with “was”', 'Kim was also endorsed on Monday by the ruling party.', 'the ruling party', 'Kim'],
  ])('%s with “by X” › X is the source, and what it was about the content', (_name, body, source, content) => {
    expect(read(body).seen).toContainEqual(expect.objectContaining({ source, content }));
  });

  it('an active verb before “by” › keeps its subject', () => {
    expect(read('Kim derided efforts by some lawmakers to delay the vote.').seen[0]).toMatchObject({ source: 'Kim' });
  });

  it('a quoted “said” › is part of the content, not a cue', () => {
    const { seen } = read('The sign read “he said no” for years.');
    expect(seen.map((attribution) => attribution.cue)).not.toContain('said');
  });

  it.each([
    ['an everyday verb', 'The army built a road near the border.'],
    ['a stance verb with no speaker', 'It also calls for closer ties.'],
    ['a participle after a figure', 'Trump has won 758 pledged delegates so far.'],
    ['“maintains” with an object', 'Clinton maintains a commanding lead among black voters.'],
  ])('%s › is no attribution', (_name, body) => {
    expect(read(body).seen).toEqual([]);
  });

  it('a participle describing a noun inside a report › is no claim of its own', () => {
    const { seen } = read(
      'The country ratified a defence treaty with Russia stipulating mutual military aid, state media reported.',
    );
    expect(seen.map((attribution) => attribution.cue)).toEqual(['reported']);
  });
});

describe('attribution engine › vague and empty attribution', () => {
  it.each<[string, string, FlagKind]>([
    ['“some observers”', 'Some observers speculate the deal will fail.', 'vague-source'],
    ['“critics say”', 'Critics say the deal is a giveaway.', 'vague-source'],
    ['“sources familiar with the matter”', 'Sources familiar with the matter said the deal was close.', 'vague-source'],
    [
      '“a source familiar with the matter”',
      'A source familiar with the matter told Reuters the talks had stalled.',
      'vague-source',
    ],
    ['“two people briefed on …”', 'Two people briefed on the talks said a deal was near.', 'vague-source'],
    [
      '“according to a person familiar …”',
      'The deal is close, according to a person familiar with it.',
      'vague-source',
    ],
    ['“a senior official said”', 'A senior official said the test was a success.', 'vague-source'],
    ['“officials said” with no organisation', 'Officials said the test was a success.', 'vague-source'],
    ['sources with a government named', 'Japanese government sources said sanctions were planned.', 'vague-source'],
    [
      '“a former U.S. official”',
      'A former U.S. official told reporters the deployment was a turning point.',
      'vague-source',
    ],
    [
      'a source whose words a named outlet carried',
      'According to a source in North Hamgyong province who spoke to Daily NK, families were told to keep quiet.',
      'vague-source',
    ],
    ['“it is believed”', 'It is believed that the launch failed.', 'agentless-passive'],
    ['“is considered”', 'It is considered the largest deal in decades.', 'agentless-passive'],
    ['“is not expected”', 'Kim is not expected to attend the talks.', 'agentless-passive'],
    ['“reportedly”', 'North Korea reportedly launched a missile.', 'hedged'],
  ])('%s › is flagged for review', (_name, body, flag) => {
    expect(flagsOf(read(body).analysis)).toContain(flag);
  });

  it.each([
    ['“is not expected to”', 'Kim is not expected to attend the talks.', 'is not expected', 'to attend the talks'],
    [
      '“appeared to suggest”',
      'Trump appeared to suggest that gun owners could stop her.',
      'appeared to suggest',
      'that gun owners could stop her',
    ],
  ])('%s › the writer’s judgement of the subject, not the subject’s claim: no source', (_name, body, cue, content) => {
    expect(read(body).seen).toEqual([{ source: null, cue, content, resolved: null }]);
  });

  it.each([
    ['“was asked about”', 'Kim was asked about the talks on Monday.', 'was asked about'],
    ['“is accused of”', 'Roof is accused of a massacre at a church.', 'is accused of'],
    [
      'a participle after its noun',
      'Immigration is rising, with over 30,000 immigrants expected this year.',
      'expected',
    ],
    ['a participle set off by commas', 'Marcel Lazar, known online as Guccifer, was extradited.', 'known'],
  ])('%s › the subject of a passive is who the words are about: no source', (_name, body, cue) => {
    expect(read(body).seen).toEqual([expect.objectContaining({ source: null, cue })]);
  });

  it.each([
    ['an agent after “by” › is the source', 'The plan was rejected by the ministry.', 'the ministry'],
    ['“are convinced” › is the subject’s own stance', 'Voters are convinced the economy is weak.', 'Voters'],
  ])('a passive cue: %s', (_name, body, source) => {
    expect(read(body).seen).toEqual([expect.objectContaining({ source })]);
  });

  it.each([
    'A ministry official, who asked not to be named, said no decision had been made.',
    'A senior official, speaking on condition of anonymity, said no decision had been made.',
  ])('the terms of anonymity › are no claim of their own: %s', (body) => {
    expect(read(body).seen).toEqual([expect.objectContaining({ cue: 'said', content: 'no decision had been made' })]);
  });

  it('a passive in a quote someone is said to have said › is the speaker’s words, not flagged', () => {
    const { analysis } = read('“They are trained to fly drones,” Lee said. “Casualties have been reported.”');
    expect(flagsOf(analysis)).not.toContain('agentless-passive');
  });

  it('a passive in a quote nobody is said to have said › is flagged with the quote', () => {
    const { analysis } = read(
      '“Casualties have been reported by the front-line units.” “Casualties have been reported.”',
    );
    expect(flagsOf(analysis)).toEqual(expect.arrayContaining(['agentless-passive', 'unattributed-quote']));
  });

  it('“it is believed that …” › an attribution with a cue and no source', () => {
    expect(read('It is believed that the launch failed.').seen).toEqual([
      { source: null, cue: 'is believed', content: 'that the launch failed', resolved: null },
    ]);
  });
});

describe('attribution engine › sources grouped across an article', () => {
  it('a registry source cited, then named without its registry qualifier › one record', () => {
    const { seen } = read(
      'North Korea fired a missile, South Korea’s military said. The Joint Chiefs of Staff said it flew 600 kilometers.',
    );
    expect(seen.map((attribution) => attribution.resolved)).toEqual([
      'Joint Chiefs of Staff (South Korea)',
      'Joint Chiefs of Staff (South Korea)',
    ]);
  });

  it.each([
    [
      'a leader named with his title, then by family name',
      'North Korean leader Kim Jong Un vowed to expand the arsenal. Kim said the enemy was reckless. Kim added that tests would go on.',
      'Kim Jong Un',
    ],
    [
      'a spokesperson named with her title, then by family name',
      'Ministry spokesperson Koo Byoung-sam told a briefing that talks were possible. Koo said Seoul would wait.',
      'Koo Byoung-sam',
    ],
    [
      'a minister named with a capitalised title, then by family name',
      'Foreign Minister Cho Tae-yul said the talks would resume. Cho added that Seoul was ready.',
      'Cho Tae-yul',
    ],
    [
      'a minister named in full, then with a courtesy title',
      'Defence Minister Kim Yong-hyun said the troops were in combat. Mr Kim told lawmakers that casualties were likely.',
      'Kim Yong-hyun',
    ],
    [
      'a prime minister named with his title, then as “he”',
      'Prime Minister Fumio Kishida told reporters the talks had failed. He said Tokyo would wait.',
      'Fumio Kishida',
    ],
  ])('%s › every mention links to one record', (_name, body, name) => {
    const { seen } = read(body);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.map((attribution) => attribution.resolved)).toEqual(seen.map(() => name));
  });

  it('a family name whose full name was written before, though not as a source › resolves to the full name', () => {
    const { seen } = read(
      'TASS quoted Foreign Minister Sergei Lavrov as saying the West was lying. Lavrov also said Moscow would not yield.',
    );
    expect(seen.find((attribution) => attribution.source === 'Lavrov')?.resolved).toBe('Sergei Lavrov');
  });

  it('a family name after a foundation of that name › is the person, not the foundation', () => {
    const { seen } = read(
      'Hillary Clinton said the plan would work. The Clinton Foundation said it had raised $40 million. Clinton said the race was close.',
    );
    expect(seen.map((attribution) => attribution.resolved)).toEqual([
      'Hillary Clinton',
      'Clinton Foundation',
      'Hillary Clinton',
    ]);
  });

  it('“the foundation” after a named foundation › is that foundation', () => {
    const { seen } = read(
      'Fewer people play than a decade ago, according to the National Golf Foundation. Courses keep closing, a trend ' +
        'that the foundation predicts will continue.',
    );
    expect(seen.map((attribution) => attribution.resolved)).toEqual([
      'National Golf Foundation',
      'National Golf Foundation',
    ]);
  });

  it('a family name after “the … campaign” of that name › is the person, not the campaign', () => {
    const { seen } = read(
      'Hillary Clinton said the plan would work. The Clinton campaign said it had raised $40 million. Clinton said the race was close.',
    );
    expect(seen.map((attribution) => attribution.resolved)).toEqual([
      'Hillary Clinton',
      'Clinton campaign',
      'Hillary Clinton',
    ]);
  });

  it('“N. Korea” in a headline and “North Korea” in the story › one record, a government', () => {
    const text = 'N. Korea warns of strong response to drills\n\nNorth Korea on Monday warned of a strong response.';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    const ids = analysis.attributions.map((attribution) => attribution.sourceId);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
    expect(analysis.sources).toEqual([expect.objectContaining({ type: 'government' })]);
  });

  it('a name never runs on over a line break › the headline’s last words are not part of it', () => {
    const text = 'Troops Will Stay On The Border\nKim Jong Un visited the troops. Kim said they would stay.';
    const analysis = analyzeArticle(text, DEFAULT_SOURCES);
    expect(analysis.sources.map((source) => source.name)).toEqual(['Kim Jong Un']);
  });

  it('a relative “who” after a name that was nobody’s source › stands for that name', () => {
    const { seen } = read(
      'Blinken told reporters the talks went well. He later met Foreign Minister Cho Tae-yul, who called the talks “useful.”',
    );
    expect(seen.find((attribution) => attribution.source === 'who')?.resolved).toBe('Cho Tae-yul');
  });

  it('a registry source with an appositive › links to the registry record, not a record of its own', () => {
    const { analysis } = read('KCNA, the North’s official news agency, said the launch succeeded.');
    expect(analysis.attributions.map((attribution) => attribution.sourceId)).toEqual(['kcna']);
  });

  it('an official named with a capitalised title › is filed under the name, as an official', () => {
    const { analysis } = read('“We will respond firmly,” Prime Minister Fumio Kishida said.');
    expect(analysis.sources).toEqual([expect.objectContaining({ name: 'Fumio Kishida', type: 'officials' })]);
  });

  it('every mention of KCNA › links to one record, and the report counts its claims', () => {
    const body = [
      'North Korea tested a missile, KCNA said.',
      'The state-run Korean Central News Agency said Kim watched.',
      'The North’s state media reported the test was a success.',
    ].join('\n\n');
    const { text, analysis } = read(body);
    const kcna = analysis.attributions.filter((attribution) => attribution.sourceId === 'kcna');
    expect(kcna).toHaveLength(3);
    const report = buildSourcingReport({ id: 'a', title: 'Headline', text, analysis }, []);
    expect(report.bySource.find((row) => row.source === 'KCNA')?.claims).toBe(3);
  });
});
