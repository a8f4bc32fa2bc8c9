import type { Analysis } from '../analysis/types.js';

const SENTENCE_WIDTH = 60;

/**
 * Renders an analysis as a plain-text table: one row a sentence, then one line per source mention under it.
 *
 * @example formatAnalysisTable(text, analysis) // ' #  role      sentence …\n 1  headline  Biggest post-Cold War …'
 */
export function formatAnalysisTable(text: string, analysis: Analysis): string {
  const byId = new Map(analysis.sources.map((source) => [source.id, source]));
  const lines = [`${'#'.padStart(3)}  ${'role'.padEnd(11)} sentence`];
  for (const sentence of analysis.sentences) {
    const words = oneLine(text.slice(sentence.start, sentence.end));
    const shown = words.length > SENTENCE_WIDTH ? `${words.slice(0, SENTENCE_WIDTH - 1)}…` : words;
    lines.push(`${String(sentence.index + 1).padStart(3)}  ${sentence.role.padEnd(11)} ${shown}`);
    for (const attribution of analysis.attributions.filter((a) => a.sentence === sentence.index)) {
      const source = attribution.sourceId ? byId.get(attribution.sourceId) : undefined;
      const mention = attribution.source ? `“${oneLine(attribution.source.text)}”` : '(no source)';
      const resolved = source ? ` → ${source.name} (${source.type})` : '';
      const cue = attribution.cue ? `, cue “${oneLine(attribution.cue.text)}”` : '';
      lines.push(`${' '.repeat(17)}↳ ${attribution.kind}: ${mention}${resolved}${cue}`);
    }
    for (const flag of sentence.flags) lines.push(`${' '.repeat(17)}⚑ ${flag.kind}: ${oneLine(flag.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
