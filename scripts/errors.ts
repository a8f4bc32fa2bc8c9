/**
 * Error analysis for an attribution extractor on a part of PolNeAR: which gold attributions it misses and which of
 * its own are wrong, counted by cue word, pronoun source, direct quote and cause. Prints counts only; nothing is
 * written anywhere.
 *
 *   npm run errors -- [--part check] [--cmd "node dist/cli.js analyze --jsonl --tagger-weights held-out.json"] [--top 25]
 *
 * The shipped weights learned from every article: for honest counts, give a command with weights trained without the
 * part (`npm run train:tagger -- --leave-out 4 --out held-out.json` for `check`).
 *
 * A gold attribution counts as found exactly as the scorer counts it: one prediction covers at least half of its
 * content word tokens and its source overlaps the gold source.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import {
  type GoldArticle,
  type GoldAttribution,
  PROJECT_ROOT,
  parsePart,
  requireCorpus,
  selectPart,
} from './polnear.js';

interface Span {
  start: number;
  end: number;
}

interface Prediction {
  source: Span | null;
  cue: Span | null;
  content: Span | null;
}

const { values: options } = parseArgs({
  options: {
    part: { type: 'string', default: 'check' },
    cmd: { type: 'string', default: 'npx tsx scripts/predict-tagger.ts' },
    top: { type: 'string', default: '25' },
  },
});

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my']);

function main(): void {
  const articles = selectPart(requireCorpus(), parsePart(options.part, 'check'));
  const predictions = runExtractor(articles, options.cmd);
  const top = Number(options.top);

  const missedByCue = new Counter();
  const missedByCause = new Counter();
  const missedByPronoun = new Counter();
  const missedByQuote = new Counter();
  const missedByCueLength = new Counter();
  const goldByCueLength = new Counter();
  const goldByPronoun = new Counter();
  const goldByQuote = new Counter();
  const falseByCue = new Counter();
  const falseByCause = new Counter();
  let goldCount = 0;
  let missedCount = 0;
  let claimedCount = 0;
  let wrongCount = 0;

  for (const article of articles) {
    const { text } = article;
    const predicted = (predictions.get(article.id) ?? []).filter((p) => validSpan(p.content, text));
    const words = wordTokens(text);
    const golds = article.attributions.filter((g) => g.sourceStart !== null && g.sourceEnd !== null);
    for (const gold of golds) {
      goldCount++;
      const pronoun = PRONOUNS.has(text.slice(gold.sourceStart ?? 0, gold.sourceEnd ?? 0).toLowerCase())
        ? 'pronoun source'
        : 'other source';
      const quote = isDirectQuote(text, gold) ? 'direct quote' : 'no direct quote';
      goldByPronoun.add(pronoun);
      goldByQuote.add(quote);
      const cueLength = cueLengthBucket(text, span(gold.cueStart, gold.cueEnd));
      goldByCueLength.add(cueLength);
      if (predicted.some((p) => matches(text, words, gold, p))) continue;
      missedCount++;
      missedByCue.add(cueWord(text, span(gold.cueStart, gold.cueEnd)));
      missedByPronoun.add(pronoun);
      missedByQuote.add(quote);
      missedByCueLength.add(cueLength);
      missedByCause.add(missCause(text, words, gold, predicted));
    }
    for (const p of predicted) {
      if (!p.source) continue;
      claimedCount++;
      if (golds.some((gold) => matches(text, words, gold, p))) continue;
      wrongCount++;
      falseByCue.add(cueWord(text, p.cue));
      falseByCause.add(falseCause(text, words, article.attributions, p));
    }
  }

  console.log(`part: ${options.part}; gold attributions with a source: ${goldCount}, missed: ${missedCount}`);
  missedByCause.print('missed, by cause', top);
  missedByPronoun.print('missed, by source kind', top, goldByPronoun);
  missedByQuote.print('missed, by content kind', top, goldByQuote);
  missedByCueLength.print('missed, by gold cue length', top, goldByCueLength);
  missedByCue.print('missed, by gold cue (lowercased)', top);
  console.log(`\npredicted attributions with a source: ${claimedCount}, matching no gold one: ${wrongCount}`);
  falseByCause.print('false positives, by cause', top);
  falseByCue.print('false positives, by predicted cue (lowercased)', top);
}

/** Why a gold attribution was missed, from the most basic failure up. */
function missCause(text: string, words: Span[], gold: GoldAttribution, predicted: Prediction[]): string {
  const goldCue = span(gold.cueStart, gold.cueEnd);
  const sameCue = predicted.filter((p) => goldCue && p.cue && overlaps(text, goldCue, p.cue));
  if (sameCue.length === 0) return 'cue not found';
  const goldSource = span(gold.sourceStart, gold.sourceEnd) as Span;
  const sourceRight = sameCue.filter((p) => p.source && overlaps(text, goldSource, p.source));
  if (sourceRight.length === 0) {
    return sameCue.some((p) => p.source) ? 'cue found, wrong source' : 'cue found, no source';
  }
  const covered = Math.max(...sourceRight.map((p) => contentCoverage(words, gold, p)));
  return covered > 0 ? 'cue and source found, content under half' : 'cue and source found, content elsewhere';
}

