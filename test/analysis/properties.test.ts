import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.js';
import { DEFAULT_SOURCES } from '../../src/analysis/default-sources.js';
import type { Analysis, Span } from '../../src/analysis/types.js';

/** Pieces of news text, so random input also exercises the rules and not only the tokenizer. */
const newsy = fc.constantFrom(
  'said',
  ' said ',
  'according to ',
  'KCNA',
  '“',
  '”',
  '"',
  ', ',
  '. ',
  '.',
  '\n',
  '\n\n',
  ' — AP',
  'The ministry ',
  'he ',
  'U.S. ',
  'is considered ',
  'reportedly ',
  'Follow us on WhatsApp',
  'Mr. ',
  "''",
  'Trump’s ',
);
const articleText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(newsy, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join('')),
);

function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

function checkInvariants(text: string, analysis: Analysis): void {
  const whole = { start: 0, end: text.length };
  let previousEnd = 0;
  for (const sentence of analysis.sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(inside(sentence, whole)).toBe(true);
    previousEnd = sentence.end;
  }
  for (const attribution of analysis.attributions) {
    const sentence = analysis.sentences[attribution.sentence];
    expect(sentence).toBeDefined();
    expect(attribution.content.end).toBeGreaterThan(attribution.content.start);
    expect(inside(attribution.content, whole)).toBe(true);
    // A source or cue is words of one sentence; only content may run across sentences (a long quote).
    for (const span of [attribution.source, attribution.cue]) {
      if (!span) continue;
      expect(inside(span, sentence as Span)).toBe(true);
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
  for (const sentence of analysis.sentences) {
    for (const flag of sentence.flags) expect(inside(flag.span, sentence)).toBe(true);
  }
}

describe('analyzeArticle › any input', () => {
  it('random strings › never throws, spans stay inside the text and their sentence', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        checkInvariants(text, analyzeArticle(text, DEFAULT_SOURCES));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['empty', ''],
    ['lone quotes', '“ ” " “'],
    ['nothing but punctuation', '.,;:!?—–-“”"\'()[]'.repeat(200)],
    ['1 MB of one line', 'word said that it rained, he said '.repeat(30_000)],
    ['a dash byline with nothing before it', '— AP'],
  ])(
    '%s › returns a consistent analysis',
    (_name, text) => {
      checkInvariants(text, analyzeArticle(text, DEFAULT_SOURCES));
    },
    60_000,
  );
});
