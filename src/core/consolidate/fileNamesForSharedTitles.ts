/** Unit names that tell units apart, even where their workbooks were copied from one template. */
import type { WorkbookSummary } from '../schema/consolidation';
import { unitNameOf } from './unitNameOf';

/**
 * A workbook copied from the area's template keeps the template's title ("Toimenpideohjelman seuranta"): a title that
 * two or more workbooks share names no unit, so those units are named by their files instead (letter case and spacing
 * aside). A unit named by its only own title, or by its file, keeps its name.
 * @example fileNamesForSharedTitles([pori, ulvila]).map((w) => w.unit) //=> ['Kotihoito Pori', 'Kotihoito Ulvila'] (both titled 'Seuranta')
 */
export function fileNamesForSharedTitles(workbooks: readonly WorkbookSummary[]): WorkbookSummary[] {
  const key = (unit: string) => unit.toLocaleLowerCase('fi').replace(/\s+/g, ' ');
  const titled = (w: WorkbookSummary) => w.unit !== unitNameOf(w.file);
  const counts = new Map<string, number>();
  for (const w of workbooks.filter(titled)) counts.set(key(w.unit), (counts.get(key(w.unit)) ?? 0) + 1);
  return workbooks.map((w) => (titled(w) && (counts.get(key(w.unit)) ?? 0) > 1 ? { ...w, unit: unitNameOf(w.file) } : w));
}
