import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../../test/fixtures.js';
import { createMemoryStore } from '../storage/memory-store.js';
import { decideVerdict, setVerdict, type VerdictRequest } from './set-verdict.js';
import type { VerdictRecord } from './verdict.js';

const NOW = new Date('2026-02-01T10:00:00.000Z');

function request(overrides: Partial<VerdictRequest> = {}): VerdictRequest {
  return { articleId: 'a1', claimId: 's1', status: 'verified', note: '', ...overrides };
}

function verdict(overrides: Partial<VerdictRecord> = {}): VerdictRecord {
  return {
    articleId: 'a1',
    claimId: 's1',
    status: 'verified',
    note: '',
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: 'bob',
    ...overrides,
  };
}

describe('decideVerdict', () => {
  it('decideVerdict › same status › writes no audit row', () => {
    expect(decideVerdict(verdict(), request(), 'alice', NOW)).toBeNull();
  });

  it('decideVerdict › unreviewed on a never-marked claim › changes nothing', () => {
    expect(decideVerdict(null, request({ status: 'unreviewed' }), 'alice', NOW)).toBeNull();
  });

  it('decideVerdict › first mark › audits unreviewed to the new status and who', () => {
    const change = decideVerdict(null, request({ status: 'disputed', note: 'KCNA only' }), 'alice', NOW);

    expect(change?.verdict).toEqual({
      articleId: 'a1',
      claimId: 's1',
      status: 'disputed',
      note: 'KCNA only',
      updatedAt: NOW.toISOString(),
      updatedBy: 'alice',
    });
    expect(change?.audit).toEqual({
      articleId: 'a1',
      claimId: 's1',
      from: 'unreviewed',
      to: 'disputed',
      fromNote: '',
      note: 'KCNA only',
      by: 'alice',
      at: NOW.toISOString(),
    });
  });

  it('decideVerdict › other status › audits the old and the new status', () => {
    const change = decideVerdict(verdict({ status: 'verified' }), request({ status: 'unverifiable' }), 'alice', NOW);

    expect(change?.audit).toMatchObject({ from: 'verified', to: 'unverifiable', by: 'alice' });
  });

  it('decideVerdict › same status, new note › records the note change', () => {
    const change = decideVerdict(verdict({ note: 'old' }), request({ note: 'new' }), 'alice', NOW);

    expect(change?.verdict.note).toBe('new');
    expect(change?.audit).toMatchObject({ from: 'verified', to: 'verified', fromNote: 'old', note: 'new' });
  });

  it('decideVerdict › note omitted › keeps the current note', () => {
    const change = decideVerdict(
      verdict({ note: 'keep me' }),
      request({ status: 'disputed', note: undefined }),
      'al',
      NOW,
    );

    expect(change?.verdict.note).toBe('keep me');
  });

  it('decideVerdict › same status and note omitted › writes no audit row', () => {
    expect(decideVerdict(verdict({ note: 'n' }), request({ note: undefined }), 'alice', NOW)).toBeNull();
  });
});

describe('setVerdict', () => {
  async function storeWithArticle() {
    const store = createMemoryStore();
    await store.addArticle(fixtureArticle('a1'));
    return store;
  }

  it('setVerdict › claim of the article › stores the verdict and one audit row', async () => {
    const store = await storeWithArticle();

    const saved = await setVerdict(store, request({ claimId: 's1', status: 'verified' }), 'alice');

    expect(saved).toMatchObject({ claimId: 's1', status: 'verified', updatedBy: 'alice' });
    expect(await store.listVerdicts('a1')).toHaveLength(1);
    expect(await store.listAudit('a1')).toHaveLength(1);
  });

  it('setVerdict › same status twice › writes no second audit row', async () => {
    const store = await storeWithArticle();

    await setVerdict(store, request(), 'alice');
    await setVerdict(store, request(), 'bob');

    expect(await store.listAudit('a1')).toHaveLength(1);
    expect((await store.listVerdicts('a1'))[0]?.updatedBy).toBe('alice');
  });

  it('setVerdict › unknown article › throws not_found', async () => {
    const store = await storeWithArticle();

    await expect(setVerdict(store, request({ articleId: 'nope' }), 'alice')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it.each([
    ['a byline sentence', 's4'],
    ['boilerplate', 's5'],
    ['a sentence that does not exist', 's99'],
    ['a malformed id', 'x'],
  ])('setVerdict › claim id of %s › throws not_found and stores nothing', async (_case, claimId) => {
    const store = await storeWithArticle();

    await expect(setVerdict(store, request({ claimId }), 'alice')).rejects.toMatchObject({ code: 'not_found' });
    expect(await store.listVerdicts('a1')).toEqual([]);
    expect(await store.listAudit('a1')).toEqual([]);
  });
});
