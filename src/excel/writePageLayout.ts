/** A plan's page setup as the sheet's Office.js page layout (ExcelApi 1.9). */
import type { PlanPageSetup } from '../core';

const POINTS_PER_INCH = 72;
/** Inches to points, to a hundredth (0.3 in is 21.6 pt, not 21.599999999999998). */
const points = (inches: number): number => Math.round(inches * POINTS_PER_INCH * 100) / 100;

/**
 * Queues how the sheet prints: orientation, A4, fit to the plan's pages wide (Excel then takes as many pages tall as it
 * needs), no gridlines, margins, the header and footer of every page (Excel's codes such as `&P` pass as they are), and
 * rows 1 to `titleRows` repeated on each page. The caller checks ExcelApi 1.9 first: below it, `pageLayout` fails the
 * whole batch. Returns the bytes it sends.
 * @example writePageLayout(sheet, planSummarySheet(report, ctx).pageSetup) //=> 420
 */
export function writePageLayout(sheet: Excel.Worksheet, page: PlanPageSetup): number {
  const layout = sheet.pageLayout;
  layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = page.paperSize;
  layout.zoom = { horizontalFitToPages: page.fitToWidth };
  layout.printGridlines = page.gridlines;
  layout.leftMargin = points(page.margins.left);
  layout.rightMargin = points(page.margins.right);
  layout.topMargin = points(page.margins.top);
  layout.bottomMargin = points(page.margins.bottom);
  layout.headerMargin = points(page.margins.header);
  layout.footerMargin = points(page.margins.footer);
  const every = layout.headersFooters.defaultForAllPages;
  every.leftHeader = page.header.left;
  every.centerHeader = page.header.center;
  every.rightHeader = page.header.right;
  every.leftFooter = page.footer.left;
  every.centerFooter = page.footer.center;
  every.rightFooter = page.footer.right;
  if (page.titleRows > 0) layout.setPrintTitleRows(`$1:$${page.titleRows}`);
  return 400 + JSON.stringify(page.header).length + JSON.stringify(page.footer).length;
}
