/**
 * Background jobs of one server (ingest runs): an explicit board created with the app —
 * not module state — so each `createApp()` (and each test) has its own. A job's progress
 * is plain data the `GET /jobs/:id` route returns as is.
 */
import { randomUUID } from 'node:crypto';
import { describeError } from '../../errors.ts';

export type JobStatus = 'running' | 'done' | 'failed';

export interface JobProgress {
  /** Pages fetched and handed to extraction. */
  pages: number;
  /** Articles newly stored or updated. */
  stored: number;
  /** Pages that were already in the store (same URL and content, or same content elsewhere). */
  unchanged: number;
  /** URLs that failed (robots, HTTP error, refused address, type, size) or pages that did not extract. */
  failed: number;
  /** Feeds and sitemaps read. */
  listings: number;
}

export interface Job {
  id: string;
  kind: 'ingest';
  target: string;
  status: JobStatus;
  progress: JobProgress;
  startedAt: string;
  finishedAt?: string;
  error?: string;
  /** The last few failures, newest last, so a user sees why a URL was skipped. */
  lastErrors: string[];
}

/** Failures kept on a job for display. */
const LAST_ERRORS = 5;
/** Jobs remembered; past this the oldest finished ones are forgotten (a long-running server stays bounded). */
const MAX_JOBS = 1000;

function forgetOldest(jobs: Map<string, Job>): void {
  for (const [id, job] of jobs) {
    if (jobs.size <= MAX_JOBS) return;
    if (job.status !== 'running') jobs.delete(id);
  }
}

/** What a running job may do to its own record. */
export interface JobHandle {
  update(change: (progress: JobProgress) => JobProgress): void;
  fail(reason: string): void;
  signal: AbortSignal;
}

export interface JobBoard {
  start(target: string, run: (handle: JobHandle) => Promise<void>): Job;
  get(id: string): Job | undefined;
  /** Aborts running jobs and waits for them (server shutdown, test teardown). */
  close(): Promise<void>;
}

function newJob(target: string): Job {
  return {
    id: randomUUID(),
    kind: 'ingest',
    target,
    status: 'running',
    progress: { pages: 0, stored: 0, unchanged: 0, failed: 0, listings: 0 },
    startedAt: new Date().toISOString(),
    lastErrors: [],
  };
}

export function createJobBoard(): JobBoard {
  const jobs = new Map<string, Job>();
  const running = new Set<Promise<void>>();
  const stop = new AbortController();
  const replace = (id: string, change: (job: Job) => Job) => {
    const job = jobs.get(id);
    if (job) jobs.set(id, change(job));
  };
  return {
    start(target, run) {
      const job = newJob(target);
      jobs.set(job.id, job);
      forgetOldest(jobs);
      const handle: JobHandle = {
        update: (change) => replace(job.id, (j) => ({ ...j, progress: change(j.progress) })),
        fail: (reason) =>
          replace(job.id, (j) => ({ ...j, lastErrors: [...j.lastErrors, reason].slice(-LAST_ERRORS) })),
        signal: stop.signal,
      };
      const finish = (status: JobStatus, error?: string) =>
        replace(job.id, (j) => ({
          ...j,
          status,
          finishedAt: new Date().toISOString(),
          ...(error ? { error } : {}),
        }));
      const promise = run(handle).then(
        () => finish('done'),
        (error: unknown) => finish('failed', describeError(error)),
      );
      running.add(promise);
      void promise.finally(() => running.delete(promise));
      return job;
    },
    get: (id) => jobs.get(id),
    async close() {
      stop.abort();
      await Promise.all(running);
    },
  };
}
