import { describe, expect, it } from 'vitest';
import type { FoundAttribution } from './attribution.js';
import { mergeTagged } from './merge-tagged.js';
import { findQuotes } from './quotes.js';
import { assignRoles } from './roles.js';
import { segmentText } from './segment.js';
import type { TaggedAttribution } from './tagger/attributionTagger.js';
import type { AttributionKind } from './types.js';

/** The span of the first `part` of `text`. */
function spanOf(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`“${part}” is not in the text`);
  return { start, end: start + part.length };
}

/** One paragraph after a headline, so the text is not read as a headline alone. */
function article(body: string): string {
  return `Headline\n\n${body}`;
}

/** What the tagger found in `text`, each part the first occurrence of its words; a null source is none. */
function tagged(text: string, source: string | null, cue: string, content: string): TaggedAttribution {
  return {
    source: source === null ? null : spanOf(text, source),
    cue: spanOf(text, cue),
    content: spanOf(text, content),
  };
}

/** What the rules found in the body sentence of `text`. */
function ruled(text: string, kind: AttributionKind, source: string, cue: string, content: string): FoundAttribution {
  return {
    sentence: 1,
    kind,
    source: { ...spanOf(text, source), text: source },
    cue: { ...spanOf(text, cue), text: cue },
    content: spanOf(text, content),
  };
}

/** Merges the rules' and the tagger's readings of `text`, as the attribution engine does. */
function merge(text: string, found: FoundAttribution[], taggedOnes: TaggedAttribution[]) {
  const { paragraphs, sentences, tokens } = segmentText(text);
  return mergeTagged({
    text,
    sentences: assignRoles(text, sentences, tokens),
    tokens,
    quotes: findQuotes(text, paragraphs),
    found,
    tagged: taggedOnes,
  });
}

/** The source the first merged attribution shows, or null. */
function mergedSource(text: string, found: FoundAttribution[], taggedOnes: TaggedAttribution[]): string | null {
  return merge(text, found, taggedOnes)[0]?.source?.text ?? null;
}

