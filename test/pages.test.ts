import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analysis/analyze.js';
import { listClaims } from '../src/analysis/claims.js';
import { fixtureArticle } from './fixtures.js';
import { basicAuth, logIn, makeApp } from './helpers.js';

const TEXT = 'Treaty ratified\n\nThe treaty takes effect soon, KCNA said.';

/** The HTML of one claim's list item on the review page. */
function claimHtml(page: string, claimId: string): string {
  const start = page.indexOf(`<li id="${claimId}"`);
  if (start < 0) throw new Error(`no claim ${claimId} on the page`);
  return page.slice(start, page.indexOf('\n    </li>', start));
}

describe('GET /', () => {
  it('GET / › no articles › invites an import', async () => {
    const { app } = await makeApp();

    const res = await request(app).get('/').expect(200);

    expect(res.type).toBe('text/html');
    expect(res.text).toContain('No articles yet.');
  });

  it('GET / › an article with one claim reviewed › lists it with its progress', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));
    await request(app)
      .put('/api/articles/a1/claims/s2/verdict')
      .set('Authorization', basicAuth())
      .send({ status: 'unverifiable' })
      .expect(200);

    const res = await request(app).get('/').expect(200);

    expect(res.text).toContain('<a href="/articles/a1">Treaty with Russia ratified</a>');
    expect(res.text).toContain('1 / 4 claims reviewed');
  });

  it('GET / › any page › CSP allows only this site’s scripts', async () => {
    const { app } = await makeApp();

    const res = await request(app).get('/').expect(200);

    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });
});

describe('/articles/new', () => {
  it('GET /articles/new › anonymous › redirected to log in', async () => {
    const { app } = await makeApp();

    const res = await request(app).get('/articles/new').expect(303);

    expect(res.headers.location).toBe('/login?next=%2Farticles%2Fnew');
  });

  it('GET /articles/new › logged in › the paste form, and a hidden upload form for JavaScript', async () => {
    const { app } = await makeApp();
    const { agent } = await logIn(app);

    const res = await agent.get('/articles/new').expect(200);

    expect(res.text).toContain('<textarea id="text" name="text"');
    expect(res.text).toContain('<section class="upload" id="upload" hidden>');
    expect(res.text).toContain('<script type="module" src="/new-article.js"></script>');
  });

  it('POST /articles › pasted text › redirects to the new review page', async () => {
    const { app, store } = await makeApp();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/articles')
      .type('form')
      .send({ _csrf: csrfToken, title: 'Pasted', text: TEXT })
      .expect(303);

    const [article] = await store.listArticles();
    expect(res.headers.location).toBe(`/articles/${article?.id}`);
    const page = await agent.get(res.headers.location as string).expect(200);
    expect(page.text).toContain('<h1>Pasted</h1>');
  });

  it('POST /articles › blank text › 400 with the form again, the title kept, nothing stored', async () => {
    const { app, store } = await makeApp();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/articles')
      .type('form')
      .send({ _csrf: csrfToken, title: 'Kept <b>', text: '  ' })
      .expect(400);

    expect(res.text).toContain('The text must not be empty.');
    expect(res.text).toContain('value="Kept &lt;b&gt;"');
    expect(await store.listArticles()).toEqual([]);
  });

  it('POST /articles › no CSRF token › 403 page, nothing stored', async () => {
    const { app, store } = await makeApp();
    const { agent } = await logIn(app);

    const res = await agent.post('/articles').type('form').send({ text: TEXT }).expect(403);

    expect(res.type).toBe('text/html');
    expect(res.text).toContain('The form has expired');
    expect(await store.listArticles()).toEqual([]);
  });

  it('POST /articles › anonymous › redirected to log in, nothing stored', async () => {
    const { app, store } = await makeApp();

    const res = await request(app)
      .post('/articles')
      .set('Referer', 'http://example.test/articles/new')
      .type('form')
      .send({ text: TEXT })
      .expect(303);

    expect(res.headers.location).toMatch(/^\/login\?next=/);
    expect(await store.listArticles()).toEqual([]);
  });

  it('POST /articles › anonymous, Accept application/json › 401 JSON', async () => {
    const { app } = await makeApp();

    const res = await request(app).post('/articles').set('Accept', 'application/json').send({ text: TEXT }).expect(401);

    expect(res.body.error.code).toBe('unauthenticated');
  });
});

