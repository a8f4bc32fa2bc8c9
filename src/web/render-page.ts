import type { Response } from 'express';

/** What every page gives the layout besides its own data. */
export interface PageData {
  title: string;
  /** Extra scripts of this page, served from public/ (never inline: the CSP forbids it). */
  scripts?: string[];
  [key: string]: unknown;
}

function render(res: Response, view: string, data: object): Promise<string> {
  return new Promise((resolve, reject) => {
    res.render(view, data, (error: Error | null, html?: string) => (error ? reject(error) : resolve(html ?? '')));
  });
}

/** Renders `view` with `data`, then wraps it in views/layout.ejs. */
export async function renderPage(res: Response, view: string, data: PageData, status = 200): Promise<void> {
  const body = await render(res, view, data);
  const html = await render(res, 'layout', { scripts: [], ...data, body });
  res.status(status).type('html').send(html);
}
