/**
 * Scores an attribution extractor on a part of PolNeAR with the shared scorer, whose figures decide everything.
 *
 *   npm run eval -- --part check|train|all [--cmd "npx tsx scripts/predict-tagger.ts"] [--limit N] [--per-article]
 *
 * The chosen part is written to a temporary gold file (removed afterwards); the scorer feeds the command {id, text}
 * lines on stdin and prints its table.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, parsePart, requireCorpus, selectPart, writeGoldFile } from './polnear.js';

const SCORER_PATH = resolve(PROJECT_ROOT, '../shared/eval/score-attribution.mjs');
/** The scorer's own default: the project's CLI. */
const DEFAULT_COMMAND = 'npm run --silent cli -- analyze --jsonl';

const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'check' },
    cmd: { type: 'string', default: DEFAULT_COMMAND },
    limit: { type: 'string' },
    'per-article': { type: 'boolean', default: false },
  },
});

const articles = selectPart(requireCorpus(), parsePart(values.part, 'check'));
const gold = writeGoldFile(articles);
try {
  const scorerArgs = [SCORER_PATH, '--gold', gold.path, '--cmd', values.cmd];
  if (values.limit) scorerArgs.push('--limit', values.limit);
  if (values['per-article']) scorerArgs.push('--per-article');
  console.log(`part: ${values.part}`);
  // The scorer runs the command from the project root, as `npm run` would.
  const run = spawnSync(process.execPath, scorerArgs, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  gold.remove();
}
