import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.js';
import type { Store, UserRecord } from '../storage/store.js';

const KEY_LENGTH = 64;
const SALT_BYTES = 16;
const FIRST_REVIEWER = 'admin';
export const MIN_PASSWORD_LENGTH = 8;

function deriveKey(password: string, salt: Buffer, options: ScryptOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * Hashes a password with scrypt and a random salt, as `salt:hash` in hex.
 *
 * @example await hashPassword('correct horse') // '9f1c…:4b2e…'
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

/** Checks a password against a `salt:hash` made by hashPassword, in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [saltHex, keyHex] = stored.split(':');
  if (!saltHex || !keyHex) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const actual = await deriveKey(password, Buffer.from(saltHex, 'hex'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

// Checked against when the name is unknown, so a wrong name takes as long as a wrong password.
const unknownUserHash = hashPassword(randomBytes(16).toString('hex'));

/** The reviewer with this name and password, or null when either is wrong. */
export async function authenticateReviewer(store: Store, name: string, password: string): Promise<UserRecord | null> {
  const user = await store.getUser(name);
  const matches = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
  return user && matches ? user : null;
}

/** Adds a reviewer; `invalid_input` when the name is taken or the password too short. */
export async function createReviewer(store: Store, name: string, password: string): Promise<UserRecord> {
  const fields: Record<string, string> = {};
  if (!/^[a-z0-9][a-z0-9._-]{0,39}$/i.test(name)) fields.name = 'must be 1–40 letters, digits, dots, dashes';
  else if (await store.getUser(name)) fields.name = 'is taken';
  if (password.length < MIN_PASSWORD_LENGTH) fields.password = `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (Object.keys(fields).length > 0) throw new AppError('invalid_input', 'The reviewer cannot be added.', fields);

  const user: UserRecord = { name, passwordHash: await hashPassword(password), createdAt: new Date().toISOString() };
  await store.addUser(user);
  return user;
}

export interface FirstReviewer {
  name: string;
  /** Set when no password was given and one was generated: the caller shows it once, it is stored only hashed. */
  generatedPassword: string | null;
}

/**
 * Makes sure someone can log in: when the store has no user, creates `admin` with `password`, or with a generated one
 * returned for the caller to show once. Returns null when there were users already.
 */
export async function ensureFirstReviewer(store: Store, password?: string): Promise<FirstReviewer | null> {
  if ((await store.countUsers()) > 0) return null;
  const chosen = password || randomBytes(12).toString('base64url');
  await createReviewer(store, FIRST_REVIEWER, chosen);
  return { name: FIRST_REVIEWER, generatedPassword: password ? null : chosen };
}
