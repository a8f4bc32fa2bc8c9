import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analysis/analyze.js';
import { createMemoryStore } from '../storage/memory-store.js';
import { importArticle, MAX_TEXT_LENGTH } from './import-article.js';

const TEXT = 'Treaty ratified\n\nThe treaty takes effect soon, KCNA said.';

describe('importArticle', () => {
  it('importArticle › text only › stores the analysis and takes the analysed title', async () => {
    const store = createMemoryStore();

    const article = await importArticle(store, { text: TEXT }, 'alice');

    expect(article.id).toMatch(/^[0-9a-f]{12}$/);
    expect(article.createdBy).toBe('alice');
    expect(article.analysis).toEqual(analyzeArticle(TEXT, []));
    expect(article.title).toBe(article.analysis.title.trim() || 'Untitled article');
    expect(await store.getArticle(article.id)).toEqual(article);
  });

  it('importArticle › a title › keeps it, trimmed', async () => {
    const article = await importArticle(createMemoryStore(), { title: '  Mine  ', text: TEXT }, 'alice');

    expect(article.title).toBe('Mine');
  });

  it('importArticle › Windows line ends › stores plain newlines', async () => {
    const article = await importArticle(createMemoryStore(), { text: 'A\r\n\r\nB said.' }, 'alice');

    expect(article.text).toBe('A\n\nB said.');
  });

  it.each([
    ['blank text', { text: ' \n\t ' }, { text: 'must not be empty' }],
    ['text too long', { text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, { text: 'must be at most 1,000,000 characters' }],
    ['title too long', { title: 't'.repeat(301), text: TEXT }, { title: 'must be at most 300 characters' }],
  ])('importArticle › %s › invalid_input with the field, nothing stored', async (_case, input, fields) => {
    const store = createMemoryStore();

    await expect(importArticle(store, input, 'alice')).rejects.toMatchObject({ code: 'invalid_input', fields });
    expect(await store.listArticles()).toEqual([]);
  });
});
