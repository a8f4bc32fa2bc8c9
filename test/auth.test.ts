import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { fixtureArticle } from './fixtures.js';
import { csrfTokenIn, logIn, makeApp, REVIEWER } from './helpers.js';

describe('GET /login', () => {
  it('GET /login › anonymous › a form with a CSRF token and an httpOnly, SameSite=Lax session cookie', async () => {
    const { app } = await makeApp();

    const res = await request(app).get('/login?next=/articles/a1').expect(200);

    expect(csrfTokenIn(res.text)).toMatch(/^[0-9a-f]{64,}$/);
    expect(res.text).toContain('<input type="hidden" name="next" value="/articles/a1">');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^sourcedesk\.sid=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });

  it('GET / › anonymous reader › no session cookie at all', async () => {
    const { app } = await makeApp();

    const res = await request(app).get('/').expect(200);

    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('POST /login', () => {
  it('POST /login › right password › a new session, back to next, named in the header', async () => {
    const { app } = await makeApp();
    const agent = request.agent(app);
    const form = await agent.get('/login').expect(200);
    const before = String(form.headers['set-cookie']).split(';')[0];

    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrfTokenIn(form.text), ...REVIEWER, next: '/articles/new' })
      .expect(303);

    expect(res.headers.location).toBe('/articles/new');
    // A fresh session id: one planted before login is worth nothing.
    expect(String(res.headers['set-cookie']).split(';')[0]).not.toBe(before);
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('Reviewer <strong>alice</strong>');
  });

  it('POST /login › wrong password › 401 with the form again, still anonymous', async () => {
    const { app } = await makeApp();
    const agent = request.agent(app);
    const form = await agent.get('/login');

    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrfTokenIn(form.text), name: 'alice', password: 'nope' })
      .expect(401);

    expect(res.text).toContain('Wrong reviewer name or password.');
    expect(res.text).toContain('value="alice"');
    await agent.get('/articles/new').expect(303);
  });

  it('POST /login › next on another site › goes home instead', async () => {
    const { app } = await makeApp();
    const agent = request.agent(app);
    const form = await agent.get('/login');

    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrfTokenIn(form.text), ...REVIEWER, next: '//evil.example/' })
      .expect(303);

    expect(res.headers.location).toBe('/');
  });

  it('POST /login › no CSRF token › 403, not logged in', async () => {
    const { app } = await makeApp();
    const agent = request.agent(app);
    await agent.get('/login');

    await agent.post('/login').type('form').send(REVIEWER).expect(403);

    await agent.get('/articles/new').expect(303);
  });
});

describe('POST /logout', () => {
  it('POST /logout › logged in › session ended, writes need a login again', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));
    const { agent, csrfToken } = await logIn(app);

    await agent.post('/logout').type('form').send({ _csrf: csrfToken }).expect(303);

    const res = await agent
      .post('/articles/a1/claims/s1/verdict')
      .type('form')
      .send({ _csrf: csrfToken, status: 'verified' })
      .expect(303);
    expect(res.headers.location).toMatch(/^\/login/);
    expect(await store.listVerdicts('a1')).toEqual([]);
    expect((await agent.get('/').expect(200)).text).toContain('<a href="/login">Log in</a>');
  });
});

describe('Basic auth', () => {
  it('Basic auth › credentials of an unknown reviewer › 401 even on a read', async () => {
    const { app } = await makeApp();

    const res = await request(app)
      .get('/api/articles')
      .set('Authorization', `Basic ${Buffer.from('mallory:whatever').toString('base64')}`)
      .expect(401);

    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('Basic auth › not a Basic header › 401', async () => {
    const { app } = await makeApp();

    await request(app).get('/api/articles').set('Authorization', 'Bearer abc').expect(401);
  });
});
