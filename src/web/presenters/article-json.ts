import { claimIdOf, listClaims } from '../../analysis/claims.js';
import { sourcesOfSentence } from '../../analysis/report.js';
import { reviewProgress } from '../../review/progress.js';
import type { VerdictRecord } from '../../review/verdict.js';
import type { ArticleRecord } from '../../storage/store.js';

/** A claim's verdict as the API shows it; a claim nobody has marked is unreviewed. */
export function presentVerdictJson(articleId: string, claimId: string, verdict: VerdictRecord | null) {
  return verdict ?? { articleId, claimId, status: 'unreviewed', note: '', updatedAt: null, updatedBy: null };
}

/** One line of `GET /api/articles`. */
export function presentArticleSummaryJson(article: ArticleRecord, verdicts: readonly VerdictRecord[]) {
  return {
    id: article.id,
    title: article.title,
    createdAt: article.createdAt,
    createdBy: article.createdBy,
    url: `/api/articles/${encodeURIComponent(article.id)}`,
    progress: reviewProgress(article.analysis, verdicts),
  };
}

/** The whole article for API clients: the analysis as stored, verdicts, and each claim with text, sources, verdict. */
export function presentArticleJson(article: ArticleRecord, verdicts: readonly VerdictRecord[]) {
  const { analysis } = article;
  const verdictOf = new Map(verdicts.map((verdict) => [verdict.claimId, verdict]));
  return {
    ...presentArticleSummaryJson(article, verdicts),
    text: article.text,
    paragraphs: analysis.paragraphs,
    sentences: analysis.sentences,
    attributions: analysis.attributions,
    sources: analysis.sources,
    bylineSourceId: analysis.bylineSourceId,
    verdicts,
    claims: listClaims(analysis).map((sentence) => {
      const id = claimIdOf(sentence);
      return {
        id,
        sentence: sentence.index,
        role: sentence.role,
        text: article.text.slice(sentence.start, sentence.end),
        sources: sourcesOfSentence(analysis, sentence),
        flags: sentence.flags,
        verdict: presentVerdictJson(article.id, id, verdictOf.get(id) ?? null),
      };
    }),
  };
}
