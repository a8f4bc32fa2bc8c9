import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { type Logger, pino } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import type { Store } from './storage/store.js';
import { createApiRouter } from './web/api-router.js';
import { createArticlesRouter } from './web/articles-router.js';
import {
  createSession,
  exposeReviewer,
  identifyReviewer,
  protectFromForgery,
  requireReviewerForWrites,
} from './web/auth.js';
import { createAuthRouter } from './web/auth-router.js';
import { handleErrors, notFound } from './web/handle-errors.js';
import { createReportsRouter } from './web/reports-router.js';
import { createSourcesRouter } from './web/sources-router.js';

export interface AppOptions {
  store: Store;
  config: Config;
  logger?: Logger;
}

// Both src/ and dist/ sit one level below the project root.
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Builds the web app over a store; it never listens (server.ts does, tests drive it with supertest). */
export function createApp({ store, config, logger = pino({ level: config.LOG_LEVEL }) }: AppOptions): Express {
  const app = express();
  app.set('views', root('views'));
  app.set('view engine', 'ejs');
  app.locals.reviewer = null;
  app.locals.csrfToken = null;

  app.use(pinoHttp({ logger }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          // Served over plain HTTP on a desk's own machine, where an upgrade to HTTPS would break every form.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  // Static files before the session: a stylesheet needs no cookie.
  app.use(express.static(root('public'), { index: false }));
  app.use(express.json({ limit: config.BODY_LIMIT }));
  app.use(express.urlencoded({ extended: false, limit: config.BODY_LIMIT }));

  // Who is asking, then: no write without a reviewer, no cookie-authenticated write without the CSRF token.
  app.use(createSession(config));
  app.use(identifyReviewer(store));
  app.use(requireReviewerForWrites);
  app.use(protectFromForgery);
  app.use(exposeReviewer);

  app.use(createAuthRouter(store));
  app.use(createArticlesRouter(store));
  app.use(createReportsRouter(store));
  app.use(createSourcesRouter(store));
  app.use('/api', createApiRouter(store, config));

  app.use(notFound);
  app.use(handleErrors);
  return app;
}
