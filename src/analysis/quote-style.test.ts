import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asDoubleQuoted } from './quote-style.js';

describe('asDoubleQuoted', () => {
  it.each([
    [
      'whole sentences in straight single marks, an inner quote in double ones',
      `'We will respond,' the ministry said.\n\n'They called it "a farce",' he added. 'It is not.'`,
      `"We will respond," the ministry said.\n\n"They called it 'a farce'," he added. "It is not."`,
    ],
    [
      'curly single marks, with apostrophes inside and out',
      '‘It’s a ritual by now,’ said Easley. ‘But Seoul’s risk is real.’ The North’s media were silent.',
      '“It’s a ritual by now,” said Easley. “But Seoul’s risk is real.” The North’s media were silent.',
    ],
    [
      'a few quoted words that end like a plural’s possessive',
      "She accused Washington of 'escalating tensions' on the peninsula. 'Enough is enough,' she said.",
      'She accused Washington of "escalating tensions" on the peninsula. "Enough is enough," she said.',
    ],
    [
      'a quote running on into the next paragraph',
      "'The talks failed. We tried everything.\n\n'Now it is up to Seoul,' Kim said.",
      '"The talks failed. We tried everything.\n\n"Now it is up to Seoul," Kim said.',
    ],
  ])('swaps the marks of an article that quotes in single marks: %s', (_name, text, expected) => {
    expect(asDoubleQuoted(text)).toBe(expected);
  });

  it.each([
    [
      'double marks, with single ones inside and in the headline',
      `Trump's 'Obama founded ISIS' flap\n\n"He called it 'a disgrace,'" Pence said. "We disagree," Ryan said.`,
    ],
    ['the doubled apostrophe some wires quote with', "''We will respond,'' the ministry said. ''Soon,'' he added."],
    [
      'plurals’ possessives and contractions only',
      "The drivers' union said it won't strike. The Koreans' talks went on.",
    ],
    ['a single quoted passage', "He called it 'a rehearsal for invasion' on Friday."],
  ])('leaves an article that quotes in double marks as it is: %s', (_name, text) => {
    expect(asDoubleQuoted(text)).toBe(text);
  });

  it('keeps every other character in its place, for any text', () => {
    const quoteMarks = new Set(['"', "'", '“', '”', '‘', '’']);
    const pieces = fc.constantFrom("'", '‘', '’', '"', '“', '”', ' ', '\n\n', 'word', 's', ',', '.', "''");
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const read = asDoubleQuoted(text);
        expect(read).toHaveLength(text.length);
        for (let i = 0; i < text.length; i++) {
          if (read[i] !== text[i]) expect(quoteMarks.has(text[i] as string)).toBe(true);
        }
      }),
    );
  });
});
