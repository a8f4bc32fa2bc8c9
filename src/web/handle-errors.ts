import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { safeReturnPath } from './auth.js';
import { ERROR_STATUSES, toAppError } from './error-statuses.js';
import { renderPage } from './render-page.js';

/** Anything no router answered. */
export const notFound: RequestHandler = (req) => {
  throw new AppError('not_found', `Nothing at ${req.path}.`);
};

/**
 * The one error handler: known errors answer with their status and message, as HTML or JSON by the Accept header;
 * anything else is logged and answered with a generic 500.
 */
export const handleErrors: ErrorRequestHandler = async (error, req, res, next) => {
  if (res.headersSent) return next(error);
  const known = toAppError(error);
  if (!known) req.log?.error({ err: error }, 'unexpected error');
  const status = known ? ERROR_STATUSES[known.code] : 500;
  const code = known?.code ?? 'internal';
  const message = known?.message ?? 'Something went wrong on our side; the error was logged.';
  const fields = known?.fields ?? {};

  const json = () => {
    // No `WWW-Authenticate: Basic` challenge on 401: it would make browsers prompt and then replay the credentials
    // on cross-site requests, which would defeat the CSRF exemption of Basic-authenticated calls.
    res.status(status).json({ error: { code, message, fields } });
  };
  const html = async () => {
    if (code === 'unauthenticated') {
      // A browser gets the login form, then comes back to the page it was on.
      const back = req.method === 'GET' ? req.originalUrl : refererPath(req.get('referer'), req.get('host'));
      res.redirect(303, `/login?next=${encodeURIComponent(safeReturnPath(back))}`);
      return;
    }
    const fieldList = Object.entries(fields).map(([field, reason]) => ({ field, reason }));
    await renderPage(
      res,
      'errors/error',
      { title: `${status} ${titleOf(status)}`, message, fields: fieldList },
      status,
    );
  };
  // API clients get JSON unless they ask for HTML; browsers the other way round.
  const api = req.path.startsWith('/api/');
  await new Promise<void>((resolve, reject) => {
    const run = (answer: () => void | Promise<void>) => () => {
      Promise.resolve(answer()).then(resolve, reject);
    };
    res.format(
      api
        ? { 'application/json': run(json), 'text/html': run(html), default: run(json) }
        : { 'text/html': run(html), 'application/json': run(json), default: run(html) },
    );
  });
};

function titleOf(status: number): string {
  const titles: Record<number, string> = {
    400: 'Invalid input',
    401: 'Not logged in',
    403: 'Forbidden',
    404: 'Not found',
    409: 'Conflict',
    413: 'Too large',
  };
  return titles[status] ?? 'Server error';
}

/** The path of a same-site Referer, to return to after logging in. */
function refererPath(referer: string | undefined, host: string | undefined): string {
  if (!referer || !host) return '/';
  try {
    const url = new URL(referer);
    return url.host === host ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}
