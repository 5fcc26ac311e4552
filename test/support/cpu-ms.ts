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
