import { Router } from 'express';
import { z } from 'zod';
import { authenticateReviewer } from '../review/users.js';
import type { Store } from '../storage/store.js';
import { csrfTokenOf, safeReturnPath } from './auth.js';
import { parseInput } from './parse-input.js';
import { renderPage } from './render-page.js';

const loginInput = z.object({
  name: z.string().trim().max(100).default(''),
  password: z.string().max(1000).default(''),
  next: z.string().optional(),
});

/** Logging in and out of the browser session. */
export function createAuthRouter(store: Store): Router {
  const router = Router();

  router.get('/login', async (req, res) => {
    const next = safeReturnPath(req.query.next);
    if (req.reviewer) return res.redirect(303, next);
    await renderPage(res, 'auth/login', { title: 'Log in', next, name: '', error: null, loginToken: csrfTokenOf(req) });
  });

  router.post('/login', async (req, res) => {
    const { name, password, next } = parseInput(loginInput, req.body);
    const user = await authenticateReviewer(store, name, password);
    if (!user) {
      const page = { title: 'Log in', next: safeReturnPath(next), name, loginToken: csrfTokenOf(req) };
      return renderPage(res, 'auth/login', { ...page, error: 'Wrong reviewer name or password.' }, 401);
    }
    // A new session id on login, so an id planted before it is worth nothing after.
    await new Promise<void>((resolve, reject) =>
      req.session.regenerate((error) => (error ? reject(error) : resolve())),
    );
    req.session.reviewer = user.name;
    res.redirect(303, safeReturnPath(next));
  });

  router.post('/logout', async (req, res) => {
    await new Promise<void>((resolve, reject) => req.session.destroy((error) => (error ? reject(error) : resolve())));
    res.clearCookie('sourcedesk.sid');
    res.redirect(303, '/');
  });

  return router;
}
