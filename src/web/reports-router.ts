import { Router } from 'express';
import {
  buildSourcingReport,
  formatReportCsv,
  formatReportJson,
  formatReportMarkdown,
  type SourcingReport,
} from '../analysis/report.js';
import { AppError } from '../errors.js';
import type { Store } from '../storage/store.js';

const FORMATS: Record<string, { type: string; format: (report: SourcingReport) => string }> = {
  md: { type: 'text/markdown; charset=utf-8', format: formatReportMarkdown },
  csv: { type: 'text/csv; charset=utf-8', format: formatReportCsv },
  json: { type: 'application/json; charset=utf-8', format: formatReportJson },
};

/** A file name made of the title's plain letters: `north-korea-ratifies-treaty-3f2a9c1b7d0e-sourcing.md`. */
function reportFileName(title: string, id: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug ? `${slug}-` : ''}${id}-sourcing.${extension}`;
}

/** `GET /articles/:id/report.md|.csv|.json`: the sourcing report as a download. */
export function createReportsRouter(store: Store): Router {
  const router = Router();
  for (const [extension, { type, format }] of Object.entries(FORMATS)) {
    router.get(`/articles/:id/report.${extension}`, async (req, res) => {
      const article = await store.getArticle(req.params.id);
      if (!article) throw new AppError('not_found', `No article ${req.params.id}.`);
      const report = buildSourcingReport(article, await store.listVerdicts(article.id));
      res.attachment(reportFileName(article.title, article.id, extension));
      res.type(type).send(format(report));
    });
  }
  return router;
}
