import type { Analysis, SourceRecord } from './types.js';

/**
 * Analyses an article: paragraphs, sentences with roles and flags, attributions resolved against `registry`.
 * Pure and deterministic.
 *
 * @example analyzeArticle('Rain fell, KCNA said.', defaultSources).attributions[0].sourceId // 'kcna'
 */
export function analyzeArticle(text: string, registry: readonly SourceRecord[]): Analysis {
  // placeholder until the engine lands (being written now)
  void registry;
  return {
    paragraphs: [],
    sentences: [],
    attributions: [],
    sources: [],
    bylineSourceId: null,
    title: text.slice(0, 80),
  };
}
