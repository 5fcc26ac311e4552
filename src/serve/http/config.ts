/**
 * Server configuration: one JSON file validated by a zod schema plus `DATELINE_*`
 * environment overrides (STACK.md "config: no library"). Safety defaults are closed:
 * no token means writes are refused; private addresses are refused unless allowed.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../../errors.ts';

const MIB = 1024 * 1024;

export const ServeConfigSchema = z.strictObject({
  /** Bearer token for write endpoints (`POST /ingest`). Absent: writes answer 403. */
  token: z.string().min(16).optional(),
  /** Let `/extract {url}` and `/ingest` reach private/loopback addresses (trusted intranets only). */
  allowPrivate: z.boolean().default(false),
  /** Largest request body accepted (HTML posted to /extract, JSON), in bytes. */
  maxBodyBytes: z
    .number()
    .int()
    .positive()
    .default(2 * MIB),
  /** Largest page fetched for /extract or /ingest, in bytes after gunzip. */
  maxPageBytes: z
    .number()
    .int()
    .positive()
    .default(5 * MIB),
  /** Budget for one URL fetch (all redirect hops), in milliseconds. */
  fetchTimeoutMs: z.number().int().positive().default(15_000),
  /** CPU budget for extracting one posted or fetched page (`POST /extract`, worker threads), in ms. */
  extractTimeoutMs: z.number().int().positive().default(5000),
  /** Worker threads extracting `POST /extract` pages. */
  extractThreads: z.number().int().positive().max(64).default(1),
  /** Pages one ingest job stores at most (a job may ask for fewer). */
  maxIngestPages: z.number().int().positive().default(200),
  /** Spacing between two requests to one host during an ingest job, in milliseconds. */
  crawlDelayMs: z.number().int().nonnegative().default(1000),
});

export type ServeConfig = z.infer<typeof ServeConfigSchema>;

/** Defaults, with any field overridden (tests and the demo build configs this way). */
export function serveConfig(init: z.input<typeof ServeConfigSchema> = {}): ServeConfig {
  return ServeConfigSchema.parse(init);
}

/**
 * Reads the config file (when given) and applies the environment: `DATELINE_TOKEN`,
 * `DATELINE_ALLOW_PRIVATE=1`. A bad file is a broken contract (InputError).
 */
export function loadServeConfig(file: string | undefined, env: NodeJS.ProcessEnv = process.env): ServeConfig {
  let init: Record<string, unknown> = {};
  if (file !== undefined) {
    try {
      init = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new InputError(`Cannot read config "${file}": ${(error as Error).message}`, 'bad-config');
    }
  }
  if (env.DATELINE_TOKEN) init = { ...init, token: env.DATELINE_TOKEN };
  if (env.DATELINE_ALLOW_PRIVATE === '1') init = { ...init, allowPrivate: true };
  const parsed = ServeConfigSchema.safeParse(init);
  if (!parsed.success) {
    const where = file === undefined ? 'environment' : `"${file}"`;
    throw new InputError(`Cannot use config ${where}: ${z.prettifyError(parsed.error)}`, 'bad-config');
  }
  return parsed.data;
}
