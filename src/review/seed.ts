import { DEFAULT_SOURCES } from '../analysis/default-sources.js';
import type { Store } from '../storage/store.js';

/** A new database starts with the shipped source registry; reviewers' own sources are never overwritten. */
export async function ensureDefaultSources(store: Store): Promise<void> {
  // Defaults shipped since the database was made join it; those already there keep the aliases reviewers gave them.
  const present = new Set((await store.listSources()).map((source) => source.id));
  for (const source of DEFAULT_SOURCES) if (!present.has(source.id)) await store.saveSource(source);
}
