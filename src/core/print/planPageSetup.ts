/** How a generated sheet prints, decided from its columns, title and date. */
import type { CoreContext } from '../context';
import { formatMessage } from '../i18n/formatMessage';
import type { PlanPageSetup } from '../schema/sheetPlan';
import { formatIsoDate } from '../validation/formatIsoDate';

/**
 * Characters of column width that fit across A4 upright within the margins below (7.27 in at about 7 pixels a character
 * plus a column's padding): a sheet wider than this is turned landscape, and then scaled to one page wide.
 */
const PORTRAIT_CHARS = 90;

/** Margins in inches: narrow at the sides, room for the header and footer at the top and bottom. */
const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** Excel reads `&` in a header as the start of a code: a manager's `&` is written twice. */
const headerText = (text: string): string => text.replace(/&/g, '&&');

/** True when the columns are wider than an upright A4 page. */
const isWide = (columnWidths: readonly number[]): boolean => columnWidths.reduce((sum, w) => sum + w, 0) > PORTRAIT_CHARS;

/**
 * A4, landscape where the columns are wider than an upright page, one page wide and as tall as it takes, rows 1 to
 * `titleRows` repeated on every page, the title and as-of date in the header, the page number in the footer ("Sivu 2 / 3"),
 * no gridlines.
 * @example planPageSetup({ title: 'Seurannan yhteenveto', columnWidths: [56, 24, 14], titleRows: 3 }, ctx).footer.center //=> 'Sivu &P / &N'
 */
export function planPageSetup(
  sheet: { title: string; columnWidths: readonly number[]; titleRows: number },
  ctx: CoreContext,
): PlanPageSetup {
  const print = ctx.locale.print;
  return {
    orientation: isWide(sheet.columnWidths) ? 'landscape' : 'portrait',
    paperSize: 'A4',
    fitToWidth: 1,
    titleRows: sheet.titleRows,
    header: {
      left: headerText(sheet.title),
      center: '',
      right: headerText(formatMessage(print.asOf, { date: formatIsoDate(ctx.asOf, ctx) })),
    },
    footer: { left: '', center: print.pageOfPages, right: '' },
    margins: { ...MARGINS },
    gridlines: false,
  };
}
