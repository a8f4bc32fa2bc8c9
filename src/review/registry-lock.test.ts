import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store.js';
import { withRegistryLock } from './registry-lock.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('withRegistryLock', () => {
  it('withRegistryLock › two tasks on one store › the second starts after the first has finished', async () => {
    const store = createMemoryStore();
    const steps: string[] = [];

    await Promise.all([
      withRegistryLock(store, async () => {
        steps.push('first starts');
        await tick();
        steps.push('first ends');
      }),
      withRegistryLock(store, async () => {
        steps.push('second starts');
      }),
    ]);

    expect(steps).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('withRegistryLock › a task fails › its caller sees the failure, the next task still runs', async () => {
    const store = createMemoryStore();

    const failed = withRegistryLock(store, async () => {
      throw new Error('boom');
    });
    const next = withRegistryLock(store, async () => 'ran');

    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });

  it('withRegistryLock › two stores › neither waits for the other', async () => {
    const slow = createMemoryStore();
    const fast = createMemoryStore();
    const steps: string[] = [];

    await Promise.all([
      withRegistryLock(slow, async () => {
        await tick();
        steps.push('slow');
      }),
      withRegistryLock(fast, async () => {
        steps.push('fast');
      }),
    ]);

    expect(steps).toEqual(['fast', 'slow']);
  });
});
