/**
 * The floor of a consolidation: every workbook of a folder read once by the CLI's reader, one after another in one
 * thread, nothing else. Writes `{ readMs, readCpuMs, files }` to the JSON file named second.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/cli/xlsx/readWorkbookFile';
import { cpuMsSince } from './cpuMsSince';

async function main(): Promise<void> {
  const [folder, output] = process.argv.slice(2);
  if (!folder || !output) throw new Error('usage: readAllOnce <folder> <result.json>');
  const files = readdirSync(folder).filter((f) => f.endsWith('.xlsx'));
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const file of files) {
    const read = await readWorkbookFile(join(folder, file));
    if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  }
  writeFileSync(output, JSON.stringify({ readMs: performance.now() - started, readCpuMs: cpuMsSince(cpu), files: files.length }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(3);
});
