import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import type { FormatName } from '../../format/index.ts';
import type { InputKind } from '../../model.ts';
import { DEFAULT_OPTIONS } from '../../options.ts';

/** `extract` options after commander parsed and validated them. */
export interface ExtractCliOptions {
  /** Undefined: json for one input, jsonl for a batch. */
  format?: FormatName;
  from?: InputKind;
  url?: string;
  explain: boolean;
  /** `--no-structure`: datelines, credits and teasers are not read. */
  structure: boolean;
  /** `--no-enrich`: quotes, attributions, entities and dates are not read. */
  enrich: boolean;
  jobs: number;
  timeout: number;
  fetchTimeout: number;
  maxBytes: number;
  list?: string;
  progress: boolean;
}

export const DEFAULTS = {
  jobs: availableParallelism(),
  timeoutMs: DEFAULT_OPTIONS.timeoutMs,
  maxBytes: DEFAULT_OPTIONS.maxBytes,
  /** Whole-fetch budget for a URL; generous because slow news sites are common. */
  fetchTimeoutMs: 10_000,
} as const;

/** commander argument parser: a whole number ≥ `min` (no `1e3`, no `12ms`). */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`Expected a whole number, got "${value}".`);
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`Expected a number ≥ ${min}.`);
    return n;
  };
}

/** commander argument parser for `--url`: an absolute http(s) URL. */
export function absoluteUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // fall through to the error below
  }
  throw new InvalidArgumentError(`Expected an absolute http(s) URL, got "${value}".`);
}
