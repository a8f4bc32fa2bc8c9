import { describe, expect, it } from 'vitest';
import { isTimePhrase } from './lexicon.js';

describe('isTimePhrase', () => {
  it.each([
    ['Tuesday', true],
    ['last month', true],
    ['Thursday evening', true],
    ['April', true],
    ['20 years', true],
    ['April Ryan', false],
    ['may', false],
    ['the ministry', false],
  ])('%s › %s', (phrase, expected) => {
    expect(isTimePhrase(phrase)).toBe(expected);
  });
});
