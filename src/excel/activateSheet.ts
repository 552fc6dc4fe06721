/** Brings a sheet to the front. */

/**
 * Activates the sheet named `name` (a generated sheet after writing it).
 * @example await activateSheet('Yhteenveto')
 */
export async function activateSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
