import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../analysis/default-sources.js';
import { createMemoryStore } from '../storage/memory-store.js';
import { ensureDefaultSources } from './seed.js';

describe('ensureDefaultSources', () => {
  it('a new database › gets every shipped source', async () => {
    const store = createMemoryStore();
    await ensureDefaultSources(store);
    expect((await store.listSources()).map((source) => source.id).sort()).toEqual(
      DEFAULT_SOURCES.map((source) => source.id).sort(),
    );
  });

  it('an older database › gains the sources shipped since, and keeps the aliases reviewers added', async () => {
    const kcna = DEFAULT_SOURCES.find((source) => source.id === 'kcna');
    if (!kcna) throw new Error('the defaults have no KCNA');
    const edited = { ...kcna, aliases: [...kcna.aliases, 'the Pyongyang wire'] };
    const own = { id: 'desk-source', name: 'Desk source', type: 'person' as const, aliases: [] };
    const store = createMemoryStore();
    await store.saveSource(edited);
    await store.saveSource(own);

    await ensureDefaultSources(store);

    const sources = await store.listSources();
    expect(sources).toHaveLength(DEFAULT_SOURCES.length + 1);
    expect(sources.find((source) => source.id === 'kcna')?.aliases).toContain('the Pyongyang wire');
    expect(sources.find((source) => source.id === 'desk-source')).toEqual(own);
  });
});
