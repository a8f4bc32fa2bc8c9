/**
 * Benchmarks the attribution engine on the PolNeAR corpus (read from ../shared, skipped when absent):
 *
 *   npm run bench:analysis
 *
 * prints, in one run: in-process throughput and the per-article median; the whole-process throughput of
 * `analyze --jsonl` over all articles, pinned to one core, beside wink-nlp's alone (the floor under it); how time
 * grows with input size (1x vs 10x text); and the scorer's figures, on all articles with the shipped weights and
 * cross-validated (each fold scored by a model trained without it). Figures only, no thresholds: machines are noisy.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { analyzeArticle } from '../src/analysis/analyze.js';
import { DEFAULT_SOURCES } from '../src/analysis/default-sources.js';
import { type GoldArticle, PROJECT_ROOT, requireCorpus, writeGoldFile } from './polnear.js';

const SCORER = resolve(PROJECT_ROOT, '../shared/eval/score-attribution.mjs');
const CLI = 'node dist/cli.js analyze --jsonl';
/** wink-nlp alone over the same input: the floor under the CLI's time. */
const WINK_BASELINE = 'node scripts/wink-baseline.mjs';
const ROUNDS = 3;

const articles = requireCorpus();
const chars = articles.reduce((sum, article) => sum + article.text.length, 0);
console.log(`corpus: ${articles.length} articles, ${(chars / 1e6).toFixed(2)} M chars`);

// Warm up the JIT and wink's model, as a long-running server would be.
for (const article of articles.slice(0, 50)) analyzeArticle(article.text, DEFAULT_SOURCES);

const perArticle: number[] = [];
const totals: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const started = performance.now();
  for (const article of articles) {
    const t0 = performance.now();
    analyzeArticle(article.text, DEFAULT_SOURCES);
    if (round === 0) perArticle.push(performance.now() - t0);
  }
  totals.push(performance.now() - started);
}
console.log(
  `in-process: ${(chars / 1e6 / (median(totals) / 1000)).toFixed(2)} MB/s (median of ${ROUNDS} rounds), ` +
    `per-article median ${median(perArticle).toFixed(2)} ms, p95 ${percentile(perArticle, 0.95).toFixed(2)} ms`,
);

const wholeProcess = runPinned(CLI, articles);
const winkAlone = runPinned(WINK_BASELINE, articles);
console.log(
  `whole process (${wholeProcess.pinned ? 'pinned to one core' : 'taskset not found: unpinned'}): ` +
    `${(chars / 1e6 / wholeProcess.seconds).toFixed(2)} MB/s, ${wholeProcess.seconds.toFixed(2)} s for ${articles.length} articles; ` +
    `wink-nlp alone, same way: ${(chars / 1e6 / winkAlone.seconds).toFixed(2)} MB/s, ${winkAlone.seconds.toFixed(2)} s`,
);

// Linearity: the same text once and ten times over, as one article.
const base = articles
  .slice(0, 20)
  .map((article) => article.text)
  .join('\n\n');
const once = timeMedian(() => analyzeArticle(base, DEFAULT_SOURCES));
const tenTimes = timeMedian(() => analyzeArticle(Array(10).fill(base).join('\n\n'), DEFAULT_SOURCES));
console.log(
  `scaling: ${(base.length / 1e3).toFixed(0)} k chars in ${once.toFixed(1)} ms, 10x in ${tenTimes.toFixed(1)} ms ` +
    `(ratio ${(tenTimes / once).toFixed(1)}; linear is 10)`,
);

// The shipped weights learned from every article: their figures on the corpus are an upper bound. The fair figures
// come from cross-validation, where each article is scored by a model trained without it.
const gold = writeGoldFile(articles);
try {
  console.log('\nscorer on all articles, shipped weights (trained on them all: an upper bound):');
  const run = spawnSync(process.execPath, [SCORER, '--gold', gold.path, '--cmd', CLI], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  process.stdout.write(run.stdout);
  if (run.status !== 0) process.stderr.write(run.stderr);
} finally {
  gold.remove();
}
console.log('\nscorer, cross-validated (the figures to quote):');
spawnSync(process.execPath, ['--import', 'tsx', resolve(PROJECT_ROOT, 'scripts/cross-validate.ts')], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
});

function runPinned(commandLine: string, input: GoldArticle[]): { seconds: number; pinned: boolean } {
  const lines = `${input.map((article) => JSON.stringify({ id: article.id, text: article.text })).join('\n')}\n`;
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const command = pinned ? `taskset -c 0 ${commandLine}` : commandLine;
  const started = performance.now();
  const run = spawnSync('sh', ['-c', command], { cwd: PROJECT_ROOT, input: lines, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  return { seconds: (performance.now() - started) / 1000, pinned };
}

function timeMedian(work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
