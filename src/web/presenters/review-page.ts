import { claimIdOf, listClaims } from '../../analysis/claims.js';
import { sourcesOfSentence } from '../../analysis/report.js';
import { countCitations } from '../../analysis/source-citations.js';
import type { FlagKind, SentenceRole } from '../../analysis/types.js';
import { reviewProgress } from '../../review/progress.js';
import type { VerdictRecord, VerdictStatus } from '../../review/verdict.js';
import type { ArticleRecord } from '../../storage/store.js';
import { formatTime, SOURCE_TYPE_LABELS, sourceUrl, VERDICT_CHOICES, verdictLabel } from './format.js';

export interface ReviewSource {
  classes: string;
  name: string;
  /** The source's entry on /sources; null for a cue with nobody behind it ("reportedly"). */
  url: string | null;
  type: string;
  typeLabel: string;
  cue: string | null;
  fallback: boolean;
  /** A hover text saying why a fallback source is shown. */
  hint: string;
}

export interface ReviewClaim {
  id: string;
  classes: string;
  role: SentenceRole;
  /** "Headline", "Caption"; null for body sentences, which need no badge. */
  roleLabel: string | null;
  /** The first claim of a new paragraph, for spacing. */
  startsParagraph: boolean;
  text: string;
  sources: ReviewSource[];
  flags: Array<{ kind: FlagKind; label: string; message: string }>;
  status: VerdictStatus;
  statusLabel: string;
  note: string;
  /** "by ann, 2026-01-05 14:02 UTC", or empty when nobody has marked it. */
  changed: string;
  formAction: string;
  apiUrl: string;
  choices: Array<{ status: VerdictStatus; label: string; key: string; pressed: boolean }>;
}

export interface ReviewPage {
  articleId: string;
  title: string;
  meta: string;
  claims: ReviewClaim[];
  progressText: string;
  reviewed: number;
  total: number;
  canReview: boolean;
  loginUrl: string;
  reports: Array<{ label: string; url: string }>;
  shortcuts: Array<{ keys: string[]; action: string }>;
  /** Who the claims of this article rest on, most-cited first: "KCNA · state media · 3 claims". */
  sourceSummary: Array<{ name: string; url: string; typeLabel: string; claimsText: string }>;
  /** Claims with no source of their own: "4 claims in the reporter’s voice"; empty when there are none. */
  unsourcedText: string;
}

const ROLE_LABELS: Record<SentenceRole, string | null> = {
  headline: 'Headline',
  caption: 'Caption',
  body: null,
  byline: 'Byline',
  boilerplate: 'Boilerplate',
};

const FLAG_LABELS: Record<FlagKind, string> = {
  'agentless-passive': 'no agent',
  'unattributed-quote': 'unattributed quote',
  'vague-source': 'vague source',
  hedged: 'hedged',
};

/** Everything the review page shows, computed: the view only prints it. Boilerplate and bylines are never claims. */
export function presentReviewPage(
  article: ArticleRecord,
  verdicts: readonly VerdictRecord[],
  canReview: boolean,
): ReviewPage {
  const { analysis } = article;
  const base = `/articles/${encodeURIComponent(article.id)}`;
  const verdictOf = new Map(verdicts.map((verdict) => [verdict.claimId, verdict]));
  let previousParagraph = -1;

  const claims = listClaims(analysis).map((sentence): ReviewClaim => {
    const id = claimIdOf(sentence);
    const verdict = verdictOf.get(id);
    const status = verdict?.status ?? 'unreviewed';
    const startsParagraph = sentence.paragraph !== previousParagraph;
    previousParagraph = sentence.paragraph;
    return {
      id,
      classes: ['claim', `role-${sentence.role}`, `status-${status}`, startsParagraph ? 'new-paragraph' : '']
        .join(' ')
        .trim(),
      role: sentence.role,
      roleLabel: ROLE_LABELS[sentence.role],
      startsParagraph,
      text: article.text.slice(sentence.start, sentence.end),
      sources: sourcesOfSentence(analysis, sentence).map((source) => ({
        classes: source.fallback ? 'source fallback' : 'source',
        name: source.name,
        url: source.sourceId ? sourceUrl(source.sourceId) : null,
        type: source.type,
        typeLabel: SOURCE_TYPE_LABELS[source.type],
        cue: source.cue,
        fallback: source.fallback,
        hint: source.fallback ? 'No attribution in this sentence: the byline source, in the reporter’s voice.' : '',
      })),
      flags: sentence.flags.map((flag) => ({ kind: flag.kind, label: FLAG_LABELS[flag.kind], message: flag.message })),
      status,
      statusLabel: verdictLabel(status),
      note: verdict?.note ?? '',
      changed: verdict ? `by ${verdict.updatedBy}, ${formatTime(verdict.updatedAt)}` : '',
      formAction: `${base}/claims/${id}/verdict`,
      apiUrl: `/api${base}/claims/${id}/verdict`,
      choices: VERDICT_CHOICES.map((choice) => ({ ...choice, pressed: choice.status === status })),
    };
  });

  const { reviewed, claims: total } = reviewProgress(analysis, verdicts);
  const cited = [...countCitations([analysis]).values()].sort(
    (a, b) => b.claims - a.claims || a.source.name.localeCompare(b.source.name),
  );
  const unsourced = claims.filter((claim) => claim.sources.every((source) => source.fallback)).length;
  return {
    articleId: article.id,
    title: article.title,
    meta: `Imported by ${article.createdBy}, ${formatTime(article.createdAt)}`,
    claims,
    progressText: `${reviewed} / ${total} claims reviewed`,
    reviewed,
    total,
    canReview,
    loginUrl: `/login?next=${encodeURIComponent(base)}`,
    reports: [
      { label: 'Markdown', url: `${base}/report.md` },
      { label: 'CSV', url: `${base}/report.csv` },
      { label: 'JSON', url: `${base}/report.json` },
    ],
    shortcuts: [
      { keys: ['j', 'k'], action: 'next / previous claim' },
      ...VERDICT_CHOICES.map((choice) => ({ keys: [choice.key], action: `mark ${choice.label.toLowerCase()}` })),
      { keys: ['n'], action: 'edit the note' },
    ],
    sourceSummary: cited.map(({ source, claims: count }) => ({
      name: source.name,
      url: sourceUrl(source.id),
      typeLabel: SOURCE_TYPE_LABELS[source.type],
      claimsText: plural(count, 'claim'),
    })),
    unsourcedText: unsourced > 0 ? `${plural(unsourced, 'claim')} with no source of their own` : '',
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
