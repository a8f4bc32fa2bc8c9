import { claimIdOf, listClaims } from '../analysis/claims.js';
import type { Analysis } from '../analysis/types.js';
import type { VerdictRecord } from './verdict.js';

export interface ReviewProgress {
  claims: number;
  /** Claims with a status other than unreviewed. */
  reviewed: number;
}

/**
 * How far the review of an article has come.
 *
 * @example reviewProgress(analysis, [{ claimId: 's1', status: 'verified', … }]) // { claims: 4, reviewed: 1 }
 */
export function reviewProgress(analysis: Analysis, verdicts: readonly VerdictRecord[]): ReviewProgress {
  const claimIds = new Set(listClaims(analysis).map(claimIdOf));
  // Only verdicts on current claims count: a re-analysis may have dropped a sentence that had one.
  const reviewed = verdicts.filter((v) => v.status !== 'unreviewed' && claimIds.has(v.claimId)).length;
  return { claims: claimIds.size, reviewed };
}
