import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Containment, wholeWords } from './spans.js';
import type { Span } from './types.js';

const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]): Span => ({ start, end: start + length }));

describe('Containment', () => {
  it('finds a span that contains another, and leaves out the one it is told to', () => {
    const outer = { start: 0, end: 10 };
    const inner = { start: 2, end: 5 };
    const spans = new Containment([inner, outer]);
    expect(spans.contains({ start: 1, end: 9 })).toBe(true);
    expect(spans.contains({ start: 1, end: 9 }, outer)).toBe(false);
    expect(spans.contains({ start: 3, end: 4 }, outer)).toBe(true);
    expect(spans.contains({ start: 9, end: 11 })).toBe(false);
    expect(new Containment([]).contains(inner)).toBe(false);
  });

  it('answers as a scan of every span does', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), span, fc.nat(30), (spans, asked, skip) => {
        const except = spans[skip] ?? null;
        const expected = spans.some((s) => s !== except && s.start <= asked.start && s.end >= asked.end);
        expect(new Containment(spans).contains(asked, except)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wholeWords', () => {
  /** The text with the span marked by [ and ], and what wholeWords makes of it, marked the same way. */
  function grown(marked: string): string {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']') - 1;
    const text = marked.replace('[', '').replace(']', '');
    const whole = wholeWords(text, { start, end });
    return `${text.slice(0, whole.start)}[${text.slice(whole.start, whole.end)}]${text.slice(whole.end)}`;
  }

  it.each([
    [
      'the end of a span inside “Sun-Times”',
      'a moment of silence, [the Chicago Sun]-Times reported',
      'a moment of silence, [the Chicago Sun-Times] reported',
    ],
    ['the start of a span inside “Sun-Times”', 'the Chicago Sun-[Times] reported', 'the Chicago [Sun-Times] reported'],
    ['a word of three parts', '[a 62]-year-old voter', '[a 62-year-old] voter'],
    ['an abbreviation before the hyphen', 'joint [U.S.]-South Korean drills', 'joint [U.S.-South] Korean drills'],
    ['a span that ends before a spaced dash', '[the ministry] - and others', '[the ministry] - and others'],
    [
      'a span that ends before an en dash typed with no spaces',
      '[controls]–the Daily News claims',
      '[controls]–the Daily News claims',
    ],
    ['a span that ends before a double hyphen', '[in Spain.]--Kim Hjelmgaard', '[in Spain.]--Kim Hjelmgaard'],
  ])('%s', (_name, marked, expected) => {
    expect(grown(marked)).toBe(expected);
  });

  it('returns the same span when no word is cut, and never shrinks one', () => {
    const text = 'Glass-Steagall, the so-called front-runner said';
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), (a, b) => {
        const span = { start: Math.min(a, b), end: Math.max(a, b) };
        const whole = wholeWords(text, span);
        expect(whole.start).toBeLessThanOrEqual(span.start);
        expect(whole.end).toBeGreaterThanOrEqual(span.end);
        if (whole.start === span.start && whole.end === span.end) expect(whole).toBe(span);
      }),
    );
  });
});
