/**
 * CPU milliseconds (user + system) of one call, for scaling tests: they time two sizes in the
 * same run and assert only the ratio, never a duration (machines are shared and noisy).
 */
export function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The least CPU milliseconds of `times` runs: the process's CPU time also counts V8's compiler
 * and GC threads, whose bursts would otherwise be the ratio of runs a few milliseconds long.
 */
export function leastCpuMs(run: () => void, times = 3): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) least = Math.min(least, cpuMs(run));
  return least;
}
