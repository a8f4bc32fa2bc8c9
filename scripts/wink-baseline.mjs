/**
 * The floor under `analyze --jsonl`: reads the same JSON lines and only runs wink-nlp over each text (tokens, POS
 * tags, sentences), as tokens.ts does. `npm run bench:analysis` times it as a whole process beside the CLI.
 */
import { createInterface } from 'node:readline';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
let tokens = 0;
for await (const line of createInterface({ input: process.stdin })) {
  if (!line) continue;
  const doc = nlp.readDoc(JSON.parse(line).text);
  tokens += doc.tokens().out(its.value).length;
  doc.tokens().out(its.pos);
  doc.sentences().each(() => {});
}
console.log(`${tokens} tokens`);
