import { randomUUID } from 'node:crypto';
import { analyzeArticle } from '../analysis/analyze.js';
import { AppError } from '../errors.js';
import type { ArticleRecord, Store } from '../storage/store.js';

export const MAX_TEXT_LENGTH = 1_000_000;
export const MAX_TITLE_LENGTH = 300;

export interface ArticleInput {
  title?: string | undefined;
  text: string;
}

/**
 * Checks, analyses and stores a new article; the title defaults to the one the analysis finds. Throws
 * `invalid_input` with a reason per field, storing nothing.
 */
export async function importArticle(store: Store, input: ArticleInput, by: string): Promise<ArticleRecord> {
  // Windows line ends would otherwise give every paragraph break a stray character.
  const text = input.text.replace(/\r\n?/g, '\n');
  const title = input.title?.trim() ?? '';
  const fields: Record<string, string> = {};
  if (text.trim() === '') fields.text = 'must not be empty';
  else if (text.length > MAX_TEXT_LENGTH)
    fields.text = `must be at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters`;
  if (title.length > MAX_TITLE_LENGTH) fields.title = `must be at most ${MAX_TITLE_LENGTH} characters`;
  if (Object.keys(fields).length > 0) throw new AppError('invalid_input', 'The article cannot be imported.', fields);

  const analysis = analyzeArticle(text, await store.listSources());
  const article: ArticleRecord = {
    id: newArticleId(),
    title: title || analysis.title.trim() || 'Untitled article',
    text,
    createdAt: new Date().toISOString(),
    createdBy: by,
    analysis,
  };
  await store.addArticle(article);
  return article;
}

/** 12 hex characters (48 random bits) of a v4 UUID: short enough for a URL, plenty for a desk's articles. */
function newArticleId(): string {
  return randomUUID().replaceAll('-', '').slice(0, 12);
}
