import type { Analysis, SourceRecord } from '../analysis/types.js';
import type { AuditRecord, VerdictRecord } from '../review/verdict.js';

export interface ArticleRecord {
  id: string;
  title: string;
  text: string;
  createdAt: string;
  createdBy: string;
  analysis: Analysis;
}

export interface UserRecord {
  name: string;
  /** scrypt hash, `salt:hash` in hex. */
  passwordHash: string;
  createdAt: string;
}

/** What a verdict decision returns: the new verdict and its audit row, or null to change nothing. */
export type VerdictChange = { verdict: VerdictRecord; audit: AuditRecord } | null;

/**
 * Everything sourcedesk keeps. Adapters (lowdb, in-memory) implement it; nothing else knows how data is stored.
 * Absence is a value (`null`), never an exception.
 */
export interface Store {
  listArticles(): Promise<ArticleRecord[]>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  addArticle(article: ArticleRecord): Promise<void>;
  /** Replaces an article's analysis (after a registry change), keeping its verdicts. */
  saveAnalysis(articleId: string, analysis: Analysis): Promise<void>;

  listVerdicts(articleId: string): Promise<VerdictRecord[]>;
  /**
   * Applies `decide` to the claim's current verdict atomically: no other write runs between the read and the write,
   * so concurrent reviewers never lose a change or log a wrong "from" status.
   */
  updateVerdict(
    articleId: string,
    claimId: string,
    decide: (current: VerdictRecord | null) => VerdictChange,
  ): Promise<VerdictRecord | null>;
  listAudit(articleId: string): Promise<AuditRecord[]>;

  listSources(): Promise<SourceRecord[]>;
  /** Adds a source or replaces the one with the same id. */
  saveSource(source: SourceRecord): Promise<void>;

  getUser(name: string): Promise<UserRecord | null>;
  addUser(user: UserRecord): Promise<void>;
  countUsers(): Promise<number>;
}
