/**
 * The tagger as an extractor command for the scorer: reads {id, text} lines on stdin, writes
 * {id, attributions: [{source, cue, content}]} lines on stdout.
 *
 *   npm run eval -- --part check --cmd "npx tsx scripts/predict-tagger.ts [--weights path]"
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { tagAttributions } from '../src/analysis/tagger/attributionTagger.js';
import { tokenize } from '../src/analysis/tokens.js';
import { loadTagger, WEIGHTS_PATH } from './loadTagger.js';

const { values: options } = parseArgs({
  options: { weights: { type: 'string', default: WEIGHTS_PATH } },
});

const tagger = loadTagger(options.weights);
const output: string[] = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const attributions = tagAttributions(text, tokenize(text), tagger);
  output.push(JSON.stringify({ id, attributions }));
}
process.stdout.write(`${output.join('\n')}\n`);
