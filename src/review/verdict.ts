export const VERDICT_STATUSES = ['unreviewed', 'verified', 'disputed', 'unverifiable'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** The current verdict on one claim (a reviewable sentence) of an article. */
export interface VerdictRecord {
  articleId: string;
  claimId: string;
  status: VerdictStatus;
  note: string;
  updatedAt: string;
  updatedBy: string;
}

/** One row of the audit trail: every change of a verdict, who made it and when. */
export interface AuditRecord {
  articleId: string;
  claimId: string;
  from: VerdictStatus;
  to: VerdictStatus;
  fromNote: string;
  note: string;
  by: string;
  at: string;
}
