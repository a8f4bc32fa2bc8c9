import express, { Router } from 'express';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { importArticle } from '../review/import-article.js';
import { setVerdict } from '../review/set-verdict.js';
import type { Store } from '../storage/store.js';
import { articleInput, uploadQuery, verdictInput } from './article-input.js';
import { parseInput } from './parse-input.js';
import { presentArticleJson, presentArticleSummaryJson, presentVerdictJson } from './presenters/article-json.js';

const TEXT_FILE_TYPES = ['text/plain', 'text/markdown', 'text/x-markdown'];

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

  // A .txt or .md file as the raw request body: `?filename=story.md`, Content-Type text/plain or text/markdown.
  router.post('/articles/upload', express.raw({ type: () => true, limit: config.BODY_LIMIT }), async (req, res) => {
    const { filename, title } = parseInput(uploadQuery, req.query);
    if (!req.is(TEXT_FILE_TYPES) || !Buffer.isBuffer(req.body)) {
      throw new AppError('invalid_input', 'Only .txt and .md text files can be imported.', {
        file: `must be sent as ${TEXT_FILE_TYPES.join(' or ')}`,
      });
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(req.body);
    } catch {
      throw new AppError('invalid_input', `${filename} is not UTF-8 text.`, { file: 'must be UTF-8 text' });
    }
    const article = await importArticle(store, { title, text }, req.reviewer as string);
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

  return router;
}
