import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { fixtureArticle } from './fixtures.js';
import { basicAuth, logIn, makeApp } from './helpers.js';

const TEXT = 'Treaty ratified\n\nThe treaty takes effect soon, KCNA said.';

describe('GET /api/articles', () => {
  it('GET /api/articles › empty store › an empty list', async () => {
    const { app } = await makeApp();

    const res = await request(app).get('/api/articles').expect(200);

    expect(res.body).toEqual({ articles: [] });
  });

  it('GET /api/articles › an article with one verdict › lists it with its progress', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));
    await request(app)
      .put('/api/articles/a1/claims/s1/verdict')
      .set('Authorization', basicAuth())
      .send({ status: 'verified' })
      .expect(200);

    const res = await request(app).get('/api/articles').expect(200);

    expect(res.body.articles).toEqual([
      {
        id: 'a1',
        title: 'Treaty with Russia ratified',
        createdAt: '2026-01-05T14:02:00.000Z',
        createdBy: 'tester',
        url: '/api/articles/a1',
        progress: { claims: 4, reviewed: 1 },
      },
    ]);
  });
});

describe('POST /api/articles', () => {
  it('POST /api/articles › Basic auth, valid text › 201 with the article, then listed and readable', async () => {
    const { app } = await makeApp();

    const res = await request(app)
      .post('/api/articles')
      .set('Authorization', basicAuth())
      .send({ title: 'My title', text: TEXT })
      .expect(201);

    const { article } = res.body;
    expect(article).toMatchObject({ title: 'My title', text: TEXT, createdBy: 'alice' });
    expect(res.headers.location).toBe(`/api/articles/${article.id}`);
    const again = await request(app).get(`/api/articles/${article.id}`).expect(200);
    expect(again.body.article).toEqual(article);
    const list = await request(app).get('/api/articles').expect(200);
    expect(list.body.articles.map((a: { id: string }) => a.id)).toEqual([article.id]);
  });

  it('POST /api/articles › no credentials › 401 JSON, nothing stored', async () => {
    const { app, store } = await makeApp();

    const res = await request(app).post('/api/articles').send({ text: TEXT }).expect(401);

    expect(res.body.error).toMatchObject({ code: 'unauthenticated' });
    expect(res.headers['www-authenticate']).toBeUndefined();
    expect(await store.listArticles()).toEqual([]);
  });

  it('POST /api/articles › wrong Basic password › 401, nothing stored', async () => {
    const { app, store } = await makeApp();

    const res = await request(app)
      .post('/api/articles')
      .set('Authorization', basicAuth('alice', 'wrong password'))
      .send({ text: TEXT })
      .expect(401);

    expect(res.body.error.code).toBe('unauthenticated');
    expect(await store.listArticles()).toEqual([]);
  });

  it.each([
    ['blank text', { text: '   ' }, { text: 'must not be empty' }],
    ['no text', { title: 'x' }, { text: 'is required' }],
    ['text not a string', { text: 42 }, { text: 'must be text' }],
    ['title too long', { title: 't'.repeat(301), text: TEXT }, { title: 'must be at most 300 characters' }],
  ])('POST /api/articles › %s › 400 naming the field, nothing stored', async (_case, body, fields) => {
    const { app } = await makeApp();

    const res = await request(app).post('/api/articles').set('Authorization', basicAuth()).send(body).expect(400);

    expect(res.body).toEqual({ error: { code: 'invalid_input', message: expect.any(String), fields } });
    expect((await request(app).get('/api/articles')).body.articles).toEqual([]);
  });

  it('POST /api/articles › malformed JSON › 400 on the body', async () => {
    const { app } = await makeApp();

    const res = await request(app)
      .post('/api/articles')
      .set('Authorization', basicAuth())
      .set('Content-Type', 'application/json')
      .send('{"text": ')
      .expect(400);

    expect(res.body.error).toMatchObject({ code: 'invalid_input', fields: { body: 'is not valid JSON' } });
  });

  it('POST /api/articles › body over the limit › 413, nothing stored', async () => {
    const { app, store } = await makeApp({ BODY_LIMIT: '2000' });

    const res = await request(app)
      .post('/api/articles')
      .set('Authorization', basicAuth())
      .send({ text: 'x'.repeat(5000) })
      .expect(413);

    expect(res.body.error.code).toBe('too_large');
    expect(await store.listArticles()).toEqual([]);
  });

  it('POST /api/articles › session cookie without the CSRF header › 403, nothing stored', async () => {
    const { app, store } = await makeApp();
    const { agent } = await logIn(app);

    const res = await agent.post('/api/articles').send({ text: TEXT }).expect(403);

    expect(res.body.error.code).toBe('forbidden');
    expect(await store.listArticles()).toEqual([]);
  });

  it('POST /api/articles › session cookie with the CSRF header › 201', async () => {
    const { app } = await makeApp();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent.post('/api/articles').set('X-CSRF-Token', csrfToken).send({ text: TEXT }).expect(201);

    await request(app).get(`/api/articles/${res.body.article.id}`).expect(200);
  });
});

