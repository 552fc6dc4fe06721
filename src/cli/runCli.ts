/** The CLI's dispatcher: picks the command, and keeps every failure to one line without a stack trace. */
import { formatMessage, getLocale } from '../core';
import type { CliIo } from './cliIo';
import { EXIT } from './exitCodes';
import { langFromArgs } from './langFromArgs';
import { runReport } from './runReport';
import { runValidate } from './runValidate';
import { runConsolidate, type ConsolidateEnvironment } from './consolidate/runConsolidate';

/**
 * Runs `report`, `validate` or `consolidate` with the arguments after the script name and returns the exit code.
 * `env` says where `consolidate`'s progress goes and which compiled CLI its workers run (none: it reads in this thread).
 * @example await runCli(['validate', 'seuranta.xlsx'], { out: console.log, err: console.error }) //=> 0
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  now: Date = new Date(),
  env: ConsolidateEnvironment = { tty: null, workerScript: null },
): Promise<number> {
  const locale = getLocale(langFromArgs(argv));
  const command = argv[0];
  try {
    if (command === 'report') return await runReport(argv, io, now);
    if (command === 'validate') return await runValidate(argv, io, now);
    if (command === 'consolidate') return await runConsolidate(argv, io, env, now);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      const lines = locale.cli.usageText.split('\n');
      for (const line of lines) (command === undefined ? io.err : io.out)(line);
      return command === undefined ? EXIT.unreadable : EXIT.done;
    }
    io.err(formatMessage(locale.cli.unknownCommand, { command }));
    return EXIT.unreadable;
  } catch (e) {
    // A bug of ours, not the user's: one line, no stack, a distinct exit code.
    const detail = ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').slice(0, 200);
    io.err(formatMessage(locale.cli.internalError, { detail }));
    return EXIT.internal;
  }
}
