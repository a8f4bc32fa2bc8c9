import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import { createReviewer } from '../src/review/users.js';
import { createMemoryStore } from '../src/storage/memory-store.js';
import type { Store } from '../src/storage/store.js';

export type Agent = ReturnType<typeof request.agent>;

export const REVIEWER = { name: 'alice', password: 'correct horse battery' };

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', SESSION_SECRET: 'test-session-secret-0123456789', ...env });
}

/** A fresh app over a fresh memory store with one reviewer, alice. */
export async function makeApp(env: Record<string, string> = {}): Promise<{ app: Express; store: Store }> {
  const store = createMemoryStore();
  await createReviewer(store, REVIEWER.name, REVIEWER.password);
  return { app: createApp({ store, config: testConfig(env) }), store };
}

export function basicAuth(name = REVIEWER.name, password = REVIEWER.password): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

/** The CSRF token a page carries: the `<meta>` of a logged-in page, else a form's hidden field. */
export function csrfTokenIn(html: string): string {
  const match = /<meta name="csrf-token" content="([^"]+)">/.exec(html) ?? /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF token on the page');
  return match[1];
}

/** Logs in through the form, as a browser does; returns the cookie-carrying agent and the session's CSRF token. */
export async function logIn(app: Express): Promise<{ agent: Agent; csrfToken: string }> {
  const agent = request.agent(app);
  const form = await agent.get('/login').expect(200);
  await agent
    .post('/login')
    .type('form')
    .send({ _csrf: csrfTokenIn(form.text), name: REVIEWER.name, password: REVIEWER.password, next: '/' })
    .expect(303);
  const page = await agent.get('/').expect(200);
  return { agent, csrfToken: csrfTokenIn(page.text) };
}
