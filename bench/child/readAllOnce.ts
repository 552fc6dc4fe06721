/**
 * The floor of a consolidation: every workbook of a folder read once by the CLI's reader, one after another in one
 * thread, nothing else; with `report` third, each also reported and summarised as consolidate's workers do (the work
 * consolidation cannot skip, without workers, output or start-up). Writes `{ readMs, readCpuMs, files }` to the JSON
 * file named second.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, summarizeReport } from '../../src/core';
import { readWorkbookFile } from '../../src/cli/xlsx/readWorkbookFile';
import { cpuMsSince } from './cpuMsSince';

const AS_OF = '2024-06-30';

async function main(): Promise<void> {
  const [folder, output, mode] = process.argv.slice(2);
  if (!folder || !output || (mode !== undefined && mode !== 'report'))
    throw new Error('usage: readAllOnce <folder> <result.json> [report]');
  const files = readdirSync(folder).filter((f) => f.endsWith('.xlsx'));
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const file of files) {
    const read = await readWorkbookFile(join(folder, file));
    if (!read.ok) throw new Error(`${file}: ${read.reason}`);
    if (mode === 'report') summarizeReport(buildReport(read.data, { asOf: AS_OF, lang: 'fi' }), file);
  }
  writeFileSync(output, JSON.stringify({ readMs: performance.now() - started, readCpuMs: cpuMsSince(cpu), files: files.length }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(3);
});
