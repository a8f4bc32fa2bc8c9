import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VerdictRecord } from '../src/review/verdict.js';
import type { Database } from '../src/storage/database.js';
import { openLowdbStore } from '../src/storage/lowdb-store.js';
import { createMemoryStore } from '../src/storage/memory-store.js';
import type { ArticleRecord, Store } from '../src/storage/store.js';

async function tempFile(name = 'db.json'): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'sourcedesk-store-')), name);
}

function article(id: string): ArticleRecord {
  return {
    id,
    title: `Article ${id}`,
    text: 'Rain fell.',
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'tester',
    analysis: { paragraphs: [], sentences: [], attributions: [], sources: [], bylineSourceId: null, title: 'x' },
  };
}

function verdict(claimId: string, status: VerdictRecord['status']): VerdictRecord {
  return { articleId: 'a1', claimId, status, note: '', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'tester' };
}

/** Sets a verdict the way the review rules do: one audit row per change. */
function setStatus(store: Store, claimId: string, status: VerdictRecord['status']) {
  return store.updateVerdict('a1', claimId, (current) => ({
    verdict: verdict(claimId, status),
    audit: {
      articleId: 'a1',
      claimId,
      from: current?.status ?? 'unreviewed',
      to: status,
      fromNote: current?.note ?? '',
      note: '',
      by: 'tester',
      at: '2026-01-01T00:00:00.000Z',
    },
  }));
}

const adapters: Array<[string, () => Promise<Store>]> = [
  ['memory', async () => createMemoryStore()],
  ['lowdb', async () => openLowdbStore(await tempFile())],
];

describe.each(adapters)('%s store', (_name, open) => {
  it('getArticle › unknown id › returns null', async () => {
    const store = await open();
    expect(await store.getArticle('nope')).toBeNull();
  });

  it('addArticle › then getArticle › returns it', async () => {
    const store = await open();
    await store.addArticle(article('a1'));
    expect((await store.getArticle('a1'))?.title).toBe('Article a1');
    expect(await store.listArticles()).toHaveLength(1);
  });

  it('updateVerdict › decision returns null › stores nothing', async () => {
    const store = await open();
    const result = await store.updateVerdict('a1', 's1', () => null);
    expect(result).toBeNull();
    expect(await store.listVerdicts('a1')).toEqual([]);
    expect(await store.listAudit('a1')).toEqual([]);
  });

  it('updateVerdict › second change › sees the first as current', async () => {
    const store = await open();
    await setStatus(store, 's1', 'verified');
    await setStatus(store, 's1', 'disputed');
    expect((await store.listVerdicts('a1')).map((v) => v.status)).toEqual(['disputed']);
    expect((await store.listAudit('a1')).map((row) => `${row.from}->${row.to}`)).toEqual([
      'unreviewed->verified',
      'verified->disputed',
    ]);
  });

  it('saveSource › same id twice › replaces the record', async () => {
    const store = await open();
    await store.saveSource({ id: 'kcna', name: 'KCNA', type: 'state-media', aliases: [] });
    await store.saveSource({ id: 'kcna', name: 'KCNA', type: 'state-media', aliases: ['the north’s state media'] });
    expect(await store.listSources()).toEqual([
      { id: 'kcna', name: 'KCNA', type: 'state-media', aliases: ['the north’s state media'] },
    ]);
  });
});

describe('lowdb store', () => {
  it('1,000 concurrent verdicts › all settle › every one is in the file', async () => {
    const file = await tempFile();
    const store = await openLowdbStore(file);
    const claims = Array.from({ length: 1000 }, (_, i) => `s${i}`);

    await Promise.all(claims.map((claimId, i) => setStatus(store, claimId, i % 2 ? 'verified' : 'disputed')));

    const saved = JSON.parse(await readFile(file, 'utf8')) as Database;
    expect(saved.verdicts).toHaveLength(1000);
    expect(saved.audit).toHaveLength(1000);
    expect(new Set(saved.verdicts.map((v) => v.claimId))).toEqual(new Set(claims));
    expect(saved.verdicts.find((v) => v.claimId === 's7')?.status).toBe('verified');
  });

  it('openLowdbStore › missing file › creates an empty database', async () => {
    const file = await tempFile();
    await openLowdbStore(file);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      articles: [],
      verdicts: [],
      audit: [],
      sources: [],
      users: [],
    });
  });

  it('openLowdbStore › file is not JSON › rejects naming the file and leaves it untouched', async () => {
    const file = await tempFile('broken.json');
    await writeFile(file, '{"articles": [');
    await expect(openLowdbStore(file)).rejects.toThrow(/broken\.json is not a valid sourcedesk database/);
    expect(await readFile(file, 'utf8')).toBe('{"articles": [');
  });

  it('openLowdbStore › same path twice › shares one instance', async () => {
    const file = await tempFile();
    expect(await openLowdbStore(file)).toBe(await openLowdbStore(file));
  });
});
