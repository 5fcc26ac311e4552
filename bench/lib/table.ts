/** A plain-text table with right-aligned numeric-looking cells, for benchmark output. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const isNumeric = (cell: string) => /^[-+]?[\d.]+\s*[%×x]?$|^-$/.test(cell.trim());
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i > 0 && isNumeric(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `0.9123` → `0.912`; undefined or NaN → `-`. */
export function fmt3(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(3);
}

/** A share 0..1 as a percentage with one decimal: `0.522` → `52.2 %`. */
export function fmtPct(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '-' : `${(100 * value).toFixed(1)} %`;
}
