import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DB_FILE: z.string().min(1).default('db.json'),
  /** Signs session cookies; without it a random one is made at start (sessions then end on restart). */
  SESSION_SECRET: z.string().min(16).optional(),
  /** Password of the first reviewer, `admin`, made when there is none; without it one is generated and logged once. */
  ADMIN_PASSWORD: z.string().min(8).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT: z.coerce.number().int().positive().default(2_000_000),
});

export type Config = z.infer<typeof schema>;

/** Reads the configuration from the environment: the only reader of process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`invalid configuration: ${reasons}`);
  }
  return parsed.data;
}
