import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../src/analysis/types.js';
import { fixtureArticle } from './fixtures.js';
import { basicAuth, logIn, makeApp } from './helpers.js';

const KCNA: SourceRecord = { id: 'kcna', name: 'KCNA', type: 'state-media', aliases: ['Korean Central News Agency'] };
const FAO: SourceRecord = { id: 'fao', name: 'Federal Agricultural Office', type: 'government', aliases: [] };
const FOO_STORY =
  'Grain exports stall\n\nThe harvest fell by a third this year, the Foo Agency said.\n\nPrices will rise, KCNA said.';

/** An app whose registry holds KCNA and FAO, with one article citing KCNA twice (the fixture). */
async function appWithRegistry() {
  const made = await makeApp();
  await made.store.saveSource(KCNA);
  await made.store.saveSource(FAO);
  await made.store.addArticle(fixtureArticle('a1'));
  return made;
}

/** Imports the Foo Agency story through the API; returns its id. */
async function importFooStory(app: Parameters<typeof request>[0]): Promise<string> {
  const res = await request(app).post('/api/articles').set('Authorization', basicAuth()).send({ text: FOO_STORY });
  return res.body.article.id;
}

/** The HTML of one row of a /sources table. */
function rowHtml(page: string, anchor: string): string {
  const start = page.indexOf(`<tr id="${anchor}">`);
  if (start < 0) throw new Error(`no row ${anchor} on the page`);
  return page.slice(start, page.indexOf('</tr>', start));
}

describe('GET /sources', () => {
  it('GET /sources › anonymous › each source with its type, aliases and claim count; no forms', async () => {
    const { app } = await appWithRegistry();

    const res = await request(app).get('/sources').expect(200);

    expect(res.type).toBe('text/html');
    const kcna = rowHtml(res.text, 'source-kcna');
    expect(kcna).toContain('<span class="source-name">KCNA</span>');
    expect(kcna).toContain('<span class="badge type-state-media">state media</span>');
    expect(kcna).toContain('<li>Korean Central News Agency</li>');
    expect(kcna).toContain('2 claims in 1 article');
    expect(rowHtml(res.text, 'source-fao')).toContain('no claims');
    expect(res.text).toContain('<a href="/login?next=%2Fsources">Log in</a> to add sources and aliases.');
    expect(res.text).not.toContain('<form method="post" action="/sources');
  });

  it('GET /sources › most-cited first › KCNA before the uncited FAO', async () => {
    const { app } = await appWithRegistry();

    const res = await request(app).get('/sources').expect(200);

    expect(res.text.indexOf('id="source-kcna"')).toBeLessThan(res.text.indexOf('id="source-fao"'));
  });

  it('GET /sources › a mention the registry lacks › listed apart with its claims', async () => {
    const { app } = await appWithRegistry();
    await importFooStory(app);

    const res = await request(app).get('/sources').expect(200);

    expect(res.text).toContain('Cited, not in the registry');
    expect(rowHtml(res.text, 'source-mention-foo-agency')).toContain('1 claim in 1 article');
  });

  it('GET /sources › logged in › alias forms, the new-source form and add buttons, all with the CSRF token', async () => {
    const { app } = await appWithRegistry();
    await importFooStory(app);
    const { agent, csrfToken } = await logIn(app);

    const res = await agent.get('/sources').expect(200);

    expect(rowHtml(res.text, 'source-kcna')).toContain('<form method="post" action="/sources/kcna/aliases"');
    expect(res.text).toContain('<form method="post" action="/sources" class="stack">');
    expect(res.text).toContain('<option value="intelligence">intelligence</option>');
    expect(rowHtml(res.text, 'source-mention-foo-agency')).toContain(
      '<a href="/sources?name=Foo+Agency&amp;type=organisation#new-source">Add to the registry…</a>',
    );
    const forms = res.text.match(/<form method="post"/g) ?? [];
    const tokens = res.text.match(new RegExp(`name="_csrf" value="${csrfToken}"`, 'g')) ?? [];
    // Every form, the header's log-out form too, carries the token.
    expect(tokens.length).toBe(forms.length);
  });

  it('GET /sources › name and type in the query › the new-source form filled in with them', async () => {
    const { app } = await appWithRegistry();
    const { agent } = await logIn(app);

    const res = await agent.get('/sources?name=Foo+%3Cb%3E&type=person').expect(200);

    expect(res.text).toContain(
      '<input id="name" name="name" type="text" maxlength="200" required value="Foo &lt;b&gt;">',
    );
    expect(res.text).toContain('<option value="person" selected>person</option>');
  });

  it('GET /sources › any page › the header links to it', async () => {
    const { app } = await makeApp();

    const res = await request(app).get('/').expect(200);

    expect(res.text).toContain('<a href="/sources">Sources</a>');
  });
});

