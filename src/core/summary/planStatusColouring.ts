/** Where the status colouring goes on the user's own tables: their status cells, item rows only. */
import { parseRange } from '../a1/parseRange';
import { rangeAddress } from '../a1/rangeAddress';
import { cellAddress } from '../a1/cellAddress';
import type { Report } from '../schema/report';
import type { StatusColouring } from '../schema/sheetPlan';
import { statusConditionalRules } from '../status/statusConditionalRules';

/**
 * One conditional format per run of consecutive item rows in each action table's status column.
 * Section rows ("Tavoite 2: …") and repeated header rows between items split the runs, so they
 * are never outlined as unknown statuses; a status typed later into an item row recolours itself.
 * Tables without a status column get none.
 * @example planStatusColouring(report).map((c) => `${c.sheet}!${c.format.range}`) //=> ['Yhteistyö kumppanien kanssa!C8:C11', 'Yhteistyö kumppanien kanssa!C15:C18', …] (seed 000)
 */
export function planStatusColouring(report: Report): StatusColouring[] {
  const colourings: StatusColouring[] = [];
  for (const table of report.actionTables) {
    const byColumn = new Map<number, number[]>();
    for (const item of table.items) {
      const cell = item.cells.status ? parseRange(item.cells.status) : null;
      if (!cell) continue;
      const rows = byColumn.get(cell.left) ?? [];
      rows.push(cell.top);
      byColumn.set(cell.left, rows);
    }
    for (const [col, rows] of [...byColumn].sort(([a], [b]) => a - b)) {
      const sorted = [...new Set(rows)].sort((a, b) => a - b);
      let start = sorted[0];
      for (let i = 0; start !== undefined && i < sorted.length; i += 1) {
        const row = sorted[i] ?? start;
        const next = sorted[i + 1];
        if (next === row + 1) continue;
        const range = rangeAddress({ top: start, left: col, bottom: row, right: col });
        colourings.push({ sheet: table.sheet, format: { range, rules: statusConditionalRules(cellAddress(start, col)) } });
        start = next;
      }
    }
  }
  return colourings;
}
