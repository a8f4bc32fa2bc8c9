import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store.js';
import { authenticateReviewer, createReviewer, ensureFirstReviewer, hashPassword, verifyPassword } from './users.js';

describe('users', () => {
  it('hashPassword › same password twice › different salts, both verify', async () => {
    const first = await hashPassword('correct horse');
    const second = await hashPassword('correct horse');

    expect(first).not.toBe(second);
    expect(first).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyPassword('correct horse', first)).toBe(true);
    expect(await verifyPassword('correct horse', second)).toBe(true);
  });

  it('verifyPassword › wrong password or malformed hash › false', async () => {
    const stored = await hashPassword('correct horse');

    expect(await verifyPassword('wrong horse', stored)).toBe(false);
    expect(await verifyPassword('correct horse', 'garbage')).toBe(false);
  });

  it('authenticateReviewer › right, wrong, unknown › the user only for the right password', async () => {
    const store = createMemoryStore();
    await createReviewer(store, 'alice', 'correct horse');

    expect((await authenticateReviewer(store, 'alice', 'correct horse'))?.name).toBe('alice');
    expect(await authenticateReviewer(store, 'alice', 'wrong horse')).toBeNull();
    expect(await authenticateReviewer(store, 'nobody', 'correct horse')).toBeNull();
  });

  it('createReviewer › taken name and short password › invalid_input naming both fields', async () => {
    const store = createMemoryStore();
    await createReviewer(store, 'alice', 'correct horse');

    await expect(createReviewer(store, 'alice', 'short')).rejects.toMatchObject({
      code: 'invalid_input',
      fields: { name: 'is taken', password: 'must be at least 8 characters' },
    });
  });

  it('ensureFirstReviewer › no users, a password › creates admin with it', async () => {
    const store = createMemoryStore();

    const first = await ensureFirstReviewer(store, 'admin-password');

    expect(first).toEqual({ name: 'admin', generatedPassword: null });
    expect(await authenticateReviewer(store, 'admin', 'admin-password')).not.toBeNull();
  });

  it('ensureFirstReviewer › no users, no password › generates one that works', async () => {
    const store = createMemoryStore();

    const first = await ensureFirstReviewer(store);

    expect(first?.generatedPassword).toMatch(/^.{16}$/);
    expect(await authenticateReviewer(store, 'admin', first?.generatedPassword ?? '')).not.toBeNull();
    expect(JSON.stringify(await store.getUser('admin'))).not.toContain(first?.generatedPassword);
  });

  it('ensureFirstReviewer › users exist › creates nobody', async () => {
    const store = createMemoryStore();
    await createReviewer(store, 'alice', 'correct horse');

    expect(await ensureFirstReviewer(store, 'admin-password')).toBeNull();
    expect(await store.countUsers()).toBe(1);
  });
});
