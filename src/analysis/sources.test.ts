import { describe, expect, it } from 'vitest';
import { guessType, normaliseMention } from './sources.js';

describe('guessType', () => {
  it.each([
    ['Moscow and Pyongyang', 'government'],
    ['Seoul, Tokyo and Washington', 'government'],
    ['Clinton and Sanders', 'person'],
    ['Trump and the Pentagon', 'organisation'],
    ['Dmitry Peskov', 'person'],
    ['the Pentagon', 'government'],
    ['Ukrainian officials', 'officials'],
    ['a teacher', 'unnamed'],
  ])('%s › %s', (name, type) => {
    expect(guessType(name, normaliseMention(name))).toBe(type);
  });
});
