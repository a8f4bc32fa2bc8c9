import { stringify } from 'csv-stringify/sync';
import { VERDICT_STATUSES, type VerdictStatus } from '../review/verdict.js';
import { claimIdOf, listClaims } from './claims.js';
import type { Analysis, Sentence, SentenceRole, SourceType } from './types.js';

/** A source as a reader of one claim sees it. */
export interface ClaimSource {
  sourceId: string | null;
  name: string;
  type: SourceType;
  /** The words that attribute the claim ("said", "according to"), when there are any. */
  cue: string | null;
  /** The story's byline source standing in for a body sentence in the reporter's own voice. */
  fallback: boolean;
}

/** The part of a verdict a report needs; a claim without one is unreviewed. */
export interface ReportVerdict {
  claimId: string;
  status: VerdictStatus;
  note: string;
}

/** The part of an article a report needs. */
export interface ReportArticle {
  id: string;
  title: string;
  text: string;
  analysis: Analysis;
}

export interface ReportClaim {
  claimId: string;
  role: SentenceRole;
  text: string;
  sources: ClaimSource[];
  verdict: VerdictStatus;
  note: string;
}

export type VerdictCounts = Record<VerdictStatus, number>;

export interface SourceSummary {
  /** The source's name; a byline fallback reads "AP (byline)". */
  source: string;
  type: SourceType;
  claims: number;
  verdicts: VerdictCounts;
}

export interface SourcingReport {
  articleId: string;
  title: string;
  claims: ReportClaim[];
  /** Most-cited first; claims with no source at all count under "(no source)". */
  bySource: SourceSummary[];
  byVerdict: VerdictCounts;
}

const NO_SOURCE = '(no source)';

/**
 * The sources of one sentence in the order the analysis found them, each source and cue once; a body sentence with no
 * attribution gets the byline source as a fallback.
 *
 * @example sourcesOfSentence(analyzeArticle('Rain fell, KCNA said.', sources), s0) // [{ name: 'KCNA', cue: 'said', … }]
 */
export function sourcesOfSentence(analysis: Analysis, sentence: Sentence): ClaimSource[] {
  const byId = new Map(analysis.sources.map((source) => [source.id, source]));
  const found = new Map<string, ClaimSource>();
  for (const attribution of analysis.attributions) {
    if (attribution.sentence !== sentence.index) continue;
    const record = attribution.sourceId ? byId.get(attribution.sourceId) : undefined;
    const source: ClaimSource = {
      sourceId: record?.id ?? null,
      // "reportedly" has a cue but nobody behind it.
      name: record?.name ?? attribution.source?.text ?? 'unnamed',
      type: record?.type ?? 'unnamed',
      cue: attribution.cue?.text ?? null,
      fallback: false,
    };
    found.set(`${source.sourceId ?? source.name}\u0000${source.cue}`, source);
  }
  if (found.size === 0 && sentence.role === 'body' && analysis.bylineSourceId) {
    const byline = byId.get(analysis.bylineSourceId);
    if (byline) return [{ sourceId: byline.id, name: byline.name, type: byline.type, cue: null, fallback: true }];
  }
  return [...found.values()];
}

function zeroCounts(): VerdictCounts {
  return Object.fromEntries(VERDICT_STATUSES.map((status) => [status, 0])) as VerdictCounts;
}

/**
 * Every claim of an article with its sources and verdict, summed up by source and by verdict. Pure: the same article
 * and verdicts give the same report.
 *
 * @example buildSourcingReport(article, []).byVerdict // { unreviewed: 3, verified: 0, disputed: 0, unverifiable: 0 }
 */
