/** What the running Excel lets a write use beyond ExcelApi 1.6, the add-in's minimum. */
import { isExcelApiSupported } from './isExcelApiSupported';

export interface WriteFeatures {
  /** Bytes one sync may carry. */
  budget: number;
  /** ExcelApi 1.7: freeze panes. */
  freeze: boolean;
  /** ExcelApi 1.7: `Range.hyperlink`, links to cells that work on the web too (below it, HYPERLINK formulas, desktop only). */
  hyperlink: boolean;
  /** ExcelApi 1.9: indent levels. */
  indent: boolean;
  /** ExcelApi 1.9: struck-through text (below it, grey italics). */
  strike: boolean;
  /** ExcelApi 1.9: page layout (orientation, paper, fit to width, header and footer, print titles); below it the sheet prints as Excel's defaults. */
  pageLayout: boolean;
}

/**
 * The features of the running Excel for a write of `budget` bytes a sync.
 * @example writeFeatures(4_000_000) //=> { budget: 4000000, freeze: true, hyperlink: true, indent: false, strike: false, pageLayout: false } in Excel 2019
 */
export function writeFeatures(budget: number): WriteFeatures {
  return {
    budget,
    freeze: isExcelApiSupported('1.7'),
    hyperlink: isExcelApiSupported('1.7'),
    indent: isExcelApiSupported('1.9'),
    strike: isExcelApiSupported('1.9'),
    pageLayout: isExcelApiSupported('1.9'),
  };
}