describe('POST /api/articles/upload', () => {
  it('POST /api/articles/upload › a .md file › 201, stored with the file text', async () => {
    const { app } = await makeApp();

    const res = await request(app)
      .post('/api/articles/upload?filename=story.md')
      .set('Authorization', basicAuth())
      .set('Content-Type', 'text/markdown')
      .send(TEXT)
      .expect(201);

    const again = await request(app).get(`/api/articles/${res.body.article.id}`).expect(200);
    expect(again.body.article.text).toBe(TEXT);
  });

  it.each([
    [
      'a .pdf name',
      '/api/articles/upload?filename=story.pdf',
      'text/plain',
      { filename: 'must end in .txt, .md or .html' },
    ],
    ['no file name', '/api/articles/upload', 'text/plain', { filename: 'is required' }],
    [
      'an image type',
      '/api/articles/upload?filename=story.txt',
      'image/png',
      { file: expect.stringMatching(/text\/plain/) },
    ],
  ])('POST /api/articles/upload › %s › 400 naming the field, nothing stored', async (_case, url, type, fields) => {
    const { app, store } = await makeApp();

    const res = await request(app)
      .post(url)
      .set('Authorization', basicAuth())
      .set('Content-Type', type)
      .send(Buffer.from(TEXT))
      .expect(400);

    expect(res.body.error).toMatchObject({ code: 'invalid_input', fields });
    expect(await store.listArticles()).toEqual([]);
  });

  it('POST /api/articles/upload › bytes that are not UTF-8 › 400 on the file', async () => {
    const { app } = await makeApp();

    const res = await request(app)
      .post('/api/articles/upload?filename=story.txt')
      .set('Authorization', basicAuth())
      .set('Content-Type', 'text/plain')
      .send(Buffer.from([0x66, 0xff, 0xfe, 0x41]))
      .expect(400);

    expect(res.body.error.fields).toEqual({ file: 'must be UTF-8 text' });
  });

  it('POST /api/articles/upload › file over the limit › 413', async () => {
    const { app, store } = await makeApp({ BODY_LIMIT: '2000' });

    await request(app)
      .post('/api/articles/upload?filename=story.txt')
      .set('Authorization', basicAuth())
      .set('Content-Type', 'text/plain')
      .send('x'.repeat(5000))
      .expect(413);

    expect(await store.listArticles()).toEqual([]);
  });

  it('POST /api/articles/upload › no credentials › 401', async () => {
    const { app } = await makeApp();

    await request(app)
      .post('/api/articles/upload?filename=story.txt')
      .set('Content-Type', 'text/plain')
      .send(TEXT)
      .expect(401);
  });
});

describe('GET /api/articles/:id', () => {
  it('GET /api/articles/:id › fixture article › sentences, attributions, sources, verdicts and claims', async () => {
    const { app, store } = await makeApp();
    const fixture = fixtureArticle('a1');
    await store.addArticle(fixture);

    const { article } = (await request(app).get('/api/articles/a1').expect(200)).body;

    expect(article.sentences).toEqual(fixture.analysis.sentences);
    expect(article.attributions).toEqual(fixture.analysis.attributions);
    expect(article.sources).toEqual(fixture.analysis.sources);
    expect(article.verdicts).toEqual([]);
    expect(article.claims.map((claim: { id: string }) => claim.id)).toEqual(['s0', 's1', 's2', 's3']);
    expect(article.claims[1]).toMatchObject({
      text: 'The treaty takes effect soon, KCNA said.',
      sources: [{ name: 'KCNA', type: 'state-media', cue: 'said' }],
      verdict: { status: 'unreviewed', note: '' },
    });
  });

  it('GET /api/articles/:id › unknown id › 404 JSON', async () => {
    const { app } = await makeApp();

    const res = await request(app).get('/api/articles/nope').expect(404);

    expect(res.body.error).toMatchObject({ code: 'not_found', message: 'No article nope.' });
  });

  it('GET /api/articles/:id › unknown id, Accept text/html › 404 page', async () => {
    const { app } = await makeApp();

    const res = await request(app).get('/api/articles/nope').set('Accept', 'text/html').expect(404);

    expect(res.type).toBe('text/html');
    expect(res.text).toContain('No article nope.');
  });
});

