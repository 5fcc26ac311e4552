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

/**
 * CPU of `large` over CPU of `small`, each the least of `rounds` runs taken in turn. Taking
 * them in turn lets both sizes see the same spells of a busy machine: timed one size after
 * the other, the least of five runs of the larger was still 2–3× its usual cost in a run
 * that shared two cores with the rest of the test suite (CI, stop 23: 10.7× against a usual
 * 5.5× for 4× the quotes).
 */
export function leastCpuRatio(small: () => void, large: () => void, rounds = 8): number {
  let leastSmall = Number.POSITIVE_INFINITY;
  let leastLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    leastSmall = Math.min(leastSmall, cpuMs(small));
    leastLarge = Math.min(leastLarge, cpuMs(large));
  }
  return leastLarge / leastSmall;
}
