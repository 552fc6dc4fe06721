/** What Excel does with formulas the fake holds: sheet references follow a rename, turn to #REF! when their sheet goes, and recalculate. */
import { columnNumber } from '../../src/core/a1/columnNumber';
import { quoteSheet } from './addresses';
import { cellOf, type FakeScalar, type FakeSheet, type FakeWorkbookModel } from './model';

/** A sheet-qualified reference: `Name!B4`, `'Lasten''suojelu'!C7`, `Name!A1:B2` (not inside a string literal). */
const SHEET_REF = /(?<![\p{L}\p{N}_.#'])(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/gu;
const STRING_LITERAL = /("(?:[^"]|"")*")/;

function outsideStrings(formula: string, f: (code: string) => string): string {
  return formula
    .split(STRING_LITERAL)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join('');
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The formula after sheet `from` was renamed to `to` (references follow, quoted as Excel quotes them) or deleted (`to` null:
 * the sheet part becomes `#REF!`, as Excel writes `=#REF!B4`). Text inside string literals is left alone, as in Excel.
 */
export function renameSheetInFormula(formula: string, from: string, to: string | null): string {
  return outsideStrings(formula, (code) =>
    code.replace(SHEET_REF, (whole, quoted: string | undefined, plain: string | undefined, ref: string) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? '');
      if (!sameSheet(name, from)) return whole;
      return to === null ? `#REF!${ref}` : `${quoteSheet(to)}!${ref}`;
    }),
  );
}

const HYPERLINK = /^=HYPERLINK\(\s*"(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i;
const SIMPLE_REF = /^=(?:'((?:[^']|'')+)'!|([\p{L}_][\p{L}\p{N}_.]*)!)?\$?([A-Z]{1,3})\$?(\d+)$/u;

/**
 * The value Excel shows for the formulas a test writes: HYPERLINK shows its text, a reference to one cell (`=B4`,
 * `=Yhteenveto!B4`) that cell's value (#REF! once its sheet is gone), a formula holding #REF! the error; undefined for any
 * other formula (its value stays as entered).
 */
export function evaluateFormula(model: FakeWorkbookModel, sheet: FakeSheet, formula: string): FakeScalar | undefined {
  const link = HYPERLINK.exec(formula);
  if (link) return (link[1] ?? '').replace(/""/g, '"');
  if (outsideStrings(formula, (code) => (code.includes('#REF!') ? '\u0000' : '')).includes('\u0000')) return { error: '#REF!' };
  const ref = SIMPLE_REF.exec(formula);
  if (ref) {
    const name = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : ref[2];
    const target = name === undefined ? sheet : model.sheets.find((s) => !s.deleted && sameSheet(s.name, name));
    if (!target) return { error: '#REF!' };
    const v = cellOf(target, Number(ref[4]), columnNumber(ref[3] ?? 'A'))?.value ?? '';
    return v === '' ? 0 : v;
  }
  return undefined;
}

/** Recalculates every formula of the workbook (Excel's automatic calculation after a batch). */
export function recalculate(model: FakeWorkbookModel): void {
  for (const sheet of model.sheets) {
    for (const cols of sheet.cells.values()) {
      for (const cell of cols.values()) {
        if (cell.formula === undefined) continue;
        const value = evaluateFormula(model, sheet, cell.formula);
        if (value !== undefined) cell.value = value;
      }
    }
  }
}
