import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../../test/fixtures.js';
import { analyzeArticle } from '../analysis/analyze.js';
import type { SourceRecord } from '../analysis/types.js';
import { createMemoryStore } from '../storage/memory-store.js';
import type { Store } from '../storage/store.js';
import { importArticle } from './import-article.js';
import { addAlias, addSource, citationsOfAllArticles, reanalyzeAll, reanalyzeArticle } from './sources.js';

const KCNA: SourceRecord = { id: 'kcna', name: 'KCNA', type: 'state-media', aliases: ['Korean Central News Agency'] };
const FAO: SourceRecord = { id: 'fao', name: 'Federal Agricultural Office', type: 'government', aliases: [] };
const FOO_STORY =
  'Grain exports stall\n\nThe harvest fell by a third this year, the Foo Agency said.\n\nPrices will rise, KCNA said.';

async function storeWith(sources: SourceRecord[] = [KCNA, FAO]): Promise<Store> {
  const store = createMemoryStore();
  for (const source of sources) await store.saveSource(source);
  return store;
}

/** The source id each attribution of the article resolves to, in order. */
async function resolvedIds(store: Store, articleId: string): Promise<Array<string | null>> {
  const article = await store.getArticle(articleId);
  return article?.analysis.attributions.map((attribution) => attribution.sourceId) ?? [];
}

describe('addSource', () => {
  it('addSource › name, type and aliases › stored with an id from the name, trimmed, aliases once each', async () => {
    const store = await storeWith();

    const source = await addSource(store, {
      name: '  Foo Agency (Seoul) ',
      type: 'wire-service',
      aliases: [' FA ', 'fa', 'Foo Agency (Seoul)', 'the Foo wire'],
    });

    expect(source).toEqual({
      id: 'foo-agency-seoul',
      name: 'Foo Agency (Seoul)',
      type: 'wire-service',
      aliases: ['FA', 'the Foo wire'],
    });
    expect(await store.listSources()).toContainEqual(source);
  });

  it('addSource › no aliases › an empty list', async () => {
    const source = await addSource(await storeWith(), { name: 'Rodong Sinmun', type: 'state-media' });

    expect(source.aliases).toEqual([]);
  });

  it.each([
    ['an id already taken', 'Federal-Agricultural-Office!', 'federal-agricultural-office-2'],
    ['accents', 'Agence Française', 'agence-francaise'],
    ['no letters a slug can keep', '—', 'source'],
    ['letters of another script', '조선중앙통신', '조선중앙통신'],
  ])('addSource › a name with %s › a unique id %s', async (_case, name, id) => {
    const store = await storeWith([{ ...FAO, id: 'federal-agricultural-office' }]);

    expect((await addSource(store, { name, type: 'organisation' })).id).toBe(id);
  });

  it('addSource › id taken twice › the next free number', async () => {
    const store = await storeWith([
      { ...FAO, id: 'foo', name: 'Foo One' },
      { ...FAO, id: 'foo-2', name: 'Foo Two' },
    ]);

    expect((await addSource(store, { name: 'Foo', type: 'person' })).id).toBe('foo-3');
  });

  it.each([
    ['a blank name', { name: '  ', type: 'person' }, { name: 'must not be empty' }],
    ['no name', { type: 'person' }, { name: 'is required' }],
    ['a name too long', { name: 'n'.repeat(201), type: 'person' }, { name: 'must be at most 200 characters' }],
    ['an unknown type', { name: 'Foo', type: 'blog' }, { type: expect.stringMatching(/^must be one of state-media/) }],
    ['aliases not a list', { name: 'Foo', type: 'person', aliases: 'FA' }, { aliases: 'must be a list of names' }],
    ['a blank alias', { name: 'Foo', type: 'person', aliases: ['FA', ' '] }, { 'aliases.1': 'must not be empty' }],
  ])('addSource › %s › invalid_input naming the field, nothing stored', async (_case, input, fields) => {
    const store = await storeWith();

    // Input from outside the type system, as a request body is.
    await expect(addSource(store, input as never)).rejects.toMatchObject({ code: 'invalid_input', fields });
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });

  it.each([
    ['its name is another source’s name', { name: 'the KCNA', type: 'state-media' as const }, 'name'],
    ['its name is another source’s alias', { name: 'Korean Central News Agency', type: 'person' as const }, 'name'],
    ['an alias is another source’s', { name: 'Foo', type: 'person' as const, aliases: ['kcna'] }, 'aliases'],
  ])('addSource › %s › conflict naming the other source, nothing stored', async (_case, input, field) => {
    const store = await storeWith();

    const refusal = addSource(store, input);

    await expect(refusal).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('the source KCNA (kcna)'),
      fields: { [field]: expect.stringContaining('already names the source KCNA (kcna)') },
    });
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });

  it('addSource › a source the articles mention › they are re-analysed and resolve to it', async () => {
    const store = await storeWith([KCNA]);
    const article = await importArticle(store, { text: FOO_STORY }, 'alice');
    expect(await resolvedIds(store, article.id)).toEqual(['mention:foo-agency', 'kcna']);

    const source = await addSource(store, { name: 'Foo Agency', type: 'government' });

    expect(await resolvedIds(store, article.id)).toEqual([source.id, 'kcna']);
  });
});

