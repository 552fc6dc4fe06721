/**
 * The CLI's reader alone: the file read into the core's grids, nothing else. Writes `{ readMs, cells }`
 * to the JSON file named second, so the time is the reading's own, without Node's start-up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readXlsxPackage } from '../../src/cli/xlsx/read/readXlsxPackage';
import { cpuMsSince } from './cpuMsSince';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: readerOnly <in.xlsx> <result.json>');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const data = await readXlsxPackage(readFileSync(input), null);
  const readMs = performance.now() - started;
  const cells = data.sheets.reduce((n, g) => n + g.values.reduce((m, row) => m + row.filter((v) => v !== null).length, 0), 0);
  writeFileSync(
    output,
    JSON.stringify({ readMs, readCpuMs: cpuMsSince(cpu), cells, merges: data.sheets.reduce((n, g) => n + (g.merges?.length ?? 0), 0) }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(3);
});