describe('PUT /api/articles/:id/claims/:claimId/verdict', () => {
  async function appWithArticle(env: Record<string, string> = {}) {
    const made = await makeApp(env);
    await made.store.addArticle(fixtureArticle('a1'));
    return made;
  }

  it('PUT verdict › Basic auth › 200 with the verdict, then shown on the article and audited', async () => {
    const { app, store } = await appWithArticle();

    const res = await request(app)
      .put('/api/articles/a1/claims/s1/verdict')
      .set('Authorization', basicAuth())
      .send({ status: 'disputed', note: 'Only KCNA says so' })
      .expect(200);

    expect(res.body.verdict).toMatchObject({
      articleId: 'a1',
      claimId: 's1',
      status: 'disputed',
      note: 'Only KCNA says so',
      updatedBy: 'alice',
    });
    const { article } = (await request(app).get('/api/articles/a1').expect(200)).body;
    expect(article.claims[1].verdict).toEqual(res.body.verdict);
    expect(article.progress).toEqual({ claims: 4, reviewed: 1 });
    expect(await store.listAudit('a1')).toMatchObject([{ from: 'unreviewed', to: 'disputed', by: 'alice' }]);
  });

  it('PUT verdict › same status twice › 200 both times, one audit row', async () => {
    const { app, store } = await appWithArticle();
    const put = () =>
      request(app)
        .put('/api/articles/a1/claims/s2/verdict')
        .set('Authorization', basicAuth())
        .send({ status: 'verified' })
        .expect(200);

    await put();
    const second = await put();

    expect(second.body.verdict.status).toBe('verified');
    expect(await store.listAudit('a1')).toHaveLength(1);
  });

  it('PUT verdict › unreviewed on a never-marked claim › 200 unreviewed, nothing written', async () => {
    const { app, store } = await appWithArticle();

    const res = await request(app)
      .put('/api/articles/a1/claims/s0/verdict')
      .set('Authorization', basicAuth())
      .send({ status: 'unreviewed' })
      .expect(200);

    expect(res.body.verdict).toMatchObject({ claimId: 's0', status: 'unreviewed', updatedBy: null });
    expect(await store.listAudit('a1')).toEqual([]);
  });

  it.each([
    ['an unknown status', { status: 'true' }, 'status'],
    ['no status', { note: 'x' }, 'status'],
    ['a note too long', { status: 'verified', note: 'n'.repeat(2001) }, 'note'],
  ])('PUT verdict › %s › 400 naming the field, verdict unchanged', async (_case, body, field) => {
    const { app } = await appWithArticle();

    const res = await request(app)
      .put('/api/articles/a1/claims/s1/verdict')
      .set('Authorization', basicAuth())
      .send(body)
      .expect(400);

    expect(res.body.error.code).toBe('invalid_input');
    expect(Object.keys(res.body.error.fields)).toEqual([field]);
    const { article } = (await request(app).get('/api/articles/a1')).body;
    expect(article.verdicts).toEqual([]);
  });

  it('PUT verdict › invalid status, Accept text/html › 400 page naming the field', async () => {
    const { app } = await appWithArticle();

    const res = await request(app)
      .put('/api/articles/a1/claims/s1/verdict')
      .set('Authorization', basicAuth())
      .set('Accept', 'text/html')
      .send({ status: 'maybe' })
      .expect(400);

    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<code>status</code> must be one of unreviewed, verified, disputed, unverifiable');
  });

  it.each([
    ['an unknown article', '/api/articles/nope/claims/s1/verdict'],
    ['an unknown claim', '/api/articles/a1/claims/s99/verdict'],
    ['the byline', '/api/articles/a1/claims/s4/verdict'],
  ])('PUT verdict › %s › 404, nothing stored', async (_case, url) => {
    const { app, store } = await appWithArticle();

    const res = await request(app).put(url).set('Authorization', basicAuth()).send({ status: 'verified' }).expect(404);

    expect(res.body.error.code).toBe('not_found');
    expect(await store.listVerdicts('a1')).toEqual([]);
  });

  it('PUT verdict › no credentials › 401, nothing stored', async () => {
    const { app, store } = await appWithArticle();

    await request(app).put('/api/articles/a1/claims/s1/verdict').send({ status: 'verified' }).expect(401);

    expect(await store.listVerdicts('a1')).toEqual([]);
  });

  it('PUT verdict › session with the CSRF header › 200; without it › 403', async () => {
    const { app, store } = await appWithArticle();
    const { agent, csrfToken } = await logIn(app);

    await agent.put('/api/articles/a1/claims/s1/verdict').send({ status: 'verified' }).expect(403);
    expect(await store.listVerdicts('a1')).toEqual([]);
    await agent
      .put('/api/articles/a1/claims/s1/verdict')
      .set('X-CSRF-Token', csrfToken)
      .send({ status: 'verified' })
      .expect(200);

    const { article } = (await request(app).get('/api/articles/a1')).body;
    expect(article.claims[1].verdict.status).toBe('verified');
  });

  it('PUT verdict › body over the limit › 413', async () => {
    const { app } = await appWithArticle({ BODY_LIMIT: '500' });

    const res = await request(app)
      .put('/api/articles/a1/claims/s1/verdict')
      .set('Authorization', basicAuth())
      .send({ status: 'verified', note: 'n'.repeat(1000) })
      .expect(413);

    expect(res.body.error.code).toBe('too_large');
  });
});

describe('unknown routes', () => {
  it.each([
    ['application/json', /json/],
    ['text/html', /html/],
  ])('GET /nowhere › Accept %s › 404 in that format', async (accept, type) => {
    const { app } = await makeApp();

    const res = await request(app).get('/nowhere').set('Accept', accept).expect(404);

    expect(res.type).toMatch(type);
    expect(res.text).toContain('Nothing at /nowhere.');
  });
});
