/** What the office sees while hundreds of workbooks are read: a bar in a terminal, a line per file in a log. */
import { SingleBar } from 'cli-progress';
import { formatMessage, type Locale, type WorkbookSummary } from '../../core';
import type { CliIo } from '../cliIo';
import type { UnitResult } from './readUnitWorkbook';

export interface Progress {
  /** One file is done. */
  tick(file: string, result: UnitResult): void;
  stop(): void;
}

/**
 * On a terminal (`tty` is stderr), a progress bar with the count, the current file and the time left,
 * redrawn in place; elsewhere (CI, a log file) one plain line per file, which a log keeps readable.
 * @example createProgress(io, false, 200, fi).tick('yksiköt/kotihoito.xlsx', result) // "[1/200] yksiköt/kotihoito.xlsx: 500 toimenpidettä, 12 myöhässä, 0 virhettä"
 */
export function createProgress(io: CliIo, tty: NodeJS.WriteStream | null, count: number, locale: Locale): Progress {
  const c = locale.consolidate;
  if (tty) {
    const bar = new SingleBar({ format: c.progressBar, stream: tty, hideCursor: true, etaBuffer: 20, fps: 5 });
    bar.start(count, 0, { file: '' });
    return { tick: (file) => bar.increment(1, { file }), stop: () => bar.stop() };
  }
  let done = 0;
  return {
    tick: (file, result) => {
      done += 1;
      io.err(formatMessage(c.progressLine, { done, count, file, outcome: outcomeOf(result, locale) }));
    },
    stop: () => undefined,
  };
}

function outcomeOf(result: UnitResult, locale: Locale): string {
  if (result.kind === 'ownOutput') return '–';
  const summary: WorkbookSummary = result.summary;
  if (!summary.ok) return `${locale.consolidate.progressFailed}: ${summary.reason ?? ''}`;
  return formatMessage(locale.consolidate.progressRead, {
    total: summary.totals.total,
    overdue: summary.overdue,
    errors: summary.issues.error,
  });
}
