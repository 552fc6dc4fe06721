/** Plain-text tables for the benchmark's printout (also pasted into the README as is). */

/**
 * Aligns rows under a header: text left, numbers right, columns two spaces apart.
 * @example formatTable(['size', 'ms'], [['1 000', '12.3']]) //=> 'size   ms\n-----  ----\n1 000  12.3'
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-−–\d]/.test(r[i] ?? '')));
  const line = (cells: readonly string[], isHeader: boolean): string =>
    cells
      .map((c, i) => (numeric[i] && !isHeader ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header, true), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(r, false))].join('\n');
}

/** 100000 → "100 000" (thin grouping readable in any language). */
export function formatInt(n: number): string {
  return Number.isFinite(n)
    ? Math.round(n)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
    : '–';
}

/** Milliseconds with sensible precision. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return ms >= 100 ? formatInt(ms) : ms.toFixed(1);
}

export function formatRatio(r: number | null): string {
  return r === null || !Number.isFinite(r) ? '–' : `${r.toFixed(2)}×`;
}

export function formatKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
