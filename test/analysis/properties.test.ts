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
  'Rev. ',
  '(D-S.C.) ',
  'on Monday ',
  'polls show ',
  'in a poll ',
  'After blasting ',
  ', calling ',
  'was criticized by ',
  ': ',
  ' - ',
  'Sun. ',
  'NKNews.org ',
  "'We will,' ",
  '‘',
  '’',
  'SEOUL – ',
  ' was quoted by KCNA as saying ',
  'When asked ',
  'Sun-Times',
  '-',
  ', speaking on condition of anonymity',
);
const articleText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(newsy, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join('')),
);

function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

/** Every broken invariant, described; an empty list is a consistent analysis. (One assertion per analysis keeps
 * the 1 MB case fast: it holds tens of thousands of attributions.) */
function invariantViolations(text: string, analysis: Analysis): string[] {
  const violations: string[] = [];
  const whole = { start: 0, end: text.length };
  let previousEnd = 0;
  analysis.sentences.forEach((sentence, i) => {
    if (sentence.start < previousEnd) violations.push(`sentence ${i} overlaps the one before`);
    if (sentence.end <= sentence.start || !inside(sentence, whole)) violations.push(`sentence ${i} has a bad span`);
    for (const flag of sentence.flags) if (!inside(flag.span, sentence)) violations.push(`a flag leaves sentence ${i}`);
    previousEnd = sentence.end;
  });
  analysis.attributions.forEach((attribution, i) => {
    const sentence = analysis.sentences[attribution.sentence];
    if (!sentence) violations.push(`attribution ${i} names no sentence`);
    const { content } = attribution;
    if (content.end <= content.start || !inside(content, whole)) violations.push(`attribution ${i} has bad content`);
    // A source or cue is words of one sentence; only content may run across sentences (a long quote).
    for (const span of [attribution.source, attribution.cue]) {
      if (span && (!sentence || !inside(span, sentence as Span)))
        violations.push(`attribution ${i} leaves its sentence`);
      if (span && text.slice(span.start, span.end) !== span.text)
        violations.push(`attribution ${i} misquotes its text`);
    }
  });
  return violations;
}

function checkInvariants(text: string, analysis: Analysis): void {
  expect(invariantViolations(text, analysis)).toEqual([]);
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
    ['a lone closing bracket', ')'],
    ['a bracketed credit with nothing before it', '(Yonhap)'],
    ['a tagged source running into the credit', '""said 0 — AP'],
    ['a later inverted source inside a content', 'B,said, calling Sun. '],
    ['a credit of nothing', 'AA/A'],
    ['a poll after a stray full stop', 'said..in a poll '],
    ['a stance on an empty clause', '@according to saidis considered  — APAfter blasting '],
    ['a verb after a comma at the very end', 'said, calling '],
    [
      'a bracket a sentence break cuts in two (fuzzing found a source running out of its sentence)',
      'saidwas criticized by (D-S.C.) (D-S.C.) ',
    ],
    ['a long run of “and said” (a draft took exponential time on it)', 'and said '.repeat(3000)],
    [
      'a credit’s dash glued to a word (fuzzing found a hyphenated word grown out of its sentence)',
      'A.F.L.-C.I.O.A.F.L.-C.I.O.',
    ],
    ['single quotation marks left open', "'a 'b' c' 'd\n\n'e"],
    // Hostile input: each of these took minutes or forever before the pattern or reading it names was made linear.
    [
      'officials named by a 40-letter word, then a surname (surname look-up: exponential)',
      `${'A'.repeat(40)} officials said the talks failed.\n\nSmith said it was over.`,
    ],
    ['200,000 dashes (wink-nlp reads a space-free run in quadratic time)', `KCNA said ${'-'.repeat(200_000)} no.`],
    ['200,000 letters without a space', `${'A'.repeat(200_000)} said it.`],
    ['a photo credit opened before 10,000 spaces (cubic)', `(Photo ${' '.repeat(10_000)}0`],
  ])(
    '%s › returns a consistent analysis',
    (_name, text) => {
      checkInvariants(text, analyzeArticle(text, DEFAULT_SOURCES));
    },
    60_000,
  );
});
