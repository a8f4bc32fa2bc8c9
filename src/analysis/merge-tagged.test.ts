import { describe, expect, it } from 'vitest';
import type { FoundAttribution } from './attribution.js';
import { mergeTagged } from './merge-tagged.js';
import { findQuotes } from './quotes.js';
import { assignRoles } from './roles.js';
import { segmentText } from './segment.js';
import type { TaggedAttribution } from './tagger/attributionTagger.js';

/** The span of the first `part` of `text` at or after `from`. */
function spanOf(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`“${part}” is not in the text`);
  return { start, end: start + part.length };
}

/** Merges `found` (the rules) and `tagged` (the learned tagger) over `text`, as the attribution engine does. */
function merge(text: string, found: FoundAttribution[], tagged: TaggedAttribution[]) {
  const { paragraphs, sentences, tokens } = segmentText(text);
  return mergeTagged({
    text,
    sentences: assignRoles(text, sentences, tokens),
    tokens,
    quotes: findQuotes(text, paragraphs),
    found,
    tagged,
  });
}

describe('mergeTagged', () => {
  it('a tagged cue that is only a colon › stays the colon, not an empty span', () => {
    const text = 'Headline\n\nClinton in 1992: “Our new direction must rest on new realities.”';
    const [merged] = merge(
      text,
      [],
      [
        {
          source: spanOf(text, 'Clinton'),
          cue: spanOf(text, ': '),
          content: spanOf(text, '“Our new direction must rest on new realities.”'),
        },
      ],
    );
    expect(merged?.cue?.text).toBe(':');
    expect(merged?.source?.text).toBe('Clinton');
  });

  it('a tagged source after “said by” › is no speaker: the rules’ subject stays', () => {
    const text = 'Headline\n\nThe deal is dead, Mr. Daniloff said by telephone this week.';
    const rule: FoundAttribution = {
      sentence: 1,
      kind: 'inverted',
      source: { ...spanOf(text, 'Mr. Daniloff'), text: 'Mr. Daniloff' },
      cue: { ...spanOf(text, 'said'), text: 'said' },
      content: spanOf(text, 'The deal is dead'),
    };
    const [merged] = merge(
      text,
      [rule],
      [
        {
          source: spanOf(text, 'telephone this week'),
          cue: spanOf(text, 'said'),
          content: spanOf(text, 'The deal is dead'),
        },
      ],
    );
    expect(merged?.source?.text).toBe('Mr. Daniloff');
  });

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
  ])('a tagged cue with no source: %s', (_name, body, cue, content, expected) => {
    const text = `Headline\n\n${body}`;
    const [merged] = merge(text, [], [{ source: null, cue: spanOf(text, cue), content: spanOf(text, content) }]);
    expect(merged?.source?.text).toBe(expected);
  });

  it('a tagged cue with no source and nobody named › stays sourceless', () => {
    const text = 'Headline\n\nCriticizing police tactics will alienate voters.';
    const [merged] = merge(
      text,
      [],
      [{ source: null, cue: spanOf(text, 'Criticizing'), content: spanOf(text, 'police tactics') }],
    );
    expect(merged?.source).toBeNull();
  });

  it('a tagged source of nothing but punctuation › is none: the rules’ speaker stays', () => {
    const text = 'Headline\n\nSanders can not catch up, said Steve Elmendorf, a strategist.';
    const rule: FoundAttribution = {
      sentence: 1,
      kind: 'inverted',
      source: { ...spanOf(text, 'Steve Elmendorf'), text: 'Steve Elmendorf' },
      cue: { ...spanOf(text, 'said'), text: 'said' },
      content: spanOf(text, 'Sanders can not catch up'),
    };
    const tagged = { source: spanOf(text, ', '), cue: spanOf(text, 'said'), content: spanOf(text, 'Sanders') };
    expect(merge(text, [rule], [tagged])[0]?.source?.text).toBe('Steve Elmendorf');
  });

  it('a tagged source after a preposition › is no speaker: the rules’ subject stays', () => {
    const text = 'Headline\n\nAsked about the deaths under Mr. Putin, Trump said the country kills too.';
    const rule: FoundAttribution = {
      sentence: 1,
      kind: 'said-that',
      source: { ...spanOf(text, 'Trump'), text: 'Trump' },
      cue: { ...spanOf(text, 'said'), text: 'said' },
      content: spanOf(text, 'the country kills too'),
    };
    const tagged = {
      source: spanOf(text, 'Mr. Putin'),
      cue: spanOf(text, 'said'),
      content: spanOf(text, 'the country'),
    };
    expect(merge(text, [rule], [tagged])[0]?.source?.text).toBe('Trump');
  });

  it('a tagged source closing an aside before the cue › the subject before the aside speaks', () => {
    const text = 'Headline\n\nMary Susan, in a cape that formed the name Trump, said the convention could fail.';
    const rule: FoundAttribution = {
      sentence: 1,
      kind: 'said-that',
      source: { ...spanOf(text, 'Mary Susan'), text: 'Mary Susan' },
      cue: { ...spanOf(text, 'said'), text: 'said' },
      content: spanOf(text, 'the convention could fail'),
    };
    const tagged = {
      source: spanOf(text, 'the name Trump'),
      cue: spanOf(text, 'said'),
      content: spanOf(text, 'the convention could fail'),
    };
    expect(merge(text, [rule], [tagged])[0]?.source?.text).toBe('Mary Susan');
  });

  it('a tagged “Q” of an interview › is no speaker', () => {
    const text = 'Headline\n\nQ: Do you think the talks will resume?';
    const [merged] = merge(
      text,
      [],
      [
        {
          source: spanOf(text, 'Q'),
          cue: spanOf(text, ':'),
          content: spanOf(text, 'Do you think the talks will resume'),
        },
      ],
    );
    expect(merged?.source ?? null).toBeNull();
  });

  it('a possessive after a preposition › still speaks: “in her criticism of …”', () => {
    const text = 'Headline\n\nShe was blunt in her criticism of the deal.';
    const [merged] = merge(
      text,
      [],
      [{ source: spanOf(text, 'her'), cue: spanOf(text, 'criticism of'), content: spanOf(text, 'the deal') }],
    );
    expect(merged?.source?.text).toBe('her');
  });

  it('a tagged source with the punctuation around it › is trimmed', () => {
    const text = 'Headline\n\nThe talks stalled, the agency said.';
    const [merged] = merge(
      text,
      [],
      [{ source: spanOf(text, ', the agency'), cue: spanOf(text, 'said'), content: spanOf(text, 'The talks stalled') }],
    );
    expect(merged?.source?.text).toBe('the agency');
  });
});