describe('addAlias', () => {
  it('addAlias › new alias › trimmed and stored, the source returned', async () => {
    const store = await storeWith();

    const source = await addAlias(store, 'kcna', '  Pyongyang’s news agency ');

    expect(source).toEqual({ ...KCNA, aliases: ['Korean Central News Agency', 'Pyongyang’s news agency'] });
    expect((await store.listSources()).find((s) => s.id === 'kcna')).toEqual(source);
  });

  it('addAlias › "the Foo Agency said" resolved to a mention › after the alias it resolves to the registry', async () => {
    const store = await storeWith();
    const article = await importArticle(store, { text: FOO_STORY }, 'alice');
    expect(await resolvedIds(store, article.id)).toEqual(['mention:foo-agency', 'kcna']);

    await addAlias(store, 'fao', 'Foo Agency');

    expect(await resolvedIds(store, article.id)).toEqual(['fao', 'kcna']);
    const stored = await store.getArticle(article.id);
    expect(stored?.analysis.sources.map((source) => source.id)).toEqual(['fao', 'kcna']);
    expect(stored?.text).toBe(FOO_STORY);
  });

  it('addAlias › an alias of another source › conflict naming it, nothing changed', async () => {
    const store = await storeWith();

    await expect(addAlias(store, 'fao', 'the Korean Central News Agency')).rejects.toMatchObject({
      code: 'conflict',
      message: '“the Korean Central News Agency” already names the source KCNA (kcna).',
      fields: { alias: 'already names the source KCNA (kcna)' },
    });
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });

  it('addAlias › a name the source already has › changes nothing, re-analyses nothing', async () => {
    const store = await storeWith();
    const article = await importArticle(store, { text: FOO_STORY }, 'alice');
    let saves = 0;
    const counting: Store = {
      ...store,
      saveAnalysis: (...args) => {
        saves += 1;
        return store.saveAnalysis(...args);
      },
    };

    const source = await addAlias(counting, 'kcna', 'korean central news agency');

    expect(source).toEqual(KCNA);
    expect(saves).toBe(0);
    expect(await resolvedIds(store, article.id)).toEqual(['mention:foo-agency', 'kcna']);
  });

  it('addAlias › unknown source › not_found', async () => {
    await expect(addAlias(await storeWith(), 'nope', 'Foo')).rejects.toMatchObject({ code: 'not_found' });
  });

  it.each([
    ['blank', ' \t ', 'must not be empty'],
    ['over 200 characters', 'a'.repeat(201), 'must be at most 200 characters'],
  ])('addAlias › %s › invalid_input on the alias, nothing stored', async (_case, alias, reason) => {
    const store = await storeWith();

    await expect(addAlias(store, 'kcna', alias)).rejects.toMatchObject({
      code: 'invalid_input',
      fields: { alias: reason },
    });
    expect(await store.listSources()).toEqual([KCNA, FAO]);
  });

  it('addAlias › the same alias for two sources at once › one gets it, the other a conflict', async () => {
    const store = await storeWith();

    const results = await Promise.allSettled([addAlias(store, 'kcna', 'Foo'), addAlias(store, 'fao', 'Foo')]);

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    const owners = (await store.listSources()).filter((source) => source.aliases.includes('Foo'));
    expect(owners.map((source) => source.id)).toEqual(['kcna']);
  });
});

describe('reanalyzeArticle', () => {
  it('reanalyzeArticle › registry changed › stores the new analysis and keeps the verdicts', async () => {
    const store = await storeWith([KCNA]);
    const article = await importArticle(store, { text: FOO_STORY }, 'alice');
    await store.updateVerdict(article.id, 's1', () => ({
      verdict: { articleId: article.id, claimId: 's1', status: 'disputed', note: 'n', updatedAt: 't', updatedBy: 'a' },
      audit: {
        articleId: article.id,
        claimId: 's1',
        from: 'unreviewed',
        to: 'disputed',
        fromNote: '',
        note: 'n',
        by: 'a',
        at: 't',
      },
    }));
    await store.saveSource({ ...FAO, aliases: ['Foo Agency'] });

    const analysis = await reanalyzeArticle(store, article.id);

    expect(analysis).toEqual(analyzeArticle(FOO_STORY, await store.listSources()));
    expect((await store.getArticle(article.id))?.analysis).toEqual(analysis);
    expect(await resolvedIds(store, article.id)).toEqual(['fao', 'kcna']);
    expect(await store.listVerdicts(article.id)).toMatchObject([{ claimId: 's1', status: 'disputed' }]);
    // A registry change moves no sentence: the verdict is still on the same one.
    expect(analysis.sentences.map((sentence) => sentence.start)).toEqual(
      article.analysis.sentences.map((sentence) => sentence.start),
    );
  });

  it('reanalyzeArticle › unknown article › not_found', async () => {
    await expect(reanalyzeArticle(await storeWith(), 'nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('reanalyzeAll', () => {
  it('reanalyzeAll › two articles › both re-analysed, the count returned', async () => {
    const store = await storeWith([KCNA]);
    const first = await importArticle(store, { text: FOO_STORY }, 'alice');
    const second = await importArticle(store, { text: FOO_STORY }, 'bob');
    await store.saveSource({ ...FAO, aliases: ['Foo Agency'] });

    expect(await reanalyzeAll(store)).toBe(2);

    expect(await resolvedIds(store, first.id)).toEqual(['fao', 'kcna']);
    expect(await resolvedIds(store, second.id)).toEqual(['fao', 'kcna']);
  });

  it('reanalyzeAll › no articles › 0', async () => {
    expect(await reanalyzeAll(await storeWith())).toBe(0);
  });
});

describe('citationsOfAllArticles', () => {
  it('citationsOfAllArticles › two fixture articles › claims and articles per source', async () => {
    const store = await storeWith();
    await store.addArticle(fixtureArticle('a1'));
    await store.addArticle(fixtureArticle('a2'));

    const citations = await citationsOfAllArticles(store);

    expect(citations.get('kcna')).toMatchObject({ claims: 4, articles: 2 });
  });
});
