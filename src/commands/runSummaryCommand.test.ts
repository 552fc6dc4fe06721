import { seed000Workbook } from '../../fixtures/seed000';
import { createFakeWorkbook, installFakeOffice } from '../../test/fake-excel';
import { createOfficeWorkbookHost } from '../excel/createOfficeWorkbookHost';
import { getLocale } from '../core';
import { runSummaryCommand } from './runSummaryCommand';

function register(notify: (m: string) => void): void {
  Office.actions.associate('generateSummary', (event: Office.AddinCommands.Event) =>
    runSummaryCommand(createOfficeWorkbookHost(), event, 'fi-FI', notify),
  );
}

describe('runSummaryCommand', () => {
  it('writes and activates the summary in one click, in the language saved in the workbook', async () => {
    const wb = installFakeOffice(globalThis, createFakeWorkbook(seed000Workbook().sheets));
    wb.model.settings.set('seuranta.settings', { lang: 'sv', asOf: '2024-06-30', skipSheets: [] });
    const messages: string[] = [];
    register((m) => void messages.push(m));
    await wb.invokeAction('generateSummary');
    const name = getLocale('sv').summary.sheetName;
    expect(wb.snapshot().activeSheet).toBe(name);
    expect(wb.sheet(name)?.values[0]?.[51]).toBe('seuranta:generated:summary');
    expect(messages).toEqual([]);
  });

  it('completes the event and tells the user in Finnish when Excel is in cell-edit mode', async () => {
    const wb = installFakeOffice(globalThis, createFakeWorkbook(seed000Workbook().sheets));
    wb.faults.cellEditMode = true;
    const messages: string[] = [];
    register((m) => void messages.push(m));
    await wb.invokeAction('generateSummary');
    expect(messages).toEqual([getLocale('fi').ui.errors.cellEditMode]);
    expect(wb.sheetNames()).toEqual(seed000Workbook().sheets.map((g) => g.sheet));
  });

  it('completes the event only once the failure message has been closed, never while it is still shown', async () => {
    const wb = installFakeOffice(globalThis, createFakeWorkbook(seed000Workbook().sheets));
    wb.faults.cellEditMode = true;
    const order: string[] = [];
    let close: () => void = () => undefined;
    const event = { completed: () => void order.push('completed') };
    const run = runSummaryCommand(createOfficeWorkbookHost(), event, 'sv-FI', (message, lang) => {
      order.push(`shown ${lang}: ${message}`);
      return new Promise<void>((resolve) => (close = () => (order.push('closed'), resolve())));
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([`shown sv: ${getLocale('sv').ui.errors.cellEditMode}`]);
    close();
    await run;
    expect(order.slice(1)).toEqual(['closed', 'completed']);
  });
});