describe('POST /sources', () => {
  it('POST /sources › valid form › redirects to its row, which then shows it; articles re-analysed', async () => {
    const { app, store } = await appWithRegistry();
    const articleId = await importFooStory(app);
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/sources')
      .type('form')
      .send({ _csrf: csrfToken, name: 'Foo Agency', type: 'government', aliases: 'FA\n\n  Foo  \n' })
      .expect(303);

    expect(res.headers.location).toBe('/sources#source-foo-agency');
    const row = rowHtml((await agent.get('/sources').expect(200)).text, 'source-foo-agency');
    expect(row).toContain('<span class="badge type-government">government</span>');
    expect(row).toContain('<li>FA</li>');
    expect(row).toContain('<li>Foo</li>');
    expect(row).toContain('1 claim in 1 article');
    const article = await store.getArticle(articleId);
    expect(article?.analysis.attributions.map((a) => a.sourceId)).toEqual(['foo-agency', 'kcna']);
  });

  it('POST /sources › blank name and no type › 400 with the form again, what was typed kept, nothing stored', async () => {
    const { app, store } = await appWithRegistry();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/sources')
      .type('form')
      .send({ _csrf: csrfToken, name: '  ', type: '', aliases: 'Kept <b>' })
      .expect(400);

    expect(res.text).toContain('The name must not be empty.');
    expect(res.text).toContain('The type must be one of state-media');
    expect(res.text).toContain('>Kept &lt;b&gt;</textarea>');
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });

  it('POST /sources › an alias too long › 400 naming the alias', async () => {
    const { app } = await appWithRegistry();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/sources')
      .type('form')
      .send({ _csrf: csrfToken, name: 'Foo', type: 'person', aliases: `ok\n${'a'.repeat(201)}` })
      .expect(400);

    expect(res.text).toContain('An alias must be at most 200 characters.');
  });

  it('POST /sources › a name another source has › 409 with the form again naming it, nothing stored', async () => {
    const { app, store } = await appWithRegistry();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/sources')
      .type('form')
      .send({ _csrf: csrfToken, name: 'Korean Central News Agency', type: 'state-media' })
      .expect(409);

    expect(res.text).toContain('The name already names the source KCNA (kcna).');
    expect(res.text).toContain('value="Korean Central News Agency"');
    expect(res.text).toMatch(/<option value="state-media" selected>/);
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });

  it('POST /sources › no CSRF token › 403 page, nothing stored', async () => {
    const { app, store } = await appWithRegistry();
    const { agent } = await logIn(app);

    const res = await agent.post('/sources').type('form').send({ name: 'Foo', type: 'person' }).expect(403);

    expect(res.text).toContain('The form has expired');
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });

  it('POST /sources › anonymous › redirected to log in; as JSON › 401; nothing stored', async () => {
    const { app, store } = await appWithRegistry();

    const html = await request(app).post('/sources').type('form').send({ name: 'Foo', type: 'person' }).expect(303);
    const json = await request(app)
      .post('/sources')
      .set('Accept', 'application/json')
      .send({ name: 'Foo', type: 'person' })
      .expect(401);

    expect(html.headers.location).toMatch(/^\/login\?next=/);
    expect(json.body.error.code).toBe('unauthenticated');
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });
});

