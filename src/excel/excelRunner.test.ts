import { createFakeWorkbook, installFakeOffice } from '../../test/fake-excel';
import { excelRunner } from './excelRunner';

const write = (context: Excel.RequestContext): Promise<void> => {
  context.workbook.worksheets.getItem('Hyte').getRange('B2').values = [['Valmis']];
  return context.sync();
};

describe('excelRunner', () => {
  it('fails a batch while the user edits a cell, unless asked to wait; then it runs once editing ends', async () => {
    const wb = installFakeOffice(globalThis, createFakeWorkbook([{ sheet: 'Hyte', values: [['Toimenpide', 'Toteuma']] }]));
    wb.faults.cellEditMode = true;
    await expect(excelRunner()(write)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    let done = false;
    const waiting = excelRunner({ delayForCellEdit: true })(write).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    wb.faults.cellEditMode = false;
    await waiting;
    expect(wb.sheet('Hyte')?.values[1]?.[1]).toBe('Valmis');
  });
});