export function buildSourcingReport(article: ReportArticle, verdicts: readonly ReportVerdict[]): SourcingReport {
  const verdictOf = new Map(verdicts.map((verdict) => [verdict.claimId, verdict]));
  const claims = listClaims(article.analysis).map((sentence): ReportClaim => {
    const claimId = claimIdOf(sentence);
    const verdict = verdictOf.get(claimId);
    return {
      claimId,
      role: sentence.role,
      text: article.text.slice(sentence.start, sentence.end),
      sources: sourcesOfSentence(article.analysis, sentence),
      verdict: verdict?.status ?? 'unreviewed',
      note: verdict?.note ?? '',
    };
  });

  const byVerdict = zeroCounts();
  const bySource = new Map<string, SourceSummary>();
  for (const claim of claims) {
    byVerdict[claim.verdict] += 1;
    const labels = claim.sources.map((source) => ({
      source: source.fallback ? `${source.name} (byline)` : source.name,
      type: source.type,
    }));
    // A claim citing one source twice (a quote and a "said") counts once for it.
    const unique = new Map(labels.map((label) => [label.source, label]));
    if (unique.size === 0) unique.set(NO_SOURCE, { source: NO_SOURCE, type: 'unnamed' });
    for (const label of unique.values()) {
      const summary = bySource.get(label.source) ?? { ...label, claims: 0, verdicts: zeroCounts() };
      summary.claims += 1;
      summary.verdicts[claim.verdict] += 1;
      bySource.set(label.source, summary);
    }
  }

  return {
    articleId: article.id,
    title: article.title,
    claims,
    bySource: [...bySource.values()].sort((a, b) => b.claims - a.claims || a.source.localeCompare(b.source)),
    byVerdict,
  };
}

/**
 * Makes text safe for one cell of a Markdown table: on one line, with the characters Markdown would read as table
 * borders, formatting or HTML escaped.
 *
 * @example escapeMarkdownCell('a | b\nc') // 'a \\| b c'
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~#]/g, (character) => `\\${character}`);
}

function markdownTable(header: string[], rows: string[][], align: Array<'left' | 'right'> = []): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

const sourceNames = (claim: ReportClaim) =>
  claim.sources.map((source) => (source.fallback ? `${source.name} (byline)` : source.name)).join('; ');
const sourceTypes = (claim: ReportClaim) => claim.sources.map((source) => source.type).join('; ');
const sourceCues = (claim: ReportClaim) =>
  claim.sources.flatMap((source) => (source.cue ? [source.cue] : [])).join('; ');

/**
 * The report as a Markdown document: verdict and source summaries, then one table row per claim.
 *
 * @example formatReportMarkdown(report).split('\n')[0] // '# Sourcing report: Treaty ratified'
 */
export function formatReportMarkdown(report: SourcingReport): string {
  const cell = escapeMarkdownCell;
  const statusHeaders = VERDICT_STATUSES.map((status) => status[0]?.toUpperCase() + status.slice(1));
  return [
    `# Sourcing report: ${cell(report.title)}`,
    '',
    `Article \`${report.articleId}\`, ${report.claims.length} claims.`,
    '',
    '## By verdict',
    '',
    markdownTable(
      ['Verdict', 'Claims'],
      VERDICT_STATUSES.map((status) => [status, String(report.byVerdict[status])]),
      ['left', 'right'],
    ),
    '',
    '## By source',
    '',
    markdownTable(
      ['Source', 'Type', 'Claims', ...statusHeaders],
      report.bySource.map((summary) => [
        cell(summary.source),
        summary.type,
        String(summary.claims),
        ...VERDICT_STATUSES.map((status) => String(summary.verdicts[status])),
      ]),
      ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
    '## Claims',
    '',
    markdownTable(
      ['Claim', 'Role', 'Text', 'Sources', 'Type', 'Cue', 'Verdict', 'Note'],
      report.claims.map((claim) => [
        claim.claimId,
        claim.role,
        cell(claim.text),
        cell(sourceNames(claim)),
        sourceTypes(claim),
        cell(sourceCues(claim)),
        claim.verdict,
        cell(claim.note),
      ]),
    ),
    '',
  ].join('\n');
}

/** The report as pretty-printed JSON, one trailing newline. */
export function formatReportJson(report: SourcingReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A spreadsheet would run a cell that starts with one of these as a formula. */
function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The report as CSV: a header and one row per claim (several sources joined with "; ").
 *
 * @example formatReportCsv(report).split('\n')[0] // 'claim,role,text,sources,types,cues,verdict,note'
 */
export function formatReportCsv(report: SourcingReport): string {
  return stringify(
    report.claims.map((claim) => [
      claim.claimId,
      claim.role,
      defuseFormula(claim.text),
      defuseFormula(sourceNames(claim)),
      sourceTypes(claim),
      defuseFormula(sourceCues(claim)),
      claim.verdict,
      defuseFormula(claim.note),
    ]),
    { header: true, columns: ['claim', 'role', 'text', 'sources', 'types', 'cues', 'verdict', 'note'] },
  );
}
