import type { SourceType } from '../../analysis/types.js';
import type { VerdictStatus } from '../../review/verdict.js';

/** An ISO timestamp as people read it, in UTC so every reviewer sees the same: `2026-01-05 14:02 UTC`. */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  'state-media': 'state media',
  government: 'government',
  intelligence: 'intelligence',
  'wire-service': 'wire service',
  'news-outlet': 'news outlet',
  officials: 'officials',
  person: 'person',
  organisation: 'organisation',
  document: 'document',
  unnamed: 'unnamed',
};

/**
 * The fragment of a source's entry on /sources: `source-kcna`; an unregistered mention's id (`mention:foo-agency`)
 * becomes `source-mention-foo-agency`.
 */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId.replace(/[^\p{L}\p{N}_-]+/gu, '-')}`;
}

/** Where a source's entry is on /sources. */
export function sourceUrl(sourceId: string): string {
  return `/sources#${encodeURIComponent(sourceAnchor(sourceId))}`;
}

/** Labels, in the order the review page offers them, with the key that sets each. */
export const VERDICT_CHOICES: ReadonlyArray<{ status: VerdictStatus; label: string; key: string }> = [
  { status: 'verified', label: 'Verified', key: 'v' },
  { status: 'disputed', label: 'Disputed', key: 'd' },
  { status: 'unverifiable', label: 'Unverifiable', key: 'u' },
  { status: 'unreviewed', label: 'Unreviewed', key: 'x' },
];

export function verdictLabel(status: VerdictStatus): string {
  return VERDICT_CHOICES.find((choice) => choice.status === status)?.label ?? status;
}
