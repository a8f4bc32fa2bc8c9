import type { SourceRecord } from '../analysis/types.js';
import type { AuditRecord, VerdictRecord } from '../review/verdict.js';
import type { ArticleRecord, Store, UserRecord } from './store.js';

/** The whole of sourcedesk's data as one JSON document (the shape of db.json). */
export interface Database {
  articles: ArticleRecord[];
  verdicts: VerdictRecord[];
  audit: AuditRecord[];
  sources: SourceRecord[];
  users: UserRecord[];
}

export function emptyDatabase(): Database {
  return { articles: [], verdicts: [], audit: [], sources: [], users: [] };
}

/**
 * Builds a Store over a Database held in memory. Every method changes the data synchronously, then awaits
 * `persist()`: as Node runs one callback at a time, no change is lost between a read and a write, and the
 * adapter is free to batch the writes of many changes into one.
 */
export function createDatabaseStore(data: Database, persist: () => Promise<void>): Store {
  const verdictKey = (articleId: string, claimId: string) => `${articleId}\u0000${claimId}`;
  // An index keeps 1,000 verdicts on one article from being a quadratic scan.
  const verdictIndex = new Map(data.verdicts.map((v, i) => [verdictKey(v.articleId, v.claimId), i]));

  return {
    async listArticles() {
      return [...data.articles];
    },
    async getArticle(id) {
      return data.articles.find((article) => article.id === id) ?? null;
    },
    async addArticle(article) {
      if (data.articles.some((existing) => existing.id === article.id)) {
        throw new Error(`article ${article.id} already exists`);
      }
      data.articles.push(article);
      await persist();
    },
    async saveAnalysis(articleId, analysis) {
      const article = data.articles.find((candidate) => candidate.id === articleId);
      if (!article) throw new Error(`no article ${articleId}`);
      article.analysis = analysis;
      await persist();
    },

    async listVerdicts(articleId) {
      return data.verdicts.filter((verdict) => verdict.articleId === articleId);
    },
    async updateVerdict(articleId, claimId, decide) {
      const key = verdictKey(articleId, claimId);
      const index = verdictIndex.get(key);
      const current = index === undefined ? null : (data.verdicts[index] ?? null);
      const change = decide(current);
      if (!change) return current;
      if (index === undefined) {
        verdictIndex.set(key, data.verdicts.length);
        data.verdicts.push(change.verdict);
      } else {
        data.verdicts[index] = change.verdict;
      }
      data.audit.push(change.audit);
      await persist();
      return change.verdict;
    },
    async listAudit(articleId) {
      return data.audit.filter((row) => row.articleId === articleId);
    },

    async listSources() {
      return [...data.sources];
    },
    async saveSource(source) {
      const index = data.sources.findIndex((existing) => existing.id === source.id);
      if (index < 0) data.sources.push(source);
      else data.sources[index] = source;
      await persist();
    },

    async getUser(name) {
      return data.users.find((user) => user.name === name) ?? null;
    },
    async addUser(user) {
      if (data.users.some((existing) => existing.name === user.name)) throw new Error(`user ${user.name} exists`);
      data.users.push(user);
      await persist();
    },
    async countUsers() {
      return data.users.length;
    },
  };
}
