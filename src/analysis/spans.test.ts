import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Containment } from './spans.js';
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
