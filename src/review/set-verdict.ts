import { claimIdOf, listClaims } from '../analysis/claims.js';
import { AppError } from '../errors.js';
import type { Store, VerdictChange } from '../storage/store.js';
import type { VerdictRecord, VerdictStatus } from './verdict.js';

/** What a reviewer asks for: one claim of one article gets a status and an optional note. */
export interface VerdictRequest {
  articleId: string;
  claimId: string;
  status: VerdictStatus;
  /** Omitted: the claim keeps its note. */
  note?: string | undefined;
}

/**
 * The rule of reviewing, without I/O: a change of status or note makes a new verdict and one audit row with the old
 * and new status and who changed it; asking for what is already there changes nothing (null).
 *
 * @example decideVerdict(null, { articleId: 'a', claimId: 's1', status: 'unreviewed', note: '' }, 'ann', now) // null
 */
export function decideVerdict(
  current: VerdictRecord | null,
  request: VerdictRequest,
  by: string,
  now: Date,
): VerdictChange {
  // A claim nobody has marked yet counts as unreviewed with no note.
  const from = current?.status ?? 'unreviewed';
  const fromNote = current?.note ?? '';
  const note = request.note ?? fromNote;
  if (from === request.status && fromNote === note) return null;

  const at = now.toISOString();
  return {
    verdict: {
      articleId: request.articleId,
      claimId: request.claimId,
      status: request.status,
      note,
      updatedAt: at,
      updatedBy: by,
    },
    audit: {
      articleId: request.articleId,
      claimId: request.claimId,
      from,
      to: request.status,
      fromNote,
      note,
      by,
      at,
    },
  };
}

/**
 * Sets the verdict on a claim of an article. Throws `not_found` when the article does not exist or the claim id is not
 * one of its claims. Returns the claim's verdict afterwards (null: never marked and still unreviewed).
 */
export async function setVerdict(store: Store, request: VerdictRequest, by: string): Promise<VerdictRecord | null> {
  const article = await store.getArticle(request.articleId);
  if (!article) throw new AppError('not_found', `No article ${request.articleId}.`);
  const isClaim = listClaims(article.analysis).some((sentence) => claimIdOf(sentence) === request.claimId);
  if (!isClaim) throw new AppError('not_found', `Article ${request.articleId} has no claim ${request.claimId}.`);

  // The store runs the decision between its read and its write, so concurrent reviewers never log a stale "from".
  return store.updateVerdict(request.articleId, request.claimId, (current) =>
    decideVerdict(current, request, by, new Date()),
  );
}
