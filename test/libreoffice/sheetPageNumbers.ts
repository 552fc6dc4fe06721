/** Which pages of a printed workbook a generated sheet took. */
import type { PdfPage } from './readPdfPages';

/**
 * The 1-based numbers of the pages whose header (the top line of the page) starts with `title`: a generated sheet's
 * header begins with its title on every page it prints on.
 * @example sheetPageNumbers(readPdfPages('/tmp/raportti.pdf'), 'Seurannan yhteenveto') //=> [33, 34]
 */
export function sheetPageNumbers(pages: readonly PdfPage[], title: string): number[] {
  return pages.flatMap((page, i) => {
    const top = Math.min(...page.words.map((w) => w.yMin));
    const header = page.words
      .filter((w) => w.yMin < top + 2)
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' ');
    return header.startsWith(title) ? [i + 1] : [];
  });
}
