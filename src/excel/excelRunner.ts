/** How the host enters Excel: `Excel.run`, delayed while the user edits a cell when the caller asks for it. */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelRunOptions {
  /**
   * Wait for the user to leave cell-edit mode instead of failing (Excel.RunOptions.delayForCellEdit). Meant for the ribbon's
   * one-click command, whose click can land while a cell is being typed in; the pane asks the user instead. The typings give
   * the option no requirement set, and a host that does not know it fails the batch as without it, which the caller maps.
   */
  delayForCellEdit?: boolean;
}

/**
 * A runner over the global `Excel` (looked up at each call, so a test's fake installed later is used).
 * @example await excelRunner({ delayForCellEdit: true })(async (context) => { context.workbook.worksheets.getItem('Hyte').activate(); })
 */
export function excelRunner(options: ExcelRunOptions = {}): ExcelRun {
  if (options.delayForCellEdit) return (batch) => Excel.run({ delayForCellEdit: true }, batch);
  return (batch) => Excel.run(batch);
}
