import { DEFAULT_SOURCES } from '../analysis/default-sources.js';
import type { Store } from '../storage/store.js';

/** A new database starts with the shipped source registry; reviewers' own sources are never overwritten. */
export async function ensureDefaultSources(store: Store): Promise<void> {
  if ((await store.listSources()).length > 0) return;
  for (const source of DEFAULT_SOURCES) await store.saveSource(source);
}
