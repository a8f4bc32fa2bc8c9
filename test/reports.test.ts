import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildSourcingReport } from '../src/analysis/report.js';
import { fixtureArticle } from './fixtures.js';
import { basicAuth, makeApp } from './helpers.js';

async function appWithVerdicts() {
  const { app, store } = await makeApp();
  await store.addArticle(fixtureArticle('a1'));
  await request(app)
    .put('/api/articles/a1/claims/s1/verdict')
    .set('Authorization', basicAuth())
    .send({ status: 'verified', note: 'Seen | on the wire' })
    .expect(200);
  await request(app)
    .put('/api/articles/a1/claims/s3/verdict')
    .set('Authorization', basicAuth())
    .send({ status: 'disputed' })
    .expect(200);
  return { app, store };
}

describe('GET /articles/:id/report.*', () => {
  it('GET report.md › article with verdicts › Markdown download with escaped cells', async () => {
    const { app } = await appWithVerdicts();

    const res = await request(app).get('/articles/a1/report.md').expect(200);

    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=treaty-with-russia-ratified-a1-sourcing.md');
    expect(res.text).toContain('# Sourcing report: Treaty with Russia ratified');
    expect(res.text).toContain(
      '| s1 | body | The treaty takes effect soon, KCNA said. | KCNA | state-media | said | verified | Seen \\| on the wire |',
    );
    expect(res.text).toContain('| disputed | 1 |');
  });

  it('GET report.csv › article with verdicts › CSV download, one row per claim', async () => {
    const { app } = await appWithVerdicts();

    const res = await request(app).get('/articles/a1/report.csv').expect(200);

    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=treaty-with-russia-ratified-a1-sourcing.csv');
    const lines = res.text.trimEnd().split('\n');
    expect(lines[0]).toBe('claim,role,text,sources,types,cues,verdict,note');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/^s3,body,.*,Ukrainian officials; KCNA,officials; state-media,.*,disputed,$/);
  });

  it('GET report.json › article with verdicts › the report object as a download', async () => {
    const { app, store } = await appWithVerdicts();

    const res = await request(app).get('/articles/a1/report.json').expect(200);

    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename=treaty-with-russia-ratified-a1-sourcing.json',
    );
    const article = await store.getArticle('a1');
    if (!article) throw new Error('fixture missing');
    expect(JSON.parse(res.text)).toEqual(buildSourcingReport(article, await store.listVerdicts('a1')));
    expect(JSON.parse(res.text).byVerdict).toEqual({ unreviewed: 2, verified: 1, disputed: 1, unverifiable: 0 });
  });

  it('GET report.md › title with no plain letters › file named after the id', async () => {
    const { app, store } = await makeApp();
    await store.addArticle(fixtureArticle('a2', undefined, '北朝鮮'));

    const res = await request(app).get('/articles/a2/report.md').expect(200);

    expect(res.headers['content-disposition']).toBe('attachment; filename=a2-sourcing.md');
  });

  it.each(['md', 'csv', 'json'])('GET report.%s › unknown article › 404', async (format) => {
    const { app } = await makeApp();

    const res = await request(app).get(`/articles/nope/report.${format}`).set('Accept', 'application/json');

    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
