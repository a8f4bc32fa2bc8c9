/**
 * Cross-validates the whole engine on PolNeAR: for each of the five folds, trains the tagger without it, analyses the
 * fold's articles with `analyze --jsonl --tagger-weights` and scores them. Every article is then scored by a model
 * that never saw it: the fair measure of the shipped weights, which learn from all articles. Prints the scorer's
 * table over all folds and each fold's attribution F1.
 *
 *   npm run cross-validate [-- --folds 4]   (fold 4 alone is the `check` part)
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createTempFolder,
  FOLDS,
  foldOf,
  type GoldArticle,
  PROJECT_ROOT,
  requireCorpus,
  writeGoldFile,
} from './polnear.js';

const SCORER = resolve(PROJECT_ROOT, '../shared/eval/score-attribution.mjs');
const TRAINER = resolve(PROJECT_ROOT, 'scripts/train-tagger.ts');

const { values: options } = parseArgs({
  options: { folds: { type: 'string', default: [...Array(FOLDS).keys()].join(',') } },
});

await main();

async function main(): Promise<void> {
  const folds = parseFolds(options.folds);
  const corpus = requireCorpus();
  const started = performance.now();
  const workspace = createTempFolder();
  try {
    const weights = (fold: number) => join(workspace.path, `weights-${fold}.json`);
    await runLimited(
      folds.map((fold) => () => train(fold, weights(fold))),
      availableParallelism(),
    );
    const trained = performance.now();
    const scored: GoldArticle[] = [];
    const predictions: string[] = [];
    const foldFigures: string[] = [];
    for (const fold of folds) {
      const articles = corpus.filter((article) => foldOf(article.id) === fold);
      const lines = analyse(articles, weights(fold));
      scored.push(...articles);
      predictions.push(...lines);
      foldFigures.push(`fold ${fold} (${articles.length} articles): ${score(articles, lines, workspace.path).at(-1)}`);
    }
    console.log(
      `cross-validation: ${folds.length} fold(s), ${scored.length} articles, each scored by a model trained ` +
        `without it (training ${((trained - started) / 1000).toFixed(0)} s)`,
    );
    console.log(score(scored, predictions, workspace.path).join('\n'));
    console.log(foldFigures.join('\n'));
  } finally {
    workspace.remove();
  }
}

function parseFolds(value: string): number[] {
  const folds = value.split(',').map(Number);
  if (folds.some((fold) => !Number.isInteger(fold) || fold < 0 || fold >= FOLDS)) {
    throw new Error(`--folds ${value}: expected folds from 0 to ${FOLDS - 1}, comma-separated`);
  }
  return folds;
}

/** Trains the tagger without `fold`, into `out`. */
function train(fold: number, out: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', TRAINER, '--leave-out', String(fold), '--out', out], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`training without fold ${fold}: exit ${code}`))));
  });
}

/** The `analyze --jsonl` lines for `articles`, with the tagger `weights`. */
function analyse(articles: readonly GoldArticle[], weights: string): string[] {
  const input = articles.map((article) => JSON.stringify({ id: article.id, text: article.text })).join('\n');
  const run = spawnSync(process.execPath, ['dist/cli.js', 'analyze', '--jsonl', '--tagger-weights', weights], {
    cwd: PROJECT_ROOT,
    input: `${input}\n`,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`analyze --jsonl failed: ${run.stderr}`);
  return run.stdout.split('\n').filter((line) => line.trim());
}

/** The scorer's output lines for `predictions` of `articles` (files written to `folder`). */
function score(articles: readonly GoldArticle[], predictions: readonly string[], folder: string): string[] {
  const gold = writeGoldFile(articles);
  const predictionPath = join(folder, 'predictions.jsonl');
  try {
    writeFileSync(predictionPath, `${predictions.join('\n')}\n`);
    const run = spawnSync(process.execPath, [SCORER, '--gold', gold.path, '--pred', predictionPath], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`scorer failed: ${run.stderr}`);
    return run.stdout.trimEnd().split('\n');
  } finally {
    gold.remove();
  }
}

/** Runs `tasks` with at most `limit` at a time. */
async function runLimited(tasks: ReadonlyArray<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await (tasks[next++] as () => Promise<void>)();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}
