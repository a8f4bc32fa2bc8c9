import express, { Router } from 'express';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { importArticle } from '../review/import-article.js';
import { setVerdict } from '../review/set-verdict.js';
import { addAlias, addSource, aliasInput, citationsOfAllArticles, newSourceInput } from '../review/sources.js';
import type { Store } from '../storage/store.js';
import { articleInput, uploadQuery, verdictInput } from './article-input.js';
import { parseInput } from './parse-input.js';
import { presentArticleJson, presentArticleSummaryJson, presentVerdictJson } from './presenters/article-json.js';
import { presentSourceJson, presentUnregisteredJson } from './presenters/source-list.js';

const TEXT_FILE_TYPES = ['text/plain', 'text/markdown', 'text/x-markdown'];
const HTML_FILE_TYPES = ['text/html', 'application/xhtml+xml'];

/** The JSON API, mounted at /api: the same abilities as the pages. */
export function createApiRouter(store: Store, config: Config): Router {
  const router = Router();

  router.get('/articles', async (_req, res) => {
    const articles = await store.listArticles();
    const rows = await Promise.all(
      articles.map(async (article) => presentArticleSummaryJson(article, await store.listVerdicts(article.id))),
    );
    res.json({ articles: rows });
  });

  router.post('/articles', async (req, res) => {
    const article = await importArticle(store, parseInput(articleInput, req.body), req.reviewer as string);
    res.status(201).location(`/api/articles/${encodeURIComponent(article.id)}`);
    res.json({ article: presentArticleJson(article, []) });
  });

  // A .txt, .md or .html file as the raw request body: `?filename=story.html`, Content-Type to match.
  router.post('/articles/upload', express.raw({ type: () => true, limit: config.BODY_LIMIT }), async (req, res) => {
    const { filename, title } = parseInput(uploadQuery, req.query);
    const types = [...TEXT_FILE_TYPES, ...HTML_FILE_TYPES];
    if (!req.is(types) || !Buffer.isBuffer(req.body)) {
      throw new AppError('invalid_input', 'Only .txt, .md and .html files can be imported.', {
        file: `must be sent as ${types.join(', ')}`,
      });
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(req.body);
    } catch {
      throw new AppError('invalid_input', `${filename} is not UTF-8 text.`, { file: 'must be UTF-8 text' });
    }
    // A saved web page is reduced to its story; a text file is taken as it is, even if it quotes some HTML.
    const format = /\.html?$/i.test(filename) || req.is(HTML_FILE_TYPES) ? 'html' : 'text';
    const article = await importArticle(store, { title, text, format }, req.reviewer as string);
    res.status(201).location(`/api/articles/${encodeURIComponent(article.id)}`);
    res.json({ article: presentArticleJson(article, []) });
  });

  router.get('/articles/:id', async (req, res) => {
    const article = await store.getArticle(req.params.id);
    if (!article) throw new AppError('not_found', `No article ${req.params.id}.`);
    res.json({ article: presentArticleJson(article, await store.listVerdicts(article.id)) });
  });

  router.put('/articles/:id/claims/:claimId/verdict', async (req, res) => {
    const { status, note } = parseInput(verdictInput, req.body);
    const { id: articleId, claimId } = req.params;
    const verdict = await setVerdict(store, { articleId, claimId, status, note }, req.reviewer as string);
    res.json({ verdict: presentVerdictJson(articleId, claimId, verdict) });
  });

  router.get('/sources', async (_req, res) => {
    const registry = await store.listSources();
    const citations = await citationsOfAllArticles(store);
    res.json({
      sources: registry.map((source) => presentSourceJson(source, citations)),
      unregistered: presentUnregisteredJson(registry, citations),
    });
  });

  router.get('/sources/:id', async (req, res) => {
    const source = (await store.listSources()).find((candidate) => candidate.id === req.params.id);
    if (!source) throw new AppError('not_found', `No source ${req.params.id}.`);
    res.json({ source: presentSourceJson(source, await citationsOfAllArticles(store)) });
  });

  router.post('/sources', async (req, res) => {
    const source = await addSource(store, parseInput(newSourceInput, req.body));
    res.status(201).location(`/api/sources/${encodeURIComponent(source.id)}`);
    res.json({ source: presentSourceJson(source, await citationsOfAllArticles(store)) });
  });

  router.post('/sources/:id/aliases', async (req, res) => {
    const { alias } = parseInput(aliasInput, req.body);
    const source = await addAlias(store, req.params.id, alias);
    res.json({ source: presentSourceJson(source, await citationsOfAllArticles(store)) });
  });

  return router;
}
