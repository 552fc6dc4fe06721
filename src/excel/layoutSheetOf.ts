/** A sheet as a write sees it, from what a read loaded of it. */
import { generatedKindOf, type SheetKind } from '../core';

/** A sheet as a write sees it: which of the tool's sheets it is (by its marker), and the charts a rewrite in place removes. */
export interface LayoutSheet {
  /** Excel's id of the sheet: it stays when the sheet is renamed, so a write can still find it after renaming it. */
  id: string;
  name: string;
  kind: SheetKind | null;
  visible: boolean;
  charts: string[];
  /** Its Excel tables' names: a rewrite deletes them first, and new tables take names none of the workbook's has. */
  tables: string[];
}

/**
 * The sheet's id, name and visibility, which of the tool's sheets it is (by its marker cell), and its charts' and tables'
 * names, from a worksheet whose `id`, `name`, `visibility`, marker values and chart names were loaded.
 * @example layoutSheetOf(ws, marker, charts, ['Myöhässä']) //=> { id: '{…}', name: 'Yhteenveto', kind: 'summary', visible: true, charts: ['Chart 1'], tables: ['Myöhässä'] }
 */
export function layoutSheetOf(
  ws: Excel.Worksheet,
  marker: Excel.Range,
  charts: Excel.ChartCollection,
  tables: readonly string[],
): LayoutSheet {
  return {
    id: ws.id,
    name: ws.name,
    kind: generatedKindOf(marker.values[0]?.[0]),
    visible: ws.visibility === 'Visible',
    charts: charts.items.map((c) => c.name),
    tables: [...tables],
  };
}
