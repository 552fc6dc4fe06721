/** Which of a conditional format's rules LibreOffice finds true first, for each of many cells, plain and as arrays. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanConditionalRule } from '../../src/core/schema/sheetPlan';
import { convertWithLibreOffice } from './convertWithLibreOffice';
import { readCsv } from './readCsv';
import { sheetXlsx, type XlsxCell } from './sheetXlsx';

/** Functions newer than Excel 2007 that a file must name with `_xlfn.`, as Excel itself saves them. */
const NEWER_FUNCTIONS = /\b(UNICHAR|UNICODE|CONCAT|TEXTJOIN|IFS|SWITCH|MAXIFS|MINIFS|XLOOKUP|LET|SEQUENCE|FILTER)\(/g;

/** A rule's formula as a workbook file stores it. */
function fileFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(NEWER_FUNCTIONS, '_xlfn.$1(');
}

/** A result as a conditional format takes it: TRUE or a non-zero number holds; FALSE, 0, text and errors do not. */
function holds(value: string): boolean {
  if (value === 'TRUE') return true;
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) && n !== 0;
}

export interface FirstTrue {
  /** Per cell, the index of the first rule that holds, -1 when none: rules entered as plain formulas. */
  plain: number[];
  /** The same with every rule entered as a one-cell array formula. */
  array: number[];
  ms: number;
}

/**
 * Puts each cell in column A of its own row, the rules made for that cell (`rulesFor('A7')`) beside it once as plain
 * formulas and once as array formulas, has LibreOffice calculate the sheet in one run, and reads the results back.
 * @example firstTrueRules([{ text: 'Kyllä' }], statusConditionalRules).plain //=> [2]
 */
export function firstTrueRules(cells: readonly XlsxCell[], rulesFor: (topLeftA1: string) => PlanConditionalRule[]): FirstTrue {
  let width = 0;
  const rows = cells.map((cell, i) => {
    const formulas = rulesFor(`A${i + 1}`).map((r) => fileFormula(r.formula));
    width = formulas.length;
    return [cell, ...formulas.map((formula) => ({ formula, array: false })), ...formulas.map((formula) => ({ formula, array: true }))];
  });
  const dir = mkdtempSync(join(tmpdir(), 'seuranta-rules-'));
  const input = join(dir, 'rules.xlsx');
  writeFileSync(input, sheetXlsx(rows));
  const run = convertWithLibreOffice([input], join(dir, 'out'), 'csv:Text - txt - csv (StarCalc):44,34,76');
  const output = run.outputs.get(input);
  if (!output) throw new Error(`LibreOffice did not calculate the rules:\n${run.log}`);
  const results = readCsv(readFileSync(output, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const first = (row: number, from: number): number => {
    const values = results[row]?.slice(from, from + width) ?? [];
    if (values.length !== width) throw new Error(`LibreOffice gave no results for row ${row + 1}`);
    return values.findIndex(holds);
  };
  return { plain: cells.map((_, i) => first(i, 1)), array: cells.map((_, i) => first(i, 1 + width)), ms: run.ms };
}
