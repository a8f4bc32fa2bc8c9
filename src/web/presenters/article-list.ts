import { reviewProgress } from '../../review/progress.js';
import type { VerdictRecord } from '../../review/verdict.js';
import type { ArticleRecord } from '../../storage/store.js';
import { formatTime } from './format.js';

export interface ArticleListRow {
  id: string;
  title: string;
  url: string;
  created: string;
  createdBy: string;
  claims: number;
  reviewed: number;
  /** "3 / 12 claims reviewed" */
  progressText: string;
  /** 0–100, for the progress bar. */
  percent: number;
  complete: boolean;
  progressClass: string;
}

/** Newest articles first, each with how far its review has come. */
export function presentArticleList(
  articles: readonly ArticleRecord[],
  verdictsOf: ReadonlyMap<string, readonly VerdictRecord[]>,
): ArticleListRow[] {
  return [...articles]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((article) => {
      const { claims, reviewed } = reviewProgress(article.analysis, verdictsOf.get(article.id) ?? []);
      return {
        id: article.id,
        title: article.title,
        url: `/articles/${encodeURIComponent(article.id)}`,
        created: formatTime(article.createdAt),
        createdBy: article.createdBy,
        claims,
        reviewed,
        progressText: `${reviewed} / ${claims} claims reviewed`,
        percent: claims === 0 ? 0 : Math.round((reviewed / claims) * 100),
        complete: claims > 0 && reviewed === claims,
        progressClass: claims > 0 && reviewed === claims ? 'progress-text complete' : 'progress-text',
      };
    });
}