/** Why a predicted attribution matches no gold one. */
function falseCause(text: string, words: Span[], golds: GoldAttribution[], p: Prediction): string {
  const sameCue = golds.filter((g) => {
    const cue = span(g.cueStart, g.cueEnd);
    return cue && p.cue && overlaps(text, cue, p.cue);
  });
  if (sameCue.length === 0) return 'not a gold cue';
  const withSource = sameCue.filter((g) => g.sourceStart !== null && g.sourceEnd !== null);
  if (withSource.length === 0) return 'gold cue has no source';
  const sourceRight = withSource.filter(
    (g) => p.source && overlaps(text, span(g.sourceStart, g.sourceEnd) as Span, p.source),
  );
  if (sourceRight.length === 0) return 'gold cue, wrong source';
  return withSource.some((g) => contentCoverage(words, g, p) > 0)
    ? 'gold cue, content under half'
    : 'gold cue, content elsewhere';
}

function matches(text: string, words: Span[], gold: GoldAttribution, p: Prediction): boolean {
  const goldSource = span(gold.sourceStart, gold.sourceEnd);
  if (!goldSource || !p.source || !p.content) return false;
  return contentCoverage(words, gold, p) >= 0.5 && overlaps(text, goldSource, p.source);
}

/** Share of the gold content's word tokens the prediction's content covers. */
function contentCoverage(words: Span[], gold: GoldAttribution, p: Prediction): number {
  if (!p.content) return 0;
  const content = p.content;
  const goldWords = words.filter((w) => contentFragments(gold).some((f) => w.start < f.end && w.end > f.start));
  if (goldWords.length === 0) return 0;
  const shared = goldWords.filter((w) => w.start < content.end && w.end > content.start).length;
  return shared / goldWords.length;
}

function contentFragments(gold: GoldAttribution): Span[] {
  if (gold.contentSpans?.length) return gold.contentSpans.map(([start, end]) => ({ start, end }));
  const whole = span(gold.contentStart, gold.contentEnd);
  return whole ? [whole] : [];
}

/** Content that opens or closes with a double quote mark, or sits right inside one. */
function isDirectQuote(text: string, gold: GoldAttribution): boolean {
  if (gold.contentStart === null || gold.contentEnd === null) return false;
  const around = text.slice(Math.max(gold.contentStart - 1, 0), Math.min(gold.contentEnd + 1, text.length)).trim();
  return /^["“]|["”]$/.test(around);
}

function cueLengthBucket(text: string, cue: Span | null): string {
  const words = cue ? (text.slice(cue.start, cue.end).match(/[\p{L}\p{N}]+/gu) ?? []).length : 0;
  return words >= 3 ? 'cue of 3+ words' : `cue of ${words} word${words === 1 ? '' : 's'}`;
}

function cueWord(text: string, cue: Span | null): string {
  return cue ? text.slice(cue.start, cue.end).toLowerCase().replace(/\s+/g, ' ') : '(no cue)';
}

function span(start: number | null, end: number | null): Span | null {
  return start === null || end === null ? null : { start, end };
}

function validSpan(s: Span | null, text: string): boolean {
  return !!s && s.start >= 0 && s.end <= text.length && s.end > s.start;
}

function overlaps(text: string, a: Span, b: Span): boolean {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start && /\S/.test(text.slice(start, end));
}

function wordTokens(text: string): Span[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Runs the extractor as the scorer does: {id, text} lines in, prediction lines out. */
function runExtractor(articles: readonly GoldArticle[], command: string): Map<string, Prediction[]> {
  const input = `${articles.map(({ id, text }) => JSON.stringify({ id, text })).join('\n')}\n`;
  const run = spawnSync('sh', ['-c', command], { cwd: PROJECT_ROOT, input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`extractor failed (${run.status}): ${command}\n${run.stderr}`);
  const predictions = new Map<string, Prediction[]>();
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    const { id, attributions } = JSON.parse(line) as { id: string; attributions?: Prediction[] };
    predictions.set(id, attributions ?? []);
  }
  return predictions;
}

/** Counts of string keys, printed largest first. */
class Counter {
  private readonly counts = new Map<string, number>();

  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Prints the `top` largest counts; with `totals`, also each key's share of its total. */
  print(title: string, top: number, totals?: Counter): void {
    console.log(`\n${title}:`);
    const rows = [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [key, count] of rows.slice(0, top)) {
      const total = totals?.counts.get(key);
      const share = total ? `  (${count} of ${total}, ${((100 * count) / total).toFixed(0)}%)` : '';
      console.log(`  ${String(count).padStart(5)}  ${key}${share}`);
    }
    if (rows.length > top) console.log(`  … ${rows.length - top} more`);
  }
}

main();
