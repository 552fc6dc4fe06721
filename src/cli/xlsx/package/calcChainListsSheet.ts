/** Whether Excel's calculation chain names a cell of one of some sheets, read from the part's text. */

// A chain entry: `<c r="E20" i="9"/>` (any prefix); `i` is the sheet's sheetId.
const ENTRY = /<(?:[A-Za-z_][\w.-]*:)?c(\s[^>]*)?\/?>/g;
const SHEET_ID = /\si\s*=\s*(["'])\s*(\d+)\s*\1/;

/**
 * A cell without `i` is on the same sheet as the entry before it (ECMA-376 18.6.1), so only the entries
 * that name a sheet count; a first entry without one names no sheet we can tell, and is taken as
 * naming one of them, so that a chain we cannot read is never kept pointing at a sheet that is gone.
 * Read with a scan, not a DOM: the chain has an entry per formula cell of the workbook.
 * @example calcChainListsSheet('<calcChain><c r="B4" i="1"/><c r="E20" i="9"/><c r="E21"/></calcChain>', new Set(['9'])) //=> true
 */
export function calcChainListsSheet(chainXml: string, sheetIds: ReadonlySet<string>): boolean {
  let first = true;
  for (const m of chainXml.matchAll(ENTRY)) {
    const id = SHEET_ID.exec(m[1] ?? '')?.[2];
    if (id === undefined ? first : sheetIds.has(String(Number(id)))) return true;
    first = false;
  }
  return false;
}
