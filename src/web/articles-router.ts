import { Router } from 'express';
import { AppError } from '../errors.js';
import { importArticle } from '../review/import-article.js';
import { setVerdict } from '../review/set-verdict.js';
import type { Store } from '../storage/store.js';
import { articleInput, verdictInput } from './article-input.js';
import { parseInput } from './parse-input.js';
import { presentArticleList } from './presenters/article-list.js';
import { presentReviewPage } from './presenters/review-page.js';
import { renderPage } from './render-page.js';

/** The browser pages: the article list, the import form, the review page and its plain-form verdicts. */
export function createArticlesRouter(store: Store): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const articles = await store.listArticles();
    const verdicts = new Map(
      await Promise.all(articles.map(async (a) => [a.id, await store.listVerdicts(a.id)] as const)),
    );
    await renderPage(res, 'articles/index', { title: 'Articles', rows: presentArticleList(articles, verdicts) });
  });

  router.get('/articles/new', async (req, res) => {
    if (!req.reviewer) return res.redirect(303, `/login?next=${encodeURIComponent('/articles/new')}`);
    await renderPage(res, 'articles/new', {
      title: 'Import an article',
      values: { title: '', text: '' },
      fields: {},
      scripts: ['/new-article.js'],
    });
  });

  router.post('/articles', async (req, res) => {
    try {
      const input = parseInput(articleInput, req.body);
      const article = await importArticle(store, input, req.reviewer as string);
      res.redirect(303, `/articles/${encodeURIComponent(article.id)}`);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'invalid_input')) throw error;
      // Show the form again with what was typed, so nothing is lost.
      const body = (req.body ?? {}) as Record<string, unknown>;
      const values = { title: String(body.title ?? ''), text: String(body.text ?? '') };
      const page = { title: 'Import an article', values, fields: error.fields, scripts: ['/new-article.js'] };
      await renderPage(res, 'articles/new', page, 400);
    }
  });

  router.get('/articles/:id', async (req, res) => {
    const article = await store.getArticle(req.params.id);
    if (!article) throw new AppError('not_found', `No article ${req.params.id}.`);
    const page = presentReviewPage(article, await store.listVerdicts(article.id), Boolean(req.reviewer));
    await renderPage(res, 'articles/show', { title: article.title, page, scripts: ['/review.js'] });
  });

  router.post('/articles/:id/claims/:claimId/verdict', async (req, res) => {
    const { status, note } = parseInput(verdictInput, req.body);
    const { id: articleId, claimId } = req.params;
    await setVerdict(store, { articleId, claimId, status, note }, req.reviewer as string);
    // Back to the claim just marked.
    res.redirect(303, `/articles/${encodeURIComponent(articleId)}#${claimId}`);
  });

  return router;
}
