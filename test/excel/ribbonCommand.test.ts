/** The ribbon's one-click summary over the host it is given in commands.ts: waits out cell-edit mode, says why it cannot write. */
import { getLocale } from '../../src/core';
import { runSummaryCommand } from '../../src/commands/runSummaryCommand';
import { createOfficeWorkbookHost } from '../../src/excel/createOfficeWorkbookHost';
import { seed000Workbook } from '../../fixtures/seed000';
import { createFakeWorkbook, HOST_VERSIONS, installFakeOffice } from '../fake-excel';
import { hostHas } from '../fake-excel/requirements';

describe.each(HOST_VERSIONS)('the ribbon command at ExcelApi %s', (excelApi) => {
  const install = () => installFakeOffice(globalThis, createFakeWorkbook(seed000Workbook().sheets, { excelApi }));

  it('clicked while the user types in a cell, waits for Enter or Esc and then writes the summary, saying nothing', async () => {
    const wb = install();
    wb.faults.cellEditMode = true;
    const messages: string[] = [];
    let completed = false;
    const running = runSummaryCommand(
      createOfficeWorkbookHost({ delayForCellEdit: true }),
      { completed: () => (completed = true) },
      'fi-FI',
      (m) => void messages.push(m),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(completed).toBe(false);
    wb.faults.cellEditMode = false;
    await running;
    expect(completed).toBe(true);
    expect(messages).toEqual([]);
    expect(wb.snapshot().activeSheet).toBe(getLocale('fi').summary.sheetName);
  });

  it('tells the user in their language that the workbook structure is protected, and changes nothing', async () => {
    const wb = install();
    wb.protectStructure();
    const before = wb.snapshot();
    const messages: string[] = [];
    await runSummaryCommand(
      createOfficeWorkbookHost({ delayForCellEdit: true }),
      { completed: () => undefined },
      'sv-SE',
      (m) => void messages.push(m),
    );
    // Below ExcelApi 1.7 the protection cannot be read: Excel refuses the new sheet, which reads as a protected sheet or structure.
    const expected = hostHas({ excelApi, platform: 'OfficeOnline' }, 'ExcelApi 1.7') ? 'protectedStructure' : 'protectedSheet';
    expect(messages).toEqual([getLocale('sv').ui.errors[expected]]);
    expect(wb.snapshot()).toEqual(before);
  });
});
