import { randomBytes } from 'node:crypto';
import { csrfSync } from 'csrf-sync';
import type { Request, RequestHandler } from 'express';
import session from 'express-session';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { authenticateReviewer } from '../review/users.js';
import type { Store } from '../storage/store.js';

declare module 'express-session' {
  interface SessionData {
    reviewer?: string;
  }
}

declare module 'express-serve-static-core' {
  interface Request {
    /** The authenticated reviewer's name, set by identifyReviewer. */
    reviewer?: string;
    /** How the reviewer proved who they are: a login session (cookie) or HTTP Basic credentials. */
    authenticatedBy?: 'session' | 'basic';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The cookie session of browser reviewers. */
export function createSession(config: Config): RequestHandler {
  return session({
    name: 'sourcedesk.sid',
    // Without a configured secret, sessions end when the server restarts: safe, merely inconvenient.
    secret: config.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    resave: false,
    // Anonymous readers get no cookie until they open the login form.
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: 12 * 60 * 60 * 1000 },
  });
}

/** Reads `Authorization: Basic …`; null when the header is not Basic or is malformed. */
function parseBasic(header: string): { name: string; password: string } | null {
  const match = /^basic\s+([a-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Works out who is asking: HTTP Basic credentials (API clients) win over the session cookie (browsers). Wrong Basic
 * credentials fail the request at once rather than quietly treating it as anonymous.
 */
export function identifyReviewer(store: Store): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get('authorization');
    if (header) {
      const credentials = parseBasic(header);
      const user = credentials && (await authenticateReviewer(store, credentials.name, credentials.password));
      if (!user) throw new AppError('unauthenticated', 'Wrong reviewer name or password.');
      req.reviewer = user.name;
      req.authenticatedBy = 'basic';
    } else if (req.session?.reviewer) {
      req.reviewer = req.session.reviewer;
      req.authenticatedBy = 'session';
    }
    next();
  };
}

/** Every write needs a reviewer, except logging in. */
export const requireReviewerForWrites: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method) || req.path === '/login') return next();
  if (!req.reviewer) throw new AppError('unauthenticated', 'Log in as a reviewer to make changes.');
  next();
};

const csrf = csrfSync({
  // Forms send the token as a hidden field, fetch() as a header.
  getTokenFromRequest: (req: Request) => {
    const header = req.get('x-csrf-token');
    if (header) return header;
    const field = (req.body as Record<string, unknown> | undefined)?._csrf;
    return typeof field === 'string' ? field : undefined;
  },
  // A browser never attaches Basic credentials on its own unless it was challenged for them, and we never send that
  // challenge; so a request carrying them was written by a client program, not forged by another site.
  skipCsrfProtection: (req: Request) => req.authenticatedBy === 'basic',
});

/** Rejects cookie-authenticated writes without the session's CSRF token (403). */
export const protectFromForgery: RequestHandler = csrf.csrfSynchronisedProtection;

/** The session's CSRF token, made on first use; for forms and the page's `<meta name="csrf-token">`. */
export function csrfTokenOf(req: Request): string {
  return csrf.generateToken(req);
}

/** Makes the reviewer and, for session users, the CSRF token available to every view. */
export const exposeReviewer: RequestHandler = (req, res, next) => {
  res.locals.reviewer = req.reviewer ?? null;
  res.locals.csrfToken = req.authenticatedBy === 'session' ? csrfTokenOf(req) : null;
  next();
};

/** A path to return to after logging in: only this site's own paths, never `//elsewhere`. */
export function safeReturnPath(path: unknown): string {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\')
    ? path
    : '/';
}
