// Server configuration, parsed once at start: command-line flags win over environment
// variables, which win over defaults. Problems are reported all at once in plain words.
import path from 'node:path';
import { z } from 'zod';

// 0 asks the OS for any free port (used by tests).
const portSchema = z.coerce.number().int().min(0).max(65535);

export const configSchema = z.object({
  port: portSchema.default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  dataDir: z.string().min(1).default('./data'),
  /** postgres://… to use PostgreSQL; unset means SQLite in the data folder. */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Comma-separated base64 server keys, newest first. Unset: a key file in the data folder. */
  secretKeys: z.string().min(1).optional(),
  /** The app's public origin (https://kinbridge.example.org); derived from the request when unset. */
  publicOrigin: z.url().optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  sessionTtlHours: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  /** Requests per minute per client address on the sign-up and log-in routes. */
  authRateLimit: z.coerce.number().int().min(1).max(100_000).default(10),
  trustProxy: z.stringbool().default(false),
  /** Folder with the built web app; unset: packages/web/dist. */
  webDist: z.string().optional(),
  llmUrl: z.url().optional(),
  llmModel: z.string().optional(),
  llmApiKey: z.string().optional(),
  llmTimeoutMs: z.coerce.number().int().min(100).max(120_000).default(8000),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

/** Environment variable names, also the README's configuration table. */
export const envNames: Record<keyof Config, string> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'KINBRIDGE_DATA',
  databaseUrl: 'DATABASE_URL',
  secretKeys: 'KINBRIDGE_SECRET_KEY',
  publicOrigin: 'KINBRIDGE_ORIGIN',
  logLevel: 'LOG_LEVEL',
  sessionTtlHours: 'KINBRIDGE_SESSION_TTL_HOURS',
  authRateLimit: 'KINBRIDGE_AUTH_RATE_LIMIT',
  trustProxy: 'KINBRIDGE_TRUST_PROXY',
  webDist: 'KINBRIDGE_WEB_DIST',
  llmUrl: 'KINBRIDGE_LLM_URL',
  llmModel: 'KINBRIDGE_LLM_MODEL',
  llmApiKey: 'KINBRIDGE_LLM_API_KEY',
  llmTimeoutMs: 'KINBRIDGE_LLM_TIMEOUT_MS',
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

export function loadConfig(flags: Partial<Record<keyof Config, unknown>>, env: Record<string, string | undefined>): ConfigResult {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(envNames) as (keyof Config)[]) {
    const fromEnv = env[envNames[key]];
    const value = flags[key] ?? (fromEnv === '' ? undefined : fromEnv);
    if (value !== undefined) merged[key] = value;
  }
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const key = issue.path[0] as keyof Config | undefined;
      const where = key ? `${key} (${envNames[key]})` : 'config';
      return `${where}: ${issue.message}`;
    });
    return { ok: false, errors };
  }
  return { ok: true, config: { ...parsed.data, dataDir: path.resolve(parsed.data.dataDir) } };
}
