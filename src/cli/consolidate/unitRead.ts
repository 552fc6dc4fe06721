/** A unit read, with its row of koonti.json. */
import type { WorkbookSummary } from '../../core';
import { workbookJsonBytes } from './workbookJsonBytes';

/**
 * `json`: the summary's row of koonti.json, encoded where it was read (workbookJsonBytes).
 * `ownOutput`: a consolidated workbook this tool wrote earlier, which would count every unit twice.
 */
export type UnitResult = { kind: 'read'; summary: WorkbookSummary; json: Uint8Array<ArrayBuffer> } | { kind: 'ownOutput'; file: string };

/**
 * The result of a unit read (or found unreadable), its row of koonti.json encoded where it was read.
 * @example unitRead(failedWorkbook('rikki.xlsx', 'Tiedosto on vioittunut.')).json.length //=> 601
 */
export function unitRead(summary: WorkbookSummary): Extract<UnitResult, { kind: 'read' }> {
  return { kind: 'read', summary, json: workbookJsonBytes(summary) };
}
