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
 * CPU of `large` over CPU of `small`, each the least of `rounds` runs taken in turn. The least:
 * the process's CPU time also counts V8's compiler and GC threads, whose bursts would otherwise
 * be the ratio of runs a few milliseconds long. In turn: both sizes see the same spells of a
 * busy machine. Timed one size after the other, the least of five runs of the larger was
 * still 2–3× its usual cost when the two cores were shared with the rest of the test suite
 * (CI, stop 23: 10.7× against a usual 5.5× for 4× the quotes).
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
