import { listClaims } from './claims.js';
import { sourcesOfSentence } from './report.js';
import type { Analysis, SourceRecord } from './types.js';

export interface SourceCitations {
  /** The source as the analyses know it: a registry record, or one made for a mention the registry lacks. */
  source: SourceRecord;
  /** Claims that cite it. */
  claims: number;
  /** Articles with at least one such claim. */
  articles: number;
}

/**
 * How many claims cite each source across articles, by source id. A claim citing a source twice (a quote and a
 * "said") counts once; the byline standing in for a sentence in the reporter's own voice is not a citation.
 *
 * @example countCitations([analysis]).get('kcna') // { source: { id: 'kcna', … }, claims: 3, articles: 1 }
 */
export function countCitations(analyses: readonly Analysis[]): Map<string, SourceCitations> {
  const counts = new Map<string, SourceCitations>();
  for (const analysis of analyses) {
    const records = new Map(analysis.sources.map((source) => [source.id, source]));
    const citedHere = new Set<string>();
    for (const claim of listClaims(analysis)) {
      const cited = new Set(
        sourcesOfSentence(analysis, claim).flatMap((source) =>
          source.fallback || !source.sourceId ? [] : [source.sourceId],
        ),
      );
      for (const id of cited) {
        const record = records.get(id);
        if (!record) continue;
        const entry = counts.get(id) ?? { source: record, claims: 0, articles: 0 };
        entry.claims += 1;
        if (!citedHere.has(id)) entry.articles += 1;
        citedHere.add(id);
        counts.set(id, entry);
      }
    }
  }
  return counts;
}
