/** A plan's values as Excel takes them: a rectangle of entries, links as HYPERLINK formulas where asked. */
import { parseRange, type SheetPlan } from '../core';
import { hyperlinkFormula } from './hyperlinkFormula';
import { toExcelEntry } from './toExcelEntry';

export type ExcelEntry = string | number | boolean;

export interface PlanEntries {
  /** Every row padded to `width` columns. */
  entries: ExcelEntry[][];
  /** The widest row's length, at least 1. */
  width: number;
  /** Link formulas whose cell lies outside the rectangle: written one by one after the values. */
  outside: { cell: string; formula: string }[];
}

/**
 * The plan's values padded to one width; with `linksAsFormulas` (Excel below ExcelApi 1.7) each link becomes a HYPERLINK
 * formula in its cell, or in `outside` when the cell is beyond the values.
 * @example planEntries({ ...plan, values: [['Hyte', 3]], links: [{ cell: 'A1', sheet: 'Hyte', target: 'A1', text: 'Hyte' }] }, true)
 * //=> { entries: [[`=HYPERLINK("#'Hyte'!A1","Hyte")`, 3]], width: 2, outside: [] }
 */
export function planEntries(plan: SheetPlan, linksAsFormulas: boolean): PlanEntries {
  // A loop, not a spread: the history sheet has more rows than a call takes arguments.
  const width = plan.values.reduce((w, row) => Math.max(w, row.length), 1);
  const entries: ExcelEntry[][] = plan.values.map((row) => Array.from({ length: width }, (_, j) => toExcelEntry(row[j] ?? null)));
  const outside: { cell: string; formula: string }[] = [];
  if (linksAsFormulas) {
    for (const link of plan.links) {
      const at = parseRange(link.cell);
      const line = at ? entries[at.top - 1] : undefined;
      if (at && line && at.left <= width) line[at.left - 1] = hyperlinkFormula(link);
      else outside.push({ cell: link.cell, formula: hyperlinkFormula(link) });
    }
  }
  return { entries, width, outside };
}
