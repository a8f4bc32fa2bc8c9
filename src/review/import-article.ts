import { randomUUID } from 'node:crypto';
import { analyzeArticle } from '../analysis/analyze.js';
import { htmlToArticleText, looksLikeHtml } from '../analysis/html-article.js';
import { AppError } from '../errors.js';
import type { ArticleRecord, Store } from '../storage/store.js';
import { withRegistryLock } from './registry-lock.js';

export const MAX_TEXT_LENGTH = 1_000_000;
/** A saved page is mostly markup and scripts: it may be larger than the text it holds. */
export const MAX_HTML_LENGTH = 5_000_000;
export const MAX_TITLE_LENGTH = 300;

export interface ArticleInput {
  title?: string | undefined;
  text: string;
  /** `html`: a saved web page, reduced to its story. Omitted: HTML when the text looks like a page's source. */
  format?: 'text' | 'html' | undefined;
}

/**
 * Checks, analyses and stores a new article; the title defaults to the one the analysis finds. A web page's HTML is
 * first reduced to the story's text, which is what is stored (the analysis' offsets point into it). Throws
 * `invalid_input` with a reason per field, storing nothing.
 */
export async function importArticle(store: Store, input: ArticleInput, by: string): Promise<ArticleRecord> {
  // Windows line ends would otherwise give every paragraph break a stray character.
  const raw = input.text.replace(/\r\n?/g, '\n');
  const isHtml = input.format === 'html' || (input.format === undefined && looksLikeHtml(raw));
  const title = input.title?.trim() ?? '';
  const fields: Record<string, string> = {};
  if (title.length > MAX_TITLE_LENGTH) fields.title = `must be at most ${MAX_TITLE_LENGTH} characters`;
  const maxLength = isHtml ? MAX_HTML_LENGTH : MAX_TEXT_LENGTH;
  if (raw.trim() === '') fields.text = 'must not be empty';
  else if (raw.length > maxLength) fields.text = `must be at most ${maxLength.toLocaleString('en')} characters`;
  if (Object.keys(fields).length > 0) throw new AppError('invalid_input', 'The article cannot be imported.', fields);

  const page = isHtml ? htmlToArticleText(raw) : null;
  const text = page ? page.text : raw;
  if (page && text === '') {
    throw new AppError('invalid_input', 'The web page holds no article text.', { text: 'has no article text' });
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw new AppError('invalid_input', 'The article cannot be imported.', {
      text: `must be at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters of article text`,
    });
  }

  // Analysed and stored in one step, so a registry change cannot slip in between and leave this analysis stale.
  return withRegistryLock(store, async () => {
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
  });
}

/** 12 hex characters (48 random bits) of a v4 UUID: short enough for a URL, plenty for a desk's articles. */
function newArticleId(): string {
  return randomUUID().replaceAll('-', '').slice(0, 12);
}