describe('POST /sources/:id/aliases', () => {
  it('POST alias › new alias › redirects to the row; the row and the re-analysed review page show it', async () => {
    const { app } = await appWithRegistry();
    const articleId = await importFooStory(app);
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/sources/fao/aliases')
      .type('form')
      .send({ _csrf: csrfToken, alias: 'Foo Agency' })
      .expect(303);

    expect(res.headers.location).toBe('/sources#source-fao');
    const page = (await agent.get('/sources').expect(200)).text;
    expect(rowHtml(page, 'source-fao')).toContain('<li>Foo Agency</li>');
    expect(rowHtml(page, 'source-fao')).toContain('1 claim in 1 article');
    expect(page).not.toContain('id="source-mention-foo-agency"');
    const review = (await agent.get(`/articles/${articleId}`).expect(200)).text;
    expect(review).toContain('<a class="source-name" href="/sources#source-fao">Federal Agricultural Office</a>');
  });

  it('POST alias › an alias of another source › 409 page naming it beside the form, the value kept', async () => {
    const { app, store } = await appWithRegistry();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/sources/fao/aliases')
      .type('form')
      .send({ _csrf: csrfToken, alias: 'KCNA' })
      .expect(409);

    const row = rowHtml(res.text, 'source-fao');
    expect(row).toContain('The alias already names the source KCNA (kcna).');
    expect(row).toContain('value="KCNA"');
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });

  it('POST alias › blank › 400 page beside the form, nothing stored', async () => {
    const { app, store } = await appWithRegistry();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/sources/fao/aliases')
      .type('form')
      .send({ _csrf: csrfToken, alias: ' ' })
      .expect(400);

    expect(rowHtml(res.text, 'source-fao')).toContain('The alias must not be empty.');
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });

  it('POST alias › unknown source › 404 page', async () => {
    const { app } = await appWithRegistry();
    const { agent, csrfToken } = await logIn(app);

    const res = await agent
      .post('/sources/nope/aliases')
      .type('form')
      .send({ _csrf: csrfToken, alias: 'Foo' })
      .expect(404);

    expect(res.type).toBe('text/html');
    expect(res.text).toContain('No source nope.');
  });
});

describe('GET /api/sources', () => {
  it('GET /api/sources › registry and an unregistered mention › each with its claims', async () => {
    const { app } = await appWithRegistry();
    await importFooStory(app);

    const res = await request(app).get('/api/sources').expect(200);

    expect(res.body).toEqual({
      sources: [
        { ...KCNA, claims: 3, articles: 2, url: '/api/sources/kcna' },
        { ...FAO, claims: 0, articles: 0, url: '/api/sources/fao' },
      ],
      // The fixture cites a source the registry lacks too.
      unregistered: [
        { id: 'mention:foo-agency', name: 'Foo Agency', type: 'organisation', claims: 1, articles: 1 },
        { id: 'ukraine-officials', name: 'Ukrainian officials', type: 'officials', claims: 1, articles: 1 },
      ],
    });
  });

  it('GET /api/sources/:id › known › the source', async () => {
    const { app } = await appWithRegistry();

    const res = await request(app).get('/api/sources/kcna').expect(200);

    expect(res.body.source).toEqual({ ...KCNA, claims: 2, articles: 1, url: '/api/sources/kcna' });
  });

  it.each([
    ['application/json', 'application/json'],
    ['text/html', 'text/html'],
  ])('GET /api/sources/:id › unknown, Accept %s › 404 in that format', async (accept, type) => {
    const { app } = await appWithRegistry();

    const res = await request(app).get('/api/sources/nope').set('Accept', accept).expect(404);

    expect(res.type).toBe(type);
    expect(res.text).toContain('No source nope.');
  });
});

