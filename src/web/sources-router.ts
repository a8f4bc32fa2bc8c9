import { type Response, Router } from 'express';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { addAlias, addSource, aliasInput, citationsOfAllArticles } from '../review/sources.js';
import type { Store } from '../storage/store.js';
import { ERROR_STATUSES } from './error-statuses.js';
import { parseInput } from './parse-input.js';
import { sourceAnchor } from './presenters/format.js';
import { presentSourcesPage, type SourcesFormState } from './presenters/source-list.js';
import { renderPage } from './render-page.js';
import { sourceForm } from './source-input.js';

const prefill = z.string().max(200).catch('').default('');
const prefillQuery = z.object({ name: prefill, type: prefill });

/** A refusal the page answers by showing its form again with the reason, rather than an error page. */
function isRefusal(error: unknown): error is AppError {
  return error instanceof AppError && (error.code === 'invalid_input' || error.code === 'conflict');
}

/** The source registry in the browser: the list with claim counts, and the forms to add a source or an alias. */
export function createSourcesRouter(store: Store): Router {
  const router = Router();

  async function showPage(res: Response, canEdit: boolean, state: SourcesFormState = {}, status = 200) {
    const page = presentSourcesPage(await store.listSources(), await citationsOfAllArticles(store), canEdit, state);
    await renderPage(res, 'sources/index', { title: 'Sources', page }, status);
  }

  // `?name=…&type=…` fills in the new-source form, as the links of unregistered mentions do.
  router.get('/sources', async (req, res) => {
    const { name, type } = prefillQuery.parse(req.query);
    await showPage(res, Boolean(req.reviewer), { newSource: { values: { name, type, aliases: '' }, fields: {} } });
  });

  router.post('/sources', async (req, res) => {
    try {
      const source = await addSource(store, parseInput(sourceForm, req.body));
      res.redirect(303, `/sources#${sourceAnchor(source.id)}`);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      // The form again, with what was typed, so nothing is lost.
      const body = (req.body ?? {}) as Record<string, unknown>;
      const values = {
        name: String(body.name ?? ''),
        type: String(body.type ?? ''),
        aliases: String(body.aliases ?? ''),
      };
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([field, reason]) => [field.replace(/^aliases\..*/, 'aliases'), reason]),
      );
      await showPage(res, true, { newSource: { values, fields } }, ERROR_STATUSES[error.code]);
    }
  });

  router.post('/sources/:id/aliases', async (req, res) => {
    const sourceId = req.params.id;
    try {
      const { alias } = parseInput(aliasInput, req.body);
      await addAlias(store, sourceId, alias);
      res.redirect(303, `/sources#${sourceAnchor(sourceId)}`);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const value = String((req.body as Record<string, unknown> | undefined)?.alias ?? '');
      const reason = error.fields.alias ? `The alias ${error.fields.alias}.` : error.message;
      await showPage(res, true, { alias: { sourceId, value, error: reason } }, ERROR_STATUSES[error.code]);
    }
  });

  return router;
}