describe('mergeTagged', () => {
  it('a tagged cue that is only a colon › stays the colon, not an empty span', () => {
    const text = article('Clinton in 1992: “Our new direction must rest on new realities.”');
    const [merged] = merge(
      text,
      [],
      [tagged(text, 'Clinton', ': ', '“Our new direction must rest on new realities.”')],
    );
    expect(merged?.cue?.text).toBe(':');
    expect(merged?.source?.text).toBe('Clinton');
  });

  it('a tagged content that opens a quote and stops inside it › runs to the end of the quote', () => {
    const text = article('Carson explained it by saying: “I did nothing wrong. I asked people to pray. That is all.”');
    const [merged] = merge(text, [], [tagged(text, 'Carson', 'explained', 'it by saying: “I did nothing wrong.')]);
    expect(merged && text.slice(merged.content.start, merged.content.end)).toBe(
      'it by saying: “I did nothing wrong. I asked people to pray. That is all.”',
    );
  });

  it.each([
    [false, ['The ministry', 'Kim']],
    [true, ['The ministry']],
  ])('a tagged cue inside what a rule attribution reports, tentative: %s › sources %j', (tentative, expected) => {
    const text = article('The ministry said Kim warned of war.');
    const found = [ruled(text, 'said-that', 'The ministry', 'said', 'Kim warned of war')];
    const inner = { ...tagged(text, 'Kim', 'warned', 'of war'), tentative };
    expect(merge(text, found, [inner]).map((attribution) => attribution.source?.text)).toEqual(expected);
  });

  it('a tagged source with the punctuation around it › is trimmed', () => {
    const text = article('The talks stalled, the agency said.');
    expect(mergedSource(text, [], [tagged(text, ', the agency', 'said', 'The talks stalled')])).toBe('the agency');
  });

  it.each([
    [
      'after “said by” › is where it was said',
      'The deal is dead, Mr. Daniloff said by telephone this week.',
      ['inverted', 'Mr. Daniloff', 'said', 'The deal is dead'],
      'telephone this week',
    ],
    [
      'of nothing but punctuation › is none',
      'Sanders can not catch up, said Steve Elmendorf, a strategist.',
      ['inverted', 'Steve Elmendorf', 'said', 'Sanders can not catch up'],
      ', ',
    ],
    [
      'after a preposition › is its object',
      'Asked about the deaths under Mr. Putin, Trump said the country kills too.',
      ['said-that', 'Trump', 'said', 'the country kills too'],
      'Mr. Putin',
    ],
    [
      'before an inverted “, said X” › is part of what X said',
      'Clinton should build bridges to Mr. Sanders, said David Axelrod, a strategist.',
      ['inverted', 'David Axelrod, a strategist', 'said', 'Clinton should build bridges to Mr. Sanders'],
      'Mr. Sanders',
    ],
    [
      'before an inverted “, say X,” › is part of what they say',
      'Part of the problem, say experts like Paul Bauman, is the ground itself.',
      ['inverted', 'experts like Paul Bauman', 'say', 'Part of the problem'],
      'Part of the problem',
    ],
    [
      'closing an aside before the cue › belongs to the aside',
      'Mary Susan, in a cape that formed the name Trump, said the convention could fail.',
      ['said-that', 'Mary Susan', 'said', 'the convention could fail'],
      'the name Trump',
    ],
  ] as const)(
    'a tagged source %s: the rules’ speaker stays',
    (_name, body, [kind, source, cue, content], taggedSource) => {
      const text = article(body);
      const found = [ruled(text, kind, source, cue, content)];
      expect(mergedSource(text, found, [tagged(text, taggedSource, cue, content)])).toBe(source);
    },
  );

  it.each([
    [
      'a participle after a comma › the subject of the clause before',
      'The tycoon entered the race with harsh words, calling them rapists.',
      'calling',
      'them rapists',
      'The tycoon',
    ],
    [
      'an opening participle › the subject after its comma',
      'After blasting the report, Glenn Beck left the stage.',
      'blasting',
      'the report',
      'Glenn Beck',
    ],
    [
      'a passive › its agent',
      'Pigs are considered unclean by Muslims and some other groups.',
      'are considered',
      'Pigs are considered unclean',
      'Muslims and some other groups',
    ],
    [
      'a finite verb after an aside › the subject before the aside',
      'Texas Sen. Ted Cruz, who has experienced a surge in Iowa, named “Veep” as his favourite show.',
      'named',
      '“Veep” as his favourite show',
      'Texas Sen. Ted Cruz',
    ],
    [
      'a verb after an aside in a clause that “after” opens › that clause’s subject',
      'It came up after Mr. Trump, asked about the deaths, had said the country kills too.',
      'had said',
      'the country kills too',
      'Mr. Trump',
    ],
    [
      'a participle after a quote that ends on its comma › the subject of the clause before the quote',
      'Graham said on MSNBC’s “Morning Joe,” adding, “Kasich is an insider.”',
      'adding',
      '“Kasich is an insider.”',
      'Graham',
    ],
    [
      'a participle after “X said she was thinking, “…,”” › X, not the subject of what X said',
      'She said she was thinking, “Oh my God, this can’t be happening,” adding, “I had no words.”',
      'adding',
      '“I had no words.”',
      'She',
    ],
    [
      'a gerund after “by” › the subject of its clause',
      'Bolton distanced himself from the movement by saying he would help the nominee.',
      'saying',
      'he would help the nominee',
      'Bolton',
    ],
    [
      'a gerund after “while” and an adverb › the subject of its clause',
      'Most senators have said they will vote for him, while also stressing it is no endorsement.',
      'stressing',
      'it is no endorsement',
      'Most senators',
    ],
    [
      'a gerund that opens the sentence › the subject after its comma',
      'Noting that the policy had failed, Trump called for a change.',
      'Noting',
      'that the policy had failed',
      'Trump',
    ],
    [
      'a verb right after a quote › the subject after it',
      '“Choke!” blared the front page of The Boston Herald.',
      'blared',
      '“Choke!”',
      'the front page of The Boston Herald',
    ],
    ['nobody named › none', 'Criticizing police tactics will alienate voters.', 'Criticizing', 'police tactics', null],
  ])('a tagged cue with no source: %s', (_name, body, cue, content, expected) => {
    const text = article(body);
    expect(mergedSource(text, [], [tagged(text, null, cue, content)])).toBe(expected);
  });

  it.each([
    [
      'inside the aside › gives way to the subject before it',
      'Cruz, who says the polls have tightened, said voters should go with him.',
      'the polls',
      'Cruz',
    ],
    [
      'after the cue, in the next clause › gives way to the subject before the aside',
      'When Ms. Friedan, during a debate in 1973, recommended a ban, Mrs. Schlafly replied calmly.',
      'Mrs. Schlafly',
      'Ms. Friedan',
    ],
  ])('a tagged source %s', (_name, body, taggedSource, expected) => {
    const text = article(body);
    const cue = body.includes('recommended') ? 'recommended' : 'said';
    const content = body.includes('recommended') ? 'a ban' : 'voters should go with him';
    expect(mergedSource(text, [], [tagged(text, taggedSource, cue, content)])).toBe(expected);
  });

  it.each([
    [
      'the object of the verb before “, calling …”',
      'Bush also attacked Donald Trump, calling him a loser.',
      ['Donald Trump', 'calling', 'him a loser'],
      'Bush',
    ],
    [
      'the object of the verb before “and outlined”, after a subject with an appositive',
      "Sanders's campaign manager, Jeff Weaver, appeared on MSNBC and outlined how the gap could close.",
      ['MSNBC', 'outlined', 'how the gap could close'],
      "Sanders's campaign manager, Jeff Weaver",
    ],
    [
      'after a speaker who follows a quote (“…,” said X, referring to …)',
      '“Hit her where she is strong,” said Heather Hurlburt, a former speechwriter, referring to Karl Rove.',
      ['Heather Hurlburt, a former speechwriter', 'referring to', 'Karl Rove'],
      'Heather Hurlburt, a former speechwriter',
    ],
  ] as const)('a tagged source %s › the speaker', (_name, body, [taggedSource, cue, content], expected) => {
    const text = article(body);
    expect(mergedSource(text, [], [tagged(text, taggedSource, cue, content)])).toBe(expected);
  });

  it('a tagged twin whose source is the object of the verb before “and said” › the rules’ subject', () => {
    const text = article('Graham called both Trump and Clinton “crazy” and said the party would lose.');
    const found = [ruled(text, 'said-that', 'Graham', 'said', 'the party would lose')];
    expect(mergedSource(text, found, [tagged(text, 'both Trump and Clinton', 'said', 'the party would lose')])).toBe(
      'Graham',
    );
  });

  it.each([
    ['no aside between the subject and its verb', 'The ad, titled “Unifier?”, ran twice.', 'titled', '“Unifier?”'],
    ['a participle after the aside', 'Trump, in a statement, saying he was right, left.', 'saying', 'he was right'],
  ])('a tagged cue after a comma with %s › takes no subject from before the comma', (_name, body, cue, content) => {
    const text = article(body);
    expect(mergedSource(text, [], [tagged(text, null, cue, content)])).toBeNull();
  });

  it('a tagged cue after its content (“…, a big problem, said Smith”) › keeps the tagger’s source', () => {
    const text = article('The plan is dead, a big problem, said Smith.');
    expect(mergedSource(text, [], [tagged(text, 'Smith', 'said', 'The plan is dead')])).toBe('Smith');
  });

  it('a tagged content that starts inside the rules’ quote › is read from where the quote starts', () => {
    const text = article('“This is the place she praised. Really?” Bush said. “Libya is chaotic.”');
    const quote = '“This is the place she praised. Really?”';
    // Sentences: the headline, “This is … praised.”, “Really?”, then “Bush said.”
    const found = [{ ...ruled(text, 'inverted', 'Bush', 'said', quote), sentence: 3 }];
    const [merged] = merge(text, found, [tagged(text, 'Bush', 'said', 'Really?” Bush said. “Libya is chaotic.”')]);
    expect(text.slice(merged?.content.start, merged?.content.end)).toBe(`${quote} Bush said. “Libya is chaotic.”`);
  });

  it('a tagged “Q” of an interview › is no speaker', () => {
    const text = article('Q: Do you think the talks will resume?');
    expect(mergedSource(text, [], [tagged(text, 'Q', ':', 'Do you think the talks will resume')])).toBeNull();
  });

  it('a possessive after a preposition › still speaks: “in her criticism of …”', () => {
    const text = article('She was blunt in her criticism of the deal.');
    expect(mergedSource(text, [], [tagged(text, 'her', 'criticism of', 'the deal')])).toBe('her');
  });
});
