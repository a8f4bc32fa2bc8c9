import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../../test/fixtures.js';
import {
  buildSourcingReport,
  escapeMarkdownCell,
  formatReportCsv,
  formatReportJson,
  formatReportMarkdown,
  type ReportVerdict,
} from './report.js';

const VERDICTS: ReportVerdict[] = [
  { claimId: 's1', status: 'verified', note: 'Matches KCNA wire' },
  { claimId: 's3', status: 'disputed', note: 'Count | differs\nby source' },
];

describe('buildSourcingReport', () => {
  it('buildSourcingReport › fixture article › one row per claim, never byline or boilerplate', () => {
    const report = buildSourcingReport(fixtureArticle(), VERDICTS);

    expect(report.claims.map((claim) => [claim.claimId, claim.role, claim.verdict])).toEqual([
      ['s0', 'headline', 'unreviewed'],
      ['s1', 'body', 'verified'],
      ['s2', 'body', 'unreviewed'],
      ['s3', 'body', 'disputed'],
    ]);
    expect(report.claims[1]).toMatchObject({
      text: 'The treaty takes effect soon, KCNA said.',
      sources: [{ sourceId: 'kcna', name: 'KCNA', type: 'state-media', cue: 'said', fallback: false }],
      note: 'Matches KCNA wire',
    });
  });

  it('buildSourcingReport › body sentence without attribution › the byline source as fallback', () => {
    const report = buildSourcingReport(fixtureArticle(), []);

    expect(report.claims[2]?.sources).toEqual([
      { sourceId: 'ap', name: 'AP', type: 'wire-service', cue: null, fallback: true },
    ]);
    // A headline is not in the reporter's voice the same way: no fallback.
    expect(report.claims[0]?.sources).toEqual([]);
  });

  it('buildSourcingReport › summaries › count claims by verdict and by source', () => {
    const report = buildSourcingReport(fixtureArticle(), VERDICTS);

    expect(report.byVerdict).toEqual({ unreviewed: 2, verified: 1, disputed: 1, unverifiable: 0 });
    expect(report.bySource).toEqual([
      {
        source: 'KCNA',
        type: 'state-media',
        claims: 2,
        verdicts: { unreviewed: 0, verified: 1, disputed: 1, unverifiable: 0 },
      },
      {
        source: '(no source)',
        type: 'unnamed',
        claims: 1,
        verdicts: { unreviewed: 1, verified: 0, disputed: 0, unverifiable: 0 },
      },
      {
        source: 'AP (byline)',
        type: 'wire-service',
        claims: 1,
        verdicts: { unreviewed: 1, verified: 0, disputed: 0, unverifiable: 0 },
      },
      {
        source: 'Ukrainian officials',
        type: 'officials',
        claims: 1,
        verdicts: { unreviewed: 0, verified: 0, disputed: 1, unverifiable: 0 },
      },
    ]);
  });

  it('buildSourcingReport › verdict on a claim that no longer exists › ignored', () => {
    const report = buildSourcingReport(fixtureArticle(), [{ claimId: 's99', status: 'verified', note: '' }]);

    expect(report.byVerdict.verified).toBe(0);
  });
});

describe('formatReportMarkdown', () => {
  it('formatReportMarkdown › pipes and newlines in the text › stay inside one table cell', () => {
    const markdown = formatReportMarkdown(buildSourcingReport(fixtureArticle(), VERDICTS));
    const row = markdown.split('\n').find((line) => line.startsWith('| s3 |'));

    expect(row).toContain('Count \\| differs by source');
    // Every claim row has the header's 8 cells: 9 unescaped pipes.
    expect(row?.match(/(?<!\\)\|/g)).toHaveLength(9);
    expect(markdown.split('\n')[0]).toBe('# Sourcing report: Treaty with Russia ratified');
  });

  it.each([
    ['a pipe', 'a | b', 'a \\| b'],
    ['a newline', 'one\ntwo', 'one two'],
    ['HTML', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['emphasis', '*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['a backslash', 'C:\\path', 'C:\\\\path'],
  ])('escapeMarkdownCell › %s › escaped', (_case, input, expected) => {
    expect(escapeMarkdownCell(input)).toBe(expected);
  });
});

describe('formatReportCsv', () => {
  it('formatReportCsv › fixture report › a header and one quoted-as-needed row per claim', () => {
    const csv = formatReportCsv(buildSourcingReport(fixtureArticle(), VERDICTS));
    const lines = csv.trimEnd().split('\n');

    expect(lines[0]).toBe('claim,role,text,sources,types,cues,verdict,note');
    expect(lines[2]).toBe(
      's1,body,"The treaty takes effect soon, KCNA said.",KCNA,state-media,said,verified,Matches KCNA wire',
    );
    expect(csv).toContain('"Count | differs\nby source"');
    expect(csv).toContain('Ukrainian officials; KCNA');
  });

  it('formatReportCsv › a cell starting with = › defused for spreadsheets', () => {
    const report = buildSourcingReport(fixtureArticle(), [
      { claimId: 's1', status: 'verified', note: '=HYPERLINK("x")' },
    ]);

    expect(formatReportCsv(report)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('formatReportJson', () => {
  it('formatReportJson › any report › parses back to the same object', () => {
    const report = buildSourcingReport(fixtureArticle(), VERDICTS);

    expect(JSON.parse(formatReportJson(report))).toEqual(report);
  });
});
