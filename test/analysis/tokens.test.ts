import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analysis/tokens.js';

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

  it('every token › is the text at its offsets', () => {
    const text = 'The U.S. envoy’s talks — in Seoul, at 3 p.m. — ended. “No,” she said.';
    for (const token of tokenize(text).tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
