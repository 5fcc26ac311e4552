import type { CorpusName } from './corpus.ts';
import type { FloorsFile, Metrics } from './floors.ts';

export interface PinRequest {
  corpus: CorpusName;
  hash: string;
  stride: number;
  measured: Metrics;
  /** Allow floors to go down (requires `reason`). */
  lower: boolean;
  reason?: string;
  date: string;
}

export type PinResult =
  | { ok: true; file: FloorsFile; changed: boolean; summary: string }
  | { ok: false; error: string };

/** Floors are stored rounded DOWN to 4 decimals, so a re-run of the same code always passes. */
export function roundFloor(value: number): number {
  return Math.floor(value * 10_000) / 10_000;
}

function fmtMetrics(metrics: Metrics): string {
  return Object.entries(metrics)
    .map(([k, v]) => `${k} ${v.toFixed(4)}`)
    .join(', ');
}

/**
 * Pins one corpus' floors in a new FloorsFile (the input is not mutated). Floors only
 * go UP: a measured value below its floor refuses the whole pin unless `lower` and a
 * `reason` are given. A changed corpus hash also needs a reason, since the old floors
 * belong to another corpus. Every change is appended to `history`.
 */
export function pinFloors(file: FloorsFile, req: PinRequest): PinResult {
  const reason = req.reason?.trim();
  if (req.lower && !reason) return { ok: false, error: '--lower needs --reason "why the floors may drop"' };
  const next: Metrics = {};
  for (const [metric, value] of Object.entries(req.measured)) next[metric] = roundFloor(value);
  const old = file.floors[req.corpus] ?? null;
  const sameSet = file.corpusHash[req.corpus] === req.hash && file.stride[req.corpus] === req.stride;
  if (old && !sameSet && !reason) {
    return { ok: false, error: `${req.corpus}: corpus or gate stride changed; re-pin with --reason "…"` };
  }
  if (old && sameSet) {
    const drops = Object.entries(old).filter(([m, floor]) => (next[m] ?? Number.NEGATIVE_INFINITY) < floor);
    if (drops.length > 0 && !req.lower) {
      const list = drops.map(([m, floor]) => `${m} ${next[m]?.toFixed(4)} < floor ${floor.toFixed(4)}`);
      return {
        ok: false,
        error: `${req.corpus}: refusing to lower floors (${list.join('; ')}); pass --lower --reason "…"`,
      };
    }
    if (!req.lower) for (const [m, floor] of Object.entries(old)) next[m] = Math.max(next[m] ?? floor, floor);
  }
  const changed = !old || !sameSet || Object.entries(next).some(([m, v]) => old[m] !== v);
  if (!changed)
    return { ok: true, file, changed: false, summary: `${req.corpus}: unchanged (${fmtMetrics(next)})` };
  // The caller's reason is recorded where one is required (a drop, a new corpus or stride);
  // a plain raise records itself as such, so one --reason never mislabels another corpus.
  const needsReason = old !== null && (!sameSet || req.lower);
  const why = needsReason ? (reason ?? '') : defaultReason(old);
  const entry = { date: req.date, corpus: req.corpus, old, new: next, reason: why };
  return {
    ok: true,
    changed: true,
    summary: `${req.corpus}: ${old ? fmtMetrics(old) : 'none'} → ${fmtMetrics(next)}`,
    file: {
      ...file,
      corpusHash: { ...file.corpusHash, [req.corpus]: req.hash },
      stride: { ...file.stride, [req.corpus]: req.stride },
      floors: { ...file.floors, [req.corpus]: next },
      history: [...file.history, entry],
    },
  };
}

function defaultReason(old: Metrics | null): string {
  return old ? 'raised to the measured values' : 'first pin';
}
