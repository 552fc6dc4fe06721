/** Draws a fake workbook sheet (values and fills) as an HTML table, so its look can be screenshotted without Excel. */
import { columnLetter } from '../../src/core/a1/columnLetter';
import type { SheetSnapshot } from '../fake-excel';

/** A number as Excel would show it under the sheet's format code (the few codes the generated sheets use), Finnish style. */
function display(v: number, format: string | undefined): string {
  if (format === undefined || format === 'General') return String(v).replace('.', ',');
  if (/[dmy]/i.test(format) && !format.includes('0')) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
    return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
  }
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  const percent = format.includes('%');
  const n = percent ? v * 100 : v;
  const text = n.toLocaleString('fi-FI', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: format.includes(','),
  });
  return percent ? `${text} %` : text;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An HTML page with the sheet as a grid: column letters, row numbers, cell fills, fonts and number formats.
 * @example renderSheetHtml(fake.sheet('Yhteenveto')!, 12) //=> '<!doctype html>…<table>…'
 */
export function renderSheetHtml(sheet: SheetSnapshot, maxCols: number): string {
  const width = Math.min(maxCols, Math.max(0, ...sheet.values.map((r) => r.length)));
  const head = Array.from({ length: width }, (_, c) => `<th>${columnLetter(c + 1)}</th>`).join('');
  const rows = sheet.values
    .map((row, r) => {
      const cells = Array.from({ length: width }, (_, c) => {
        const address = `${columnLetter(c + 1)}${r + 1}`;
        const v = row[c] ?? null;
        const fill = sheet.fills[address];
        const font = sheet.fonts[address];
        const style = [
          fill ? `background:${fill}` : '',
          font?.bold ? 'font-weight:600' : '',
          font?.color ? `color:${font.color}` : '',
          font?.strikethrough ? 'text-decoration:line-through' : '',
          typeof v === 'number' ? 'text-align:right' : '',
        ]
          .filter(Boolean)
          .join(';');
        const text = v === null ? '' : typeof v === 'number' ? display(v, sheet.numberFormats[address]) : String(v);
        return `<td style="${style}">${escape(text)}</td>`;
      }).join('');
      return `<tr><th>${r + 1}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;padding:12px;font:13px "Segoe UI",Calibri,Arial,sans-serif;background:#fff}
h1{font-size:14px;margin:0 0 8px}
table{border-collapse:collapse}
td,th{border:1px solid #d4d4d4;padding:2px 6px;max-width:320px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
th{background:#f3f3f3;color:#555;font-weight:400}
</style></head><body><h1>${escape(sheet.name)}</h1><table><tr><th></th>${head}</tr>
${rows}
</table></body></html>`;
}
