import { createDatabaseStore, type Database, emptyDatabase } from './database.js';
import type { Store } from './store.js';

/** A store that keeps everything in memory: for tests and for the CLI's throwaway analyses. */
export function createMemoryStore(initial: Partial<Database> = {}): Store {
  const data = { ...emptyDatabase(), ...structuredClone(initial) };
  return createDatabaseStore(data, async () => {});
}
