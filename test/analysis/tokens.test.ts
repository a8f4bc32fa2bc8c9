import { describe, expect, it } from 'vitest';
import { LONGEST_SENTENCE, tokenize, withLongRunsCut } from '../../src/analysis/tokens.js';

const texts = (text: string) => tokenize(text).tokens.map((token) => token.text);

describe('tokenize', () => {
  it('a possessive after wink has met the word before › is still split off', () => {
    const fresh = texts('Trump’s plan failed.');
    tokenize('Trump’s.'); // wink remembers "Trump’s" as one word from here on
    expect(texts('Trump’s plan failed.')).toEqual(fresh);
    expect(fresh).toEqual(['Trump', '’s', 'plan', 'failed', '.']);
  });

  it('“it’s” › the ’s is a verb, not a possessive', () => {
    const { tokens } = tokenize('It’s over.');
    expect(tokens.map((token) => [token.text, token.pos])).toContainEqual(['’s', 'AUX']);
  });

  it('doubled apostrophes › are one quote mark', () => {
    const found = texts("He said ''we will win,'' and left.");
    expect(found.filter((text) => text === "''")).toHaveLength(2);
    expect(found).not.toContain("'");
  });

  it('a sentence ending in doubled apostrophes › its token range still ends at its last token', () => {
    const { tokens, sentences } = tokenize("''We will win.'' Then they left.");
    expect(sentences.map(([first, last]) => [tokens[first]?.text, tokens[last - 1]?.text])).toEqual([
      ["''", "''"],
      ['Then', '.'],
    ]);
  });

  it.each([
    ['He said no.', ['He', 'said', 'no', '.']],
    ['They cited the Las Vegas Sun.', ['They', 'cited', 'the', 'Las', 'Vegas', 'Sun', '.']],
    ['They cited the Sun.\n\nAll left', ['They', 'cited', 'the', 'Sun', '.', 'All', 'left']],
    ['It was Martin Luther King Jr.', ['It', 'was', 'Martin', 'Luther', 'King', 'Jr.']],
  ])('an abbreviation-like word ending a sentence › %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ['Fundraising documents show.', 'VERB'],
    ['Polls show Trump is trailing.', 'VERB'],
    ['FEC records show that he gave.', 'VERB'],
    ['Exports rose 20 percent, customs data show.', 'VERB'],
    ['The talk show aired.', 'NOUN'],
  ])('“show” after a plural, before a clause › is a verb: %s', (text, tag) => {
    expect(tokenize(text).tokens.find((token) => token.lower === 'show')?.pos).toBe(tag);
  });

  it.each([
    ['Texas Sen. Ted Cruz spoke.', 'Ted', 'PROPN'],
    ['Senator Ted Cruz spoke.', 'Ted', 'PROPN'],
    ['Sen. Rob Portman spoke.', 'Rob', 'PROPN'],
    ['Clinton Calls ISIS a Threat', 'Calls', 'VERB'],
  ])('a first name after a title › is a name, a headline verb is not: %s', (text, word, tag) => {
    expect(tokenize(text).tokens.find((token) => token.text === word)?.pos).toBe(tag);
  });

  it('a newspaper’s name › stays a name where wink reads its last word as a verb', () => {
    const { tokens } = tokenize('Experts told The Korea Herald that it was over.');
    expect(tokens.find((token) => token.text === 'Herald')?.pos).toBe('PROPN');
  });

  it.each([
    ['Pfizer chief executive Ian Read said leaders had met.', 'Read', 'PROPN', 'said'],
    ['Jolly said he would be cautious.', 'Jolly', 'PROPN', 'said'],
    ['Instead, Will called for Republicans to unite.', 'Will', 'PROPN', 'called'],
    ['“It is over,” From said.', 'From', 'PROPN', 'said'],
    ['All told, the group met twice.', 'All', 'DET', 'told'],
  ])(
    'a capitalised word right before a verb of saying › is a name, unless it opens an idiom: %s',
    (text, word, tag, verb) => {
      const { tokens } = tokenize(text);
      const at = tokens.findIndex((token) => token.text === word);
      expect(tokens[at]?.pos).toBe(tag);
      if (tag === 'PROPN') expect(tokens[at + 1]).toMatchObject({ text: verb, pos: 'VERB' });
    },
  );

  it('every token › is the text at its offsets', () => {
    const text = 'The U.S. envoy’s talks — in Seoul, at 3 p.m. — ended. “No,” she said.';
    for (const token of tokenize(text).tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  describe('sentences wink ends where no sentence ends › are joined', () => {
    const sentencesOf = (text: string) => {
      const { tokens, sentences } = tokenize(text);
      return sentences.map(([first, last]) => text.slice(tokens[first]?.start, tokens[last - 1]?.end));
    };
    it.each([
      ['a title wink does not know', 'In Cairo, Pres. Obama claimed a new era had begun. Then he left.'],
      [
        'a title before a name',
        'Vatican spokesman the Rev. Federico Lombardi told reporters it was over. Nobody asked.',
      ],
      ['initials inside parentheses', '“It is a problem,” said Rep. Jim Clyburn (D-S.C.), a party leader. He left.'],
      ['a state after a name', 'Sen. Bernie Sanders (I-Vt.) on Saturday criticized the deal. Others agreed.'],
      ['a web address', 'They were merchants, according to ouest-france.fr. They were headed to Egypt.'],
      ['a comma after a bracket', 'Rep. Elijah Cummings (D-Md.), chair of the committee, said yes. Others agreed.'],
      ['a title after a hyphen', 'Devine said Clinton and then-Sen. Barack Obama were close. Ex-Gov. Bush agreed.'],
      ['initials after a hyphen', 'Union members backed him, according to the A.F.L.-C.I.O., in 2008. Others agreed.'],
      [
        'an abbreviation before a word in lower case',
        'N. Korea slams S. Korea-U.S. drills as a rehearsal. Seoul disagreed.',
      ],
      ['an initial after a hyphen', 'N. Korea slams US-S. Korea drills as a rehearsal. Seoul disagreed.'],
      [
        'a letter after a hyphen before a real break (guard: still two)',
        'They had no plan-B. Then the talks collapsed.',
      ],
    ])('%s', (_, text) => {
      const sentences = sentencesOf(text);
      expect(sentences).toHaveLength(2);
      expect(sentences.join(' ')).toBe(text);
    });

    it('a web address › is one token', () => {
      expect(texts('Seen on NKNews.org and Yonhap.co.kr today.')).toEqual([
        'Seen',
        'on',
        'NKNews.org',
        'and',
        'Yonhap.co.kr',
        'today',
        '.',
      ]);
    });

    it('initials after a hyphen › are one token', () => {
      expect(texts('polling by the A.F.L.-C.I.O., even so')).toContain('C.I.O.');
      // A missing space after a one-letter word's full stop is no run of initials.
      expect(texts('He chose Plan B.The rest failed.')).toContain('B.');
    });

    it.each([
      ['a time', 'He left at 3 p.m. Then he ate.'],
      ['a country', 'It was the U.S. Nobody else came.'],
      ['a blank line after a title', 'He met the Pres.\n\nObama said no.'],
    ])('but not after %s', (_, text) => {
      expect(sentencesOf(text)).toHaveLength(2);
    });
  });
});

describe('withLongRunsCut', () => {
  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it('a run of 250 dashes › a space in place of the 101st and 202nd, nothing else changed', () => {
    const text = `KCNA said ${'-'.repeat(250)} no.`;
    const cut = withLongRunsCut(text);
    const start = 'KCNA said '.length;
    expect(cut).toHaveLength(text.length);
    const changed = [...cut].flatMap((character, i) => (character === text[i] ? [] : [i - start]));
    expect(changed).toEqual([100, 201]);
  });

  it('words and a 100-character run › unchanged', () => {
    const text = `The ministry said ${'x'.repeat(100)}`;
    expect(withLongRunsCut(text)).toBe(text);
  });

  it('a run of 300 emoji › both halves of a character cut, never one alone', () => {
    const text = '😀'.repeat(300);
    const cut = withLongRunsCut(text);
    expect(cut).toHaveLength(text.length);
    expect(cut).toContain(' ');
    expect(LONE_SURROGATE.test(cut)).toBe(false);
  });
});

describe('tokenize › hostile input', () => {
  it('a run of 1,000 letters › tokens of at most 100 characters, each the text at its offsets', () => {
    const text = `He said ${'a'.repeat(1000)} today.`;
    const { tokens } = tokenize(text);
    expect(Math.max(...tokens.map((token) => token.text.length))).toBe(100);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('2,000 words without a full stop › sentences of at most 300 tokens and 3,000 characters, in order, covering all', () => {
    const { tokens, sentences } = tokenize('the ministry said it would '.repeat(400));
    expect(sentences.length).toBeGreaterThan(1);
    let next = 0;
    for (const [first, last] of sentences) {
      expect(first).toBe(next);
      expect(last - first).toBeLessThanOrEqual(LONGEST_SENTENCE.tokens);
      expect((tokens[last - 1]?.end ?? 0) - (tokens[first]?.start ?? 0)).toBeLessThanOrEqual(
        LONGEST_SENTENCE.characters,
      );
      next = last;
    }
    expect(next).toBe(tokens.length);
  });

  it('a news sentence of 60 words › one sentence', () => {
    const sentence = `${'Officials in Seoul and Tokyo said the launch '.repeat(8)}was a provocation.`;
    expect(tokenize(sentence).sentences).toHaveLength(1);
  });
});
