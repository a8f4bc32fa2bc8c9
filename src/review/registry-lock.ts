import type { Store } from '../storage/store.js';

const queues = new WeakMap<Store, Promise<unknown>>();

/**
 * Runs `task` once every task queued before it on the same store has settled. Changes to the source registry and
 * the analyses made with it go through here, so an analysis never reads a registry half-way through a change (a
 * check for a taken alias and the save that follows it are one step, and an article imported during a re-analysis
 * is not left analysed with the old registry). One process, one queue: a desk runs one server.
 */
export function withRegistryLock<T>(store: Store, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(store) ?? Promise.resolve()).then(task);
  // A failed task must not hold up the ones after it; its caller sees the failure.
  queues.set(
    store,
    run.catch(() => {}),
  );
  return run;
}