describe('POST /api/sources', () => {
  it('POST /api/sources › Basic auth › 201 with the source, then readable, listed, and the articles re-analysed', async () => {
    const { app } = await appWithRegistry();
    const articleId = await importFooStory(app);

    const res = await request(app)
      .post('/api/sources')
      .set('Authorization', basicAuth())
      .send({ name: 'Foo Agency', type: 'government', aliases: ['FA'] })
      .expect(201);

    const source = { id: 'foo-agency', name: 'Foo Agency', type: 'government', aliases: ['FA'] };
    expect(res.body.source).toEqual({ ...source, claims: 1, articles: 1, url: '/api/sources/foo-agency' });
    expect(res.headers.location).toBe('/api/sources/foo-agency');
    expect((await request(app).get('/api/sources/foo-agency').expect(200)).body.source).toEqual(res.body.source);
    const list = (await request(app).get('/api/sources').expect(200)).body;
    expect(list.sources.map((s: SourceRecord) => s.id)).toEqual(['kcna', 'fao', 'foo-agency']);
    expect(list.unregistered.map((mention: { id: string }) => mention.id)).not.toContain('mention:foo-agency');
    const { article } = (await request(app).get(`/api/articles/${articleId}`).expect(200)).body;
    expect(article.claims[1].sources).toMatchObject([{ sourceId: 'foo-agency', name: 'Foo Agency' }]);
  });

  it.each([
    ['no name', { type: 'person' }, { name: 'is required' }],
    ['a blank name', { name: ' ', type: 'person' }, { name: 'must not be empty' }],
    ['an unknown type', { name: 'Foo', type: 'blog' }, { type: expect.stringMatching(/^must be one of /) }],
    ['aliases not a list', { name: 'Foo', type: 'person', aliases: 'FA' }, { aliases: 'must be a list of names' }],
    [
      'an alias too long',
      { name: 'Foo', type: 'person', aliases: ['a'.repeat(201)] },
      { 'aliases.0': 'must be at most 200 characters' },
    ],
  ])('POST /api/sources › %s › 400 naming the field, nothing stored', async (_case, body, fields) => {
    const { app } = await appWithRegistry();

    const res = await request(app).post('/api/sources').set('Authorization', basicAuth()).send(body).expect(400);

    expect(res.body).toEqual({ error: { code: 'invalid_input', message: expect.any(String), fields } });
    expect((await request(app).get('/api/sources')).body.sources).toHaveLength(2);
  });

  it('POST /api/sources › an alias another source has › 409 naming it, nothing stored', async () => {
    const { app } = await appWithRegistry();

    const res = await request(app)
      .post('/api/sources')
      .set('Authorization', basicAuth())
      .send({ name: 'Foo', type: 'person', aliases: ['the KCNA'] })
      .expect(409);

    expect(res.body.error).toMatchObject({
      code: 'conflict',
      message: '“the KCNA” already names the source KCNA (kcna).',
    });
    expect((await request(app).get('/api/sources')).body.sources).toHaveLength(2);
  });

  it('POST /api/sources › no credentials › 401, nothing stored', async () => {
    const { app } = await appWithRegistry();

    const res = await request(app).post('/api/sources').send({ name: 'Foo', type: 'person' }).expect(401);

    expect(res.body.error.code).toBe('unauthenticated');
    expect((await request(app).get('/api/sources')).body.sources).toHaveLength(2);
  });

  it('POST /api/sources › session without the CSRF header › 403; with it › 201', async () => {
    const { app } = await appWithRegistry();
    const { agent, csrfToken } = await logIn(app);

    await agent.post('/api/sources').send({ name: 'Foo', type: 'person' }).expect(403);
    expect((await request(app).get('/api/sources')).body.sources).toHaveLength(2);
    await agent.post('/api/sources').set('X-CSRF-Token', csrfToken).send({ name: 'Foo', type: 'person' }).expect(201);

    await request(app).get('/api/sources/foo').expect(200);
  });
});

