import { type Analysis, REVIEWABLE_ROLES, type Sentence } from './types.js';

/** A claim is a reviewable sentence; its id is stable for a given analysis: `s<sentence index>`. */
export function claimIdOf(sentence: Pick<Sentence, 'index'>): string {
  return `s${sentence.index}`;
}

/**
 * The sentences a reviewer marks, in reading order (headline, captions, body; never byline or boilerplate).
 *
 * @example listClaims(analyzeArticle('Title\n\nIt rained, KCNA said.', [])).map((s) => s.role) // ['headline', 'body']
 */
export function listClaims(analysis: Analysis): Sentence[] {
  return analysis.sentences.filter((sentence) => REVIEWABLE_ROLES.includes(sentence.role));
}
