/** One unit's workbook read and summarised, or the row saying why it could not be. */
import { failedWorkbook, formatMessage, getLocale, summarizeReport, type Lang } from '../../core';
import { errorLine } from '../errorLine';
import { loadFailureMessage } from '../loadFailureMessage';
import { readFileReport } from '../xlsx/readFileReport';
import { unitRead, type UnitResult } from './unitRead';
import { workbookTitleOf } from './workbookTitleOf';

export interface UnitJob {
  path: string;
  file: string;
  asOf: string;
  /** The earlier report in each workbook's history to compare with (the latest on or before it); null: the latest earlier. */
  since?: string | null;
  lang: Lang;
}

export type { UnitResult } from './unitRead';

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
    const read = await readFileReport(job.path, { asOf: job.asOf, lang: job.lang, since: job.since ?? null }, false);
    if (!read.ok) return unitRead(failedWorkbook(job.file, loadFailureMessage(locale, { ...read, path: job.file })));
    if ([...read.source.generated.values()].some((kind) => kind === 'consolidation')) return { kind: 'ownOutput', file: job.file };
    return unitRead(summarizeReport(read.report, job.file, await workbookTitleOf(read.source.bytes)));
  } catch (e) {
    return unitRead(failedWorkbook(job.file, formatMessage(locale.cli.internalError, { detail: errorLine(e) })));
  }
}