describe('POST /api/sources/:id/aliases', () => {
  it('POST alias › "the Foo Agency said" › 200 with the source; the article now cites the registry source', async () => {
    const { app } = await appWithRegistry();
    const articleId = await importFooStory(app);
    const before = (await request(app).get(`/api/articles/${articleId}`)).body.article;
    expect(before.claims[1].sources).toMatchObject([{ sourceId: 'mention:foo-agency' }]);

    const res = await request(app)
      .post('/api/sources/fao/aliases')
      .set('Authorization', basicAuth())
      .send({ alias: ' Foo Agency ' })
      .expect(200);

    expect(res.body.source).toEqual({
      ...FAO,
      aliases: ['Foo Agency'],
      claims: 1,
      articles: 1,
      url: '/api/sources/fao',
    });
    expect((await request(app).get('/api/sources/fao')).body.source).toEqual(res.body.source);
    const after = (await request(app).get(`/api/articles/${articleId}`)).body.article;
    expect(after.claims[1].sources).toMatchObject([{ sourceId: 'fao', name: 'Federal Agricultural Office' }]);
  });

  it('POST alias › verdicts on the article › kept through the re-analysis', async () => {
    const { app } = await appWithRegistry();
    const articleId = await importFooStory(app);
    await request(app)
      .put(`/api/articles/${articleId}/claims/s1/verdict`)
      .set('Authorization', basicAuth())
      .send({ status: 'disputed', note: 'Which agency?' })
      .expect(200);

    await request(app)
      .post('/api/sources/fao/aliases')
      .set('Authorization', basicAuth())
      .send({ alias: 'Foo Agency' })
      .expect(200);

    const { article } = (await request(app).get(`/api/articles/${articleId}`)).body;
    expect(article.claims[1].verdict).toMatchObject({ status: 'disputed', note: 'Which agency?' });
  });

  it.each([
    ['no alias', {}, { alias: 'is required' }],
    ['a blank alias', { alias: '  ' }, { alias: 'must not be empty' }],
    ['an alias too long', { alias: 'a'.repeat(201) }, { alias: 'must be at most 200 characters' }],
  ])('POST alias › %s › 400 naming the field, the source unchanged', async (_case, body, fields) => {
    const { app } = await appWithRegistry();

    const res = await request(app)
      .post('/api/sources/fao/aliases')
      .set('Authorization', basicAuth())
      .send(body)
      .expect(400);

    expect(res.body.error).toMatchObject({ code: 'invalid_input', fields });
    expect((await request(app).get('/api/sources/fao')).body.source.aliases).toEqual([]);
  });

  it('POST alias › an alias of another source › 409 naming it, the source unchanged', async () => {
    const { app } = await appWithRegistry();

    const res = await request(app)
      .post('/api/sources/fao/aliases')
      .set('Authorization', basicAuth())
      .send({ alias: 'Korean Central News Agency' })
      .expect(409);

    expect(res.body.error).toMatchObject({
      code: 'conflict',
      fields: { alias: 'already names the source KCNA (kcna)' },
    });
    expect((await request(app).get('/api/sources/fao')).body.source.aliases).toEqual([]);
  });

  it('POST alias › unknown source › 404', async () => {
    const { app } = await appWithRegistry();

    const res = await request(app)
      .post('/api/sources/nope/aliases')
      .set('Authorization', basicAuth())
      .send({ alias: 'Foo' })
      .expect(404);

    expect(res.body.error).toMatchObject({ code: 'not_found', message: 'No source nope.' });
  });

  it('POST alias › no credentials › 401, the source unchanged', async () => {
    const { app } = await appWithRegistry();

    await request(app).post('/api/sources/fao/aliases').send({ alias: 'Foo' }).expect(401);

    expect((await request(app).get('/api/sources/fao')).body.source.aliases).toEqual([]);
  });
});
