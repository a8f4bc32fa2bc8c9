import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analysis/analyze.js';
import { createMemoryStore } from '../storage/memory-store.js';
import { importArticle, MAX_HTML_LENGTH, MAX_TEXT_LENGTH } from './import-article.js';

const TEXT = 'Treaty ratified\n\nThe treaty takes effect soon, KCNA said.';
const PAGE =
  '<!doctype html><html><head><title>Treaty ratified | Daily Post</title><script>alert(1)</script></head><body>' +
  '<nav><a href="/">Home</a></nav><article><h1>Treaty ratified</h1><p>The treaty takes effect soon, KCNA said.</p>' +
  '</article><footer>© Daily Post</footer></body></html>';

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

  it('importArticle › a web page’s HTML › stores and analyses the story’s text, never the markup', async () => {
    const store = createMemoryStore();

    const article = await importArticle(store, { text: PAGE }, 'alice');

    expect(article.text).toBe(TEXT);
    expect(article.title).toBe('Treaty ratified');
    expect(article.analysis).toEqual(analyzeArticle(TEXT, []));
    expect(await store.getArticle(article.id)).toEqual(article);
  });

  it('importArticle › format html › a fragment that does not look like a page is read as HTML', async () => {
    const html = '<h1>Treaty ratified</h1><div>The treaty takes effect soon, KCNA said.</div>';

    const article = await importArticle(createMemoryStore(), { text: html, format: 'html' }, 'alice');

    expect(article.text).toBe(TEXT);
  });

  it('importArticle › format text › HTML-looking text is kept as it is', async () => {
    const text = 'Markup explained\n\nA <p> tag starts a paragraph, the guide said.';

    const article = await importArticle(createMemoryStore(), { text, format: 'text' }, 'alice');

    expect(article.text).toBe(text);
  });

  it.each([
    ['blank text', { text: ' \n\t ' }, { text: 'must not be empty' }],
    ['text too long', { text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, { text: 'must be at most 1,000,000 characters' }],
    ['title too long', { title: 't'.repeat(301), text: TEXT }, { title: 'must be at most 300 characters' }],
    [
      'a page with no text',
      { text: '<html><body><nav>Home</nav><script>x()</script></body></html>' },
      { text: 'has no article text' },
    ],
    [
      'a page too long',
      { text: `<p>${'a'.repeat(MAX_HTML_LENGTH)}</p>` },
      { text: 'must be at most 5,000,000 characters' },
    ],
    [
      'a page with too much text',
      { text: `<p>${'a'.repeat(MAX_TEXT_LENGTH + 1)}</p>` },
      { text: 'must be at most 1,000,000 characters of article text' },
    ],
  ])('importArticle › %s › invalid_input with the field, nothing stored', async (_case, input, fields) => {
    const store = createMemoryStore();

    await expect(importArticle(store, input, 'alice')).rejects.toMatchObject({ code: 'invalid_input', fields });
    expect(await store.listArticles()).toEqual([]);
  });
});
