import { resolve } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { createDatabaseStore, type Database, emptyDatabase } from './database.js';
import type { Store } from './store.js';

// Two Low instances on one file lose each other's writes, so each file gets exactly one.
const openStores = new Map<string, Promise<Store>>();

/**
 * Opens (creating when missing) the JSON database at `file`. A file that is not valid JSON is left untouched and
 * rejected with an error that names it.
 */
export function openLowdbStore(file: string): Promise<Store> {
  const path = resolve(file);
  let store = openStores.get(path);
  if (!store) {
    store = openFile(path);
    openStores.set(path, store);
    store.catch(() => openStores.delete(path));
  }
  return store;
}

async function openFile(path: string): Promise<Store> {
  const db = new Low<Database>(new JSONFile<Database>(path), emptyDatabase());
  try {
    await db.read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${path} is not a valid sourcedesk database (${reason}); fix or move the file, it was not changed`);
  }
  if (typeof db.data !== 'object' || db.data === null || Array.isArray(db.data)) {
    throw new Error(`${path} does not hold a JSON object; fix or move the file, it was not changed`);
  }
  db.data = { ...emptyDatabase(), ...db.data };
  const persist = batchWrites(() => db.write());
  await persist(); // creates the file when it was missing
  return createDatabaseStore(db.data, persist);
}

/**
 * Every lowdb write re-serialises the whole file, so changes made in the same turn of the event loop share one
 * write; each caller's promise settles when a write that includes its change has finished.
 */
function batchWrites(write: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    pending ??= new Promise<void>((done) => setImmediate(done)).then(() => {
      pending = null;
      return write();
    });
    return pending;
  };
}
