/**
 * The PolNeAR corpus for development: read at run time from ../shared (never copied into the project), split
 * deterministically into `train` and `check` by a hash of each article id, and written to temporary gold files for
 * the scorer.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the corpus lives: beside the project, never inside it. */
export const CORPUS_PATH = resolve(PROJECT_ROOT, '../shared/data/polnear-train.jsonl');

/** One annotated attribution: end-exclusive string offsets into the article text, null where a part is absent. */
export interface GoldAttribution {
  sourceStart: number | null;
  sourceEnd: number | null;
  cueStart: number | null;
  cueEnd: number | null;
  contentStart: number | null;
  contentEnd: number | null;
  /** Fragments of discontinuous content ("…, he said, …"); the covering span is contentStart..contentEnd. */
  contentSpans: Array<[number, number]>;
  sourceSpans: Array<[number, number]>;
  cueSpans: Array<[number, number]>;
}

export interface GoldArticle {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

export type SplitPart = 'train' | 'check';
export type Part = SplitPart | 'all';
export const PARTS: readonly Part[] = ['train', 'check', 'all'];

/**
 * Every article belongs to one of five folds, by a hash of its id; the last fold is the `check` part, the others are
 * `train`. Cross-validation (scripts/cross-validate.ts) scores each fold with a model trained on the other four.
 */
export const FOLDS = 5;
const CHECK_FOLD = FOLDS - 1;

/** The fold (0 … FOLDS - 1) of an article. */
export function foldOf(id: string): number {
  return Math.floor(((fnv1a(id) % 100) * FOLDS) / 100);
}

/**
 * Reads every article of the corpus, keeping only the fields the scorer and the trainer use.
 * Returns null when the corpus is absent (an expected absence: CI and fresh clones do not have it).
 */
export function readCorpus(path: string = CORPUS_PATH): GoldArticle[] | null {
  if (!existsSync(path)) return null;
  const articles: GoldArticle[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, text, attributions } = JSON.parse(line) as GoldArticle;
    articles.push({ id, text, attributions });
  }
  return articles;
}

/**
 * Like readCorpus, but ends the process with a clear message (exit code 0: nothing to do) when the corpus is absent,
 * so scripts can be run anywhere without failing.
 */
export function requireCorpus(path: string = CORPUS_PATH): GoldArticle[] {
  const articles = readCorpus(path);
  if (articles) return articles;
  console.error(`PolNeAR corpus not found at ${path}: skipping (it lives beside the project, in ../shared/data).`);
  process.exit(0);
}

/**
 * The part an article belongs to, decided by a hash of its id alone, so the split never changes when articles are
 * added, removed or reordered.
 *
 * @example splitPartOf(article.id) // 'train' or 'check', always the same for the same id
 */
export function splitPartOf(id: string): SplitPart {
  return foldOf(id) === CHECK_FOLD ? 'check' : 'train';
}

/** The articles of `part` ('all' keeps every article), in corpus order. */
export function selectPart(articles: readonly GoldArticle[], part: Part): GoldArticle[] {
  return part === 'all' ? [...articles] : articles.filter((article) => splitPartOf(article.id) === part);
}

/** Parses a part name from the command line, failing fast on anything else. */
export function parsePart(value: string | undefined, fallback: Part): Part {
  if (value === undefined) return fallback;
  if ((PARTS as readonly string[]).includes(value)) return value as Part;
  throw new Error(`unknown part "${value}": expected one of ${PARTS.join(', ')}`);
}

/** A temporary file or folder (under os.tmpdir()) and the way to remove it. */
export interface TempPath {
  path: string;
  remove: () => void;
}

/** A fresh temporary folder. Call `remove()` when done: corpus text must not linger anywhere but in ../shared. */
export function createTempFolder(): TempPath {
  const path = mkdtempSync(join(tmpdir(), 'sourcedesk-gold-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Writes `articles` as a gold JSONL file the scorer reads, in a fresh temporary folder (removed with the file). */
export function writeGoldFile(articles: readonly GoldArticle[], name = 'gold.jsonl'): TempPath {
  const folder = createTempFolder();
  const path = join(folder.path, name);
  writeFileSync(path, `${articles.map((article) => JSON.stringify(article)).join('\n')}\n`);
  return { path, remove: folder.remove };
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, stable across platforms and Node versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
