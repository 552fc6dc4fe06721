/** Puts generated sheets into a loaded workbook, replacing only the tool's own earlier sheets. */
import type ExcelJS from 'exceljs';
import { uniqueSheetName } from '../../core/generated/uniqueSheetName';
import type { SheetPlan } from '../../core/schema/sheetPlan';
import { generatedKindOfWorksheet } from './generatedKindOfWorksheet';
import { writePlanToWorksheet } from './writePlanToWorksheet';

/**
 * For each plan: the tool's earlier sheet of the same kind (known by its marker) is removed and the
 * new one takes its place in the tab order (a first run appends); a user's sheet with the wanted name
 * stays as it is and the new sheet takes a free name. Returns the names used, in plan order.
 * @example addPlansToWorkbook(wbWithUsersYhteenveto, [summaryPlan]) //=> ['Yhteenveto (2)']
 */
export function addPlansToWorkbook(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): string[] {
  const kinds = new Set(plans.map((p) => p.kind));
  const oldPlaces = new Map<string, number>();
  for (const ws of [...workbook.worksheets]) {
    const kind = generatedKindOfWorksheet(ws);
    if (kind === null || !kinds.has(kind)) continue;
    if (!oldPlaces.has(kind)) oldPlaces.set(kind, orderOf(ws).orderNo);
    workbook.removeWorksheet(ws.id);
  }

  const names: string[] = [];
  for (const plan of plans) {
    const name = uniqueSheetName(
      plan.name,
      workbook.worksheets.map((ws) => ws.name),
    );
    const worksheet = workbook.addWorksheet(name);
    const place = oldPlaces.get(plan.kind);
    if (place !== undefined) {
      oldPlaces.delete(plan.kind);
      orderOf(worksheet).orderNo = place;
    }
    writePlanToWorksheet(worksheet, plan);
    names.push(name);
  }
  return names;
}

/** ExcelJS sorts tabs by this field; its typings leave it out. */
function orderOf(worksheet: ExcelJS.Worksheet): { orderNo: number } {
  return worksheet as unknown as { orderNo: number };
}
