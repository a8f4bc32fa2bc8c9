import { readFileSync } from 'node:fs';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { htmlToArticleText } from '../src/analysis/html-article.js';
import { basicAuth, logIn, makeApp } from './helpers.js';

/** A hand-written news page with navigation, byline, a Reuters photo, KCNA claims, a "Read more" list and a footer. */
const PAGE = readFileSync(new URL('./fixtures/news-page.html', import.meta.url), 'utf8');
const STORY = htmlToArticleText(PAGE).text;
const HEADLINE = 'North Korea tests engine for new long-range drone, state media says';
const CHROME = ['alert(1)', 'Skip to content', 'About us', 'All rights reserved', 'Kim visits drone factory'];

interface ClaimJson {
  role: string;
  text: string;
  sources: Array<{ sourceId: string | null; name: string }>;
}

describe('POST /api/articles/upload › HTML', () => {
  it.each([
    ['story.html', 'text/html'],
    ['story.HTM', 'text/html; charset=utf-8'],
    ['story.html', 'application/xhtml+xml'],
  ])('upload › %s sent as %s › 201, the story’s text stored, then readable', async (filename, type) => {
    const { app } = await makeApp();

    const res = await request(app)
      .post(`/api/articles/upload?filename=${filename}`)
      .set('Authorization', basicAuth())
      .set('Content-Type', type)
      .send(Buffer.from(PAGE))
      .expect(201);

    expect(res.body.article).toMatchObject({ title: HEADLINE, text: STORY });
    const { article } = (await request(app).get(`/api/articles/${res.body.article.id}`).expect(200)).body;
    expect(article.text).toBe(STORY);
    for (const chrome of CHROME) expect(article.text).not.toContain(chrome);
  });

  it('upload › a news page › headline, Reuters caption and KCNA claims on the article', async () => {
    const { app, store } = await makeApp();
    await store.saveSource({ id: 'kcna', name: 'KCNA', type: 'state-media', aliases: [] });
    await store.saveSource({ id: 'reuters', name: 'Reuters', type: 'wire-service', aliases: [] });

    const res = await request(app)
      .post('/api/articles/upload?filename=story.html')
      .set('Authorization', basicAuth())
      .set('Content-Type', 'text/html')
      .send(Buffer.from(PAGE))
      .expect(201);

    const { article } = (await request(app).get(`/api/articles/${res.body.article.id}`).expect(200)).body;
    const claims: ClaimJson[] = article.claims;
    expect(claims[0]).toMatchObject({ role: 'headline', text: HEADLINE });
    expect(claims.find((claim) => claim.role === 'caption')?.sources).toMatchObject([{ sourceId: 'reuters' }]);
    const kcna = claims.filter((claim) => claim.sources.some((source) => source.sourceId === 'kcna'));
    expect(kcna.map((claim) => claim.role)).toEqual(['body', 'body']);
  });

  it('upload › a .txt file holding HTML › kept as the text it is', async () => {
    const { app } = await makeApp();
    const text = 'Markup explained\n\nA <p> tag starts a paragraph, the guide said.';

    const res = await request(app)
      .post('/api/articles/upload?filename=notes.txt')
      .set('Authorization', basicAuth())
      .set('Content-Type', 'text/plain')
      .send(text)
      .expect(201);

    expect((await request(app).get(`/api/articles/${res.body.article.id}`)).body.article.text).toBe(text);
  });

  it('upload › a page with no article text › 400 on the text, nothing stored', async () => {
    const { app } = await makeApp();

    const res = await request(app)
      .post('/api/articles/upload?filename=empty.html')
      .set('Authorization', basicAuth())
      .set('Content-Type', 'text/html')
      .send('<html><body><nav>Home</nav><script>alert(1)</script></body></html>')
      .expect(400);

    expect(res.body.error).toMatchObject({ code: 'invalid_input', fields: { text: 'has no article text' } });
    expect((await request(app).get('/api/articles')).body.articles).toEqual([]);
  });

  it('upload › an .html name sent as an image › 400 naming the types, Accept text/html › the error page', async () => {
    const { app } = await makeApp();

    const res = await request(app)
      .post('/api/articles/upload?filename=story.html')
      .set('Authorization', basicAuth())
      .set('Content-Type', 'image/png')
      .set('Accept', 'text/html')
      .send(Buffer.from(PAGE))
      .expect(400);

    expect(res.type).toBe('text/html');
    expect(res.text).toContain('Only .txt, .md and .html files can be imported.');
    expect(res.text).toContain('text/html');
  });

  it('upload › no credentials › 401, nothing stored', async () => {
    const { app } = await makeApp();

    await request(app)
      .post('/api/articles/upload?filename=story.html')
      .set('Content-Type', 'text/html')
      .send(PAGE)
      .expect(401);

    expect((await request(app).get('/api/articles')).body.articles).toEqual([]);
  });
});

describe('POST /api/articles › HTML as text', () => {
  it('POST /api/articles › a page’s HTML as text › 201 with the story’s text, then listed and readable', async () => {
    const { app } = await makeApp();

    const res = await request(app)
      .post('/api/articles')
      .set('Authorization', basicAuth())
      .send({ text: PAGE })
      .expect(201);

    expect(res.body.article).toMatchObject({ title: HEADLINE, text: STORY });
    const again = await request(app).get(`/api/articles/${res.body.article.id}`).expect(200);
    expect(again.body.article).toEqual(res.body.article);
    const list = await request(app).get('/api/articles').expect(200);
    expect(list.body.articles).toMatchObject([{ id: res.body.article.id, title: HEADLINE }]);
  });

  it('POST /api/articles › a page with no article text › 400, nothing stored', async () => {
    const { app } = await makeApp();

    const res = await request(app)
      .post('/api/articles')
      .set('Authorization', basicAuth())
      .send({ text: '<!doctype html><html><body><footer>© 2026</footer></body></html>' })
      .expect(400);

    expect(res.body.error.fields).toEqual({ text: 'has no article text' });
    expect((await request(app).get('/api/articles')).body.articles).toEqual([]);
  });
});

describe('POST /articles › HTML pasted into the form', () => {
  it('POST /articles › a pasted page › redirects to a review page of the story, without the page chrome', async () => {
    const { app } = await makeApp();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent.post('/articles').type('form').send({ _csrf: csrfToken, text: PAGE }).expect(303);

    const page = (await agent.get(res.headers.location as string).expect(200)).text;
    expect(page).toContain(`<h1>${HEADLINE}</h1>`);
    expect(page).toContain('Kim Jong Un watches an engine test');
    expect(page).toContain('KCNA said on Wednesday');
    for (const chrome of CHROME) expect(page).not.toContain(chrome);
  });

  it('POST /articles › a pasted page with no text › 400 with the form again, nothing stored', async () => {
    const { app, store } = await makeApp();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/articles')
      .type('form')
      .send({ _csrf: csrfToken, text: '<html><body><nav>Home</nav></body></html>' })
      .expect(400);

    expect(res.text).toContain('The text has no article text.');
    expect(res.text).toContain('&lt;nav&gt;Home&lt;/nav&gt;');
    expect(await store.listArticles()).toEqual([]);
  });
});