describe('GET /articles/:id', () => {
  it('GET /articles/:id › fixture › every claim in reading order, never byline or boilerplate', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));

    const res = await request(app).get('/articles/a1').expect(200);

    const ids = [...res.text.matchAll(/<li id="(s\d+)" class="claim/g)].map((match) => match[1]);
    expect(ids).toEqual(['s0', 's1', 's2', 's3']);
    expect(res.text).not.toContain('Follow us on WhatsApp');
    expect(res.text).not.toContain('<li id="s4"');
  });

  it('GET /articles/:id › attributed sentence › its source with type badge and cue', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));

    const page = (await request(app).get('/articles/a1').expect(200)).text;

    const claim = claimHtml(page, 's1');
    expect(claim).toContain('<a class="source-name" href="/sources#source-kcna">KCNA</a>');
    expect(claim).toContain('<span class="badge type-state-media">state media</span>');
    expect(claim).toContain('<span class="cue">“said”</span>');
  });

  it('GET /articles/:id › fixture › sums up the sources: claims per source, most-cited first, and the unsourced', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));

    const page = (await request(app).get('/articles/a1').expect(200)).text;
    const summary = page.slice(
      page.indexOf('<p class="source-summary">'),
      page.indexOf('</p>', page.indexOf('<p class="source-summary">')),
    );

    const entries = [
      ...summary.matchAll(/<a href="[^"]+">([^<]+)<\/a> <span class="summary-type">[^<]+<\/span> (\d+ claims?)/g),
    ].map((match) => `${match[1]}: ${match[2]}`);
    expect(entries).toEqual(['KCNA: 2 claims', 'Ukrainian officials: 1 claim']);
    expect(summary).toContain('2 claims with no source of their own');
  });

  it('GET /articles/:id › sentence with two sources › shows both', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));

    const claim = claimHtml((await request(app).get('/articles/a1')).text, 's3');

    expect(claim).toContain('<a class="source-name" href="/sources#source-ukraine-officials">Ukrainian officials</a>');
    expect(claim).toContain('<a class="source-name" href="/sources#source-kcna">KCNA</a>');
  });

  it('GET /articles/:id › body sentence with no attribution › the byline source, dimmed, and its flag', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));

    const claim = claimHtml((await request(app).get('/articles/a1')).text, 's2');

    expect(claim).toMatch(
      /<li class="source fallback"[^>]*>\s*<a class="source-name" href="\/sources#source-ap">AP<\/a>/,
    );
    expect(claim).toContain('<span class="flag-label">no agent</span> Who considers it so?');
  });

  it('GET /articles/:id › anonymous › no verdict forms, a log-in link', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));

    const res = await request(app).get('/articles/a1').expect(200);

    expect(res.text).not.toContain('<form method="post" action="/articles/a1/claims');
    expect(res.text).toContain('<a href="/login?next=%2Farticles%2Fa1">Log in</a> to mark claims.');
  });

  it('GET /articles/:id › logged in › a verdict form per claim, shortcuts and report links', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));
    const { agent } = await logIn(app);

    const res = await agent.get('/articles/a1').expect(200);

    expect(res.text.match(/<form method="post" action="\/articles\/a1\/claims\/s\d+\/verdict"/g)).toHaveLength(4);
    expect(res.text).toContain('<kbd>j</kbd><kbd>k</kbd></dt><dd>next / previous claim</dd>');
    for (const format of ['md', 'csv', 'json']) expect(res.text).toContain(`href="/articles/a1/report.${format}"`);
    expect(res.text).toContain('<script type="module" src="/review.js"></script>');
  });

  it('GET /articles/:id › text with a script tag › shown escaped, never run', async () => {
    const { app, store } = await makeApp();
    const article = fixtureArticle(
      'x1',
      [{ text: 'Officials said <script>alert(1)</script> was found.', role: 'body', paragraph: 0 }],
      'Title <script>alert(1)</script>',
    );
    await store.addArticle(article);

    const res = await request(app).get('/articles/x1').expect(200);

    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('Officials said &lt;script&gt;alert(1)&lt;/script&gt; was found.');
    expect(res.text).toContain('<h1>Title &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
  });

  it('GET /articles/:id › imported text with a script tag › escaped wherever it appears', async () => {
    const { app } = await makeApp();
    const text = 'Treaty <script>alert(1)</script> ratified\n\nThe <script>alert(1)</script> treaty, KCNA said.';
    const created = await request(app).post('/api/articles').set('Authorization', basicAuth()).send({ text });

    const res = await request(app).get(`/articles/${created.body.article.id}`).expect(200);

    expect(res.text).not.toContain('<script>alert(1)</script>');
    const claims = listClaims(analyzeArticle(text, []));
    if (claims.length > 0) expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each([
    ['text/html', 'text/html'],
    ['application/json', 'application/json'],
  ])('GET /articles/:id › unknown id, Accept %s › 404 in that format', async (accept, type) => {
    const { app } = await makeApp();

    const res = await request(app).get('/articles/nope').set('Accept', accept).expect(404);

    expect(res.type).toBe(type);
    expect(res.text).toContain('No article nope.');
  });
});

describe('POST /articles/:id/claims/:claimId/verdict', () => {
  async function loggedInWithArticle() {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));
    return { app, store, ...(await logIn(app)) };
  }

  it('POST verdict › plain form › redirects to the claim, which then shows the verdict', async () => {
    const { agent, csrfToken, store } = await loggedInWithArticle();

    const res = await agent
      .post('/articles/a1/claims/s1/verdict')
      .type('form')
      .send({ _csrf: csrfToken, status: 'verified', note: 'Checked against KCNA' })
      .expect(303);

    expect(res.headers.location).toBe('/articles/a1#s1');
    const claim = claimHtml((await agent.get('/articles/a1').expect(200)).text, 's1');
    expect(claim).toContain('class="claim role-body status-verified');
    expect(claim).toMatch(/value="verified" class="choice choice-verified" aria-pressed="true"/);
    expect(claim).toContain('value="Checked against KCNA"');
    expect(claim).toContain('by alice,');
    expect(await store.listAudit('a1')).toHaveLength(1);
  });

  it('POST verdict › unknown status › 400 page naming the field, nothing stored', async () => {
    const { agent, csrfToken, store } = await loggedInWithArticle();

    const res = await agent
      .post('/articles/a1/claims/s1/verdict')
      .type('form')
      .send({ _csrf: csrfToken, status: 'probably' })
      .expect(400);

    expect(res.text).toContain('<code>status</code> must be one of');
    expect(await store.listVerdicts('a1')).toEqual([]);
  });

  it('POST verdict › unknown claim › 404 page', async () => {
    const { agent, csrfToken } = await loggedInWithArticle();

    const res = await agent
      .post('/articles/a1/claims/s42/verdict')
      .type('form')
      .send({ _csrf: csrfToken, status: 'verified' })
      .expect(404);

    expect(res.text).toContain('Article a1 has no claim s42.');
  });

  it('POST verdict › anonymous › redirected to log in and back to the article, nothing stored', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a1'));

    const res = await request(app)
      .post('/articles/a1/claims/s1/verdict')
      .set('Host', 'desk.test')
      .set('Referer', 'http://desk.test/articles/a1')
      .type('form')
      .send({ status: 'verified' })
      .expect(303);

    expect(res.headers.location).toBe('/login?next=%2Farticles%2Fa1');
    expect(await store.listVerdicts('a1')).toEqual([]);
  });
});
