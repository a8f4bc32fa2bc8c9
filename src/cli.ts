#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import { type AnalysisOptions, analyzeArticle } from './analysis/analyze.js';
import { DEFAULT_SOURCES } from './analysis/default-sources.js';
import type { TaggerWeights } from './analysis/tagger/attributionTagger.js';
import { taggerWithWeights } from './analysis/tagger/defaultTagger.js';
import type { Analysis } from './analysis/types.js';
import { formatAnalysisTable } from './cli/analysis-table.js';
import { AppError } from './errors.js';

const program = new Command()
  .name('sourcedesk')
  .description('Who says each sentence of a news article: analyse, import and export sourcing reports.');

program
  .command('analyze')
  .description('analyse an article file and print its sentences, roles and sources')
  .argument('[file]', 'a .txt, .md or .html article (not needed with --jsonl)')
  .option('--json', 'print the whole analysis as JSON')
  .option('--jsonl', 'read {"id", "text"} lines on stdin, write one analysis line per article')
  .option('--rules-only', 'skip the learned tagger: about 1.6x faster, finds fewer attributions')
  .option('--tagger-weights <file>', 'use these tagger weights (from `npm run train:tagger`), not the shipped ones')
  .action(async (file: string | undefined, options: AnalyzeOptions) => {
    const settings = await analysisSettings(options);
    if (options.jsonl) return analyzeJsonLines(settings);
    if (!file) throw new AppError('invalid_input', 'analyze needs a FILE (or --jsonl to read stdin)');
    const read = await readArticleFile(file);
    // The HTML reader (Readability, linkedom) is loaded only for web pages: it would slow every other start.
    const text =
      read.format === 'html'
        ? (await import('./analysis/html-article.js')).htmlToArticleText(read.text).text
        : read.text;
    const analysis = analyzeArticle(text, DEFAULT_SOURCES, settings);
    process.stdout.write(options.json ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysisTable(text, analysis));
  });

program
  .command('import')
  .description('add an article to the database')
  .argument('<file>', 'a .txt, .md or .html article')
  .option('--title <title>', 'the title (default: the article’s headline)')
  .option('--by <name>', 'who imports it', userInfo().username)
  .action(async (file: string, options: { title?: string; by: string }) => {
    const store = await openStore();
    const { ensureDefaultSources } = await import('./review/seed.js');
    await ensureDefaultSources(store);
    // Loaded here, not at start: it brings the HTML reader, which `analyze --jsonl` never needs.
    const { importArticle } = await import('./review/import-article.js');
    const article = await importArticle(store, { title: options.title, ...(await readArticleFile(file)) }, options.by);
    process.stdout.write(`${article.id}\t${article.title}\n`);
  });

program
  .command('export')
  .description('print the sourcing report of an article')
  .argument('<id>', 'the article id (see the list on the home page or `import`’s output)')
  .addOption(new Option('--format <format>', 'report format').choices(['md', 'json', 'csv']).default('md'))
  .action(async (id: string, options: { format: 'md' | 'json' | 'csv' }) => {
    const store = await openStore();
    const { buildSourcingReport, formatReportCsv, formatReportJson, formatReportMarkdown } = await import(
      './analysis/report.js'
    );
    const article = await store.getArticle(id);
    if (!article) throw new AppError('not_found', `no article with id ${id}`);
    const report = buildSourcingReport(article, await store.listVerdicts(id));
    const formats = {
      md: () => formatReportMarkdown(report),
      csv: () => formatReportCsv(report),
      json: () => formatReportJson(report),
    };
    process.stdout.write(formats[options.format]());
  });

/**
 * The database named by the configuration. The configuration (zod), the store (lowdb) and the report writer (CSV) are
 * loaded only by the commands that use them: loading them took about a sixth of a second at every `analyze` start.
 */
async function openStore() {
  const [{ loadConfig }, { openLowdbStore }] = await Promise.all([
    import('./config.js'),
    import('./storage/lowdb-store.js'),
  ]);
  return openLowdbStore(loadConfig().DB_FILE);
}

interface AnalyzeOptions {
  json?: boolean;
  jsonl?: boolean;
  rulesOnly?: boolean;
  taggerWeights?: string;
}

async function analysisSettings({ rulesOnly, taggerWeights }: AnalyzeOptions): Promise<AnalysisOptions> {
  if (rulesOnly && taggerWeights)
    throw new AppError('invalid_input', '--rules-only and --tagger-weights exclude each other');
  if (rulesOnly) return { tagger: null };
  if (!taggerWeights) return {};
  const json = await readUserFile(taggerWeights);
  try {
    return { tagger: taggerWithWeights(JSON.parse(json) as TaggerWeights) };
  } catch (error) {
    throw new AppError('invalid_input', `${taggerWeights}: not tagger weights (${(error as Error).message})`);
  }
}

/** Batch mode for evaluation: one analysis line per input line, offsets into that line's text. */
async function analyzeJsonLines(settings: AnalysisOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const input = parseArticleLine(line);
    if (!input) {
      failures++;
      process.stderr.write(`line ${lineNumber}: expected {"id": string, "text": string}; skipped\n`);
      continue;
    }
    process.stdout.write(
      `${JSON.stringify({ id: input.id, ...compactAnalysis(analyzeArticle(input.text, DEFAULT_SOURCES, settings)) })}\n`,
    );
  }
  if (failures > 0) process.exitCode = 1;
}

function parseArticleLine(line: string): { id: string; text: string } | null {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return null;
    const { id, text } = value as Record<string, unknown>;
    return typeof id === 'string' && typeof text === 'string' ? { id, text } : null;
  } catch {
    return null;
  }
}

/**
 * The batch form of an analysis: sentences and in-text attributions. The byline credits the whole story, so it is
 * given once as `byline` rather than as an attribution whose content would overlap every other one.
 */
function compactAnalysis(analysis: Analysis) {
  const byline = analysis.attributions.find((attribution) => attribution.kind === 'byline');
  return {
    sentences: analysis.sentences.map(({ start, end, role }) => ({ start, end, role })),
    attributions: analysis.attributions
      .filter((attribution) => attribution.kind !== 'byline')
      .map(({ source, cue, content, sourceId, kind }) => ({ source, cue, content, sourceId, kind })),
    byline: byline ? { source: byline.source, sourceId: byline.sourceId } : null,
  };
}

/** Reads an article file: plain text or Markdown as it is, a saved web page (.html) to be reduced to its story. */
async function readArticleFile(file: string): Promise<{ text: string; format: 'text' | 'html' }> {
  const extension = /\.(txt|md|markdown|text|html?)$/i.exec(file)?.[1]?.toLowerCase();
  if (!extension) throw new AppError('invalid_input', `${file}: expected a .txt, .md or .html file`);
  const text = (await readUserFile(file)).replace(/\r\n?/g, '\n');
  return { text, format: extension.startsWith('htm') ? 'html' : 'text' };
}

/** A file named on the command line, or an error that says which file and why. */
async function readUserFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new AppError('invalid_input', `${file}: ${reason}`);
  }
}

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`sourcedesk: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof AppError ? 2 : 1;
});
