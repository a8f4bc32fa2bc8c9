import { describe, expect, it } from 'vitest';
import { segmentText, splitParagraphs } from '../../src/analysis/segment.js';

function sentencesOf(text: string): string[] {
  return segmentText(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('segmentText', () => {
  it.each([
    [
      '“U.S.” inside a sentence › stays one sentence',
      'Troops left the U.S. base on Monday. Then they rested.',
      ['Troops left the U.S. base on Monday.', 'Then they rested.'],
    ],
    [
      '“Mr.” and “p.m.” › are not sentence ends',
      'Mr. Kim spoke at 3 p.m. on Friday. Nobody asked.',
      ['Mr. Kim spoke at 3 p.m. on Friday.', 'Nobody asked.'],
    ],
    [
      'missing space after a full stop › still splits',
      'according to South Korea’s Unification Ministry.The treaty requires aid.',
      ['according to South Korea’s Unification Ministry.', 'The treaty requires aid.'],
    ],
    [
      'curly quotes › stay with their sentence',
      '“We will win,” she said. “Never.”',
      ['“We will win,” she said.', '“Never.”'],
    ],
    [
      'line breaks › always end a sentence',
      'Headline without a stop\nBody text begins here.',
      ['Headline without a stop', 'Body text begins here.'],
    ],
    ['nothing but whitespace › no sentences', ' \n\n\t ', []],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('offsets › are end-exclusive indices into the original text', () => {
    const text = '  Héllo wörld.  \n\nSecond  paragraph here. ';
    const { sentences } = segmentText(text);
    expect(sentences.map((s) => [s.start, s.end, s.paragraph])).toEqual([
      [2, 14, 0],
      [18, 41, 1],
    ]);
  });
});

describe('splitParagraphs', () => {
  it('blank lines, even holding non-breaking spaces › separate paragraphs, trimmed', () => {
    const text = 'One.\n\u00a0\u00a0\nTwo\nstill two.\n\n\nThree.';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two\nstill two.', 'Three.']);
  });
});
