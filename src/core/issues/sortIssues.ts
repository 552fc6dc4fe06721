/** Orders issues the way a manager walks the workbook: sheet by sheet, top to bottom, left to right. */
import { parseRange } from '../a1/parseRange';
import type { Issue } from '../schema/report';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Sorts issues by the sheets' order, then row, then column, then severity; drops exact duplicates.
 * @example sortIssues([{ sheet: 'B', cell: 'A1', … }, { sheet: 'A', cell: 'C9', … }], ['A', 'B'])[0].sheet //=> 'A'
 */
export function sortIssues(issues: readonly Issue[], sheetOrder: readonly string[]): Issue[] {
  const order = new Map(sheetOrder.map((s, i) => [s, i]));
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.sheet}\u0000${i.cell}\u0000${i.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const pos = (i: Issue) => parseRange(i.cell) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  return unique.sort((a, b) => {
    const s = (order.get(a.sheet) ?? 1e9) - (order.get(b.sheet) ?? 1e9);
    if (s !== 0) return s;
    const pa = pos(a);
    const pb = pos(b);
    return pa.top - pb.top || pa.left - pb.left || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  });
}
