/** Takes the user to a cell: its sheet activated, the cell selected. */

/**
 * Activates `sheet` and selects `cell` on it (the issue list's click).
 * @example await selectCell('Hyte', 'E7')
 */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
