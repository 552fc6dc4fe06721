/** One unit's workbook read and summarised, or the row saying why it could not be. */
import { buildReport, failedWorkbook, formatMessage, getLocale, summarizeReport, type Lang, type WorkbookSummary } from '../../core';
import { errorLine } from '../errorLine';
import { loadFailureMessage } from '../loadFailureMessage';
import { readWorkbookFile } from '../xlsx/readWorkbookFile';
import { workbookJsonBytes } from './workbookJsonBytes';
import { workbookTitleOf } from './workbookTitleOf';

export interface UnitJob {
  path: string;
  file: string;
  asOf: string;
  lang: Lang;
}

/**
 * `json`: the summary's row of koonti.json, encoded where it was read (workbookJsonBytes).
 * `ownOutput`: a consolidated workbook this tool wrote earlier, which would count every unit twice.
 */
export type UnitResult = { kind: 'read'; summary: WorkbookSummary; json: Uint8Array<ArrayBuffer> } | { kind: 'ownOutput'; file: string };

/**
 * A unit's result with its row of koonti.json.
 * @example unitRead(failedWorkbook('rikki.xlsx', 'Tiedosto on vioittunut.')).json.length //=> 180
 */
export function unitRead(summary: WorkbookSummary): UnitResult {
  return { kind: 'read', summary, json: workbookJsonBytes(summary) };
}

/**
 * Reads the file with the CLI's reader and builds its report as `report` would, then keeps only its
 * summary, the unit named by the workbook's title where it has one. A file that cannot be read gets the
 * same one-line reason `report` gives; even a fault of ours on one file becomes that file's row, so one
 * file never stops the run.
 * @example (await readUnitWorkbook({ path: 'yksiköt/kotihoito.xlsx', file: 'yksiköt/kotihoito.xlsx', asOf: '2024-06-30', lang: 'fi' })).kind //=> 'read'
 */
export async function readUnitWorkbook(job: UnitJob): Promise<UnitResult> {
  const locale = getLocale(job.lang);
  try {
    const read = await readWorkbookFile(job.path);
    if (!read.ok) return unitRead(failedWorkbook(job.file, loadFailureMessage(locale, { ...read, path: job.file })));
    if ([...read.source.generated.values()].some((kind) => kind === 'consolidation')) return { kind: 'ownOutput', file: job.file };
    const report = buildReport(read.data, { asOf: job.asOf, lang: job.lang });
    return unitRead(summarizeReport(report, job.file, await workbookTitleOf(read.source.bytes)));
  } catch (e) {
    return unitRead(failedWorkbook(job.file, formatMessage(locale.cli.internalError, { detail: errorLine(e) })));
  }
}
