/** Builds the example workbook a new user opens first, from the seeds' content. */
import ExcelJS from 'exceljs';
import { seed000Workbook } from '../fixtures/seed000';
import { seed001CooperationGrid, seed001WellbeingGrid } from '../fixtures/seed001FollowUp';
import { seed002BudgetGrid } from '../fixtures/seed002Budget';
import { workbookDataToXlsx } from '../fixtures/toXlsx';
import type { WorkbookData } from '../src/core/grid';

/** Widest a column gets, in characters; longer text wraps. */
const MAX_WIDTH = 60;

/**
 * A running follow-up of seed 001's plan (two sheets, one an Excel table), the realisation report of
 * seed 000 (one sheet per workstream) and seed 002's budget table, laid out readably: titles bold,
 * widths to fit, long text wrapped, budget percentages as percentages.
 * @example writeFileSync('examples/seuranta-esimerkki.xlsx', await exampleWorkbookXlsx()) // 10 sheets
 */
export async function exampleWorkbookXlsx(): Promise<Buffer> {
  const data: WorkbookData = {
    fileName: 'seuranta-esimerkki.xlsx',
    sheets: [seed001CooperationGrid(), seed001WellbeingGrid(), ...seed000Workbook().sheets, seed002BudgetGrid()],
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookDataToXlsx(data)) as unknown as ExcelJS.Buffer);
  workbook.creator = 'Seuranta';
  for (const ws of workbook.worksheets) makeReadable(ws);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Layout only: no value is changed, so the example reads exactly as the fixtures say. */
function makeReadable(ws: ExcelJS.Worksheet): void {
  const widths = new Map<number, number>();
  ws.eachRow((row) =>
    row.eachCell((cell, col) => {
      const text = typeof cell.value === 'string' ? cell.value : typeof cell.value === 'number' ? String(cell.value) : '';
      const longest = Math.max(0, ...text.split('\n').map((l) => l.length));
      if (!cell.isMerged) widths.set(col, Math.max(widths.get(col) ?? 8, Math.min(MAX_WIDTH, longest + 2)));
      if (longest > MAX_WIDTH || text.includes('\n')) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    }),
  );
  for (const [col, width] of widths) ws.getColumn(col).width = width;

  const first = ws.getRow(1).getCell(1).value !== null ? ws.getRow(1).getCell(1) : firstValueCell(ws);
  if (first) first.font = { ...first.font, bold: true, size: 14 };

  // Budget sheet: percentages stored as fractions, amounts in 1 000 €.
  if (ws.name === 'Talousarvio') {
    ws.getRow(3).eachCell((cell, col) => {
      cell.font = { ...cell.font, bold: true };
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
      const isPct = typeof cell.value === 'string' && cell.value.includes('%');
      if (col > 1) {
        ws.getColumn(col).width = 14;
        ws.getColumn(col).eachCell((c, row) => {
          if (row > 3 && typeof c.value === 'number') c.numFmt = isPct ? '0 %' : '#,##0';
        });
      }
    });
  }
}

function firstValueCell(ws: ExcelJS.Worksheet): ExcelJS.Cell | null {
  let found: ExcelJS.Cell | null = null;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && cell.value !== null) found = cell;
    }),
  );
  return found;
}
