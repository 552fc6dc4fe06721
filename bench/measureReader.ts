/** Measures the CLI's reader against the floor of the file itself, each in its own child process. */
import fs from 'node:fs';
import path from 'node:path';
import { sheetXml, xlsxPackage } from '../fixtures/xlsxParts';
import { measureProcess, type ProcessResult } from './measureProcess';
import { median } from './stats';

export interface ReaderSideResult {
  /** The reading's own time in the child, from reading the file to the last grid (modules loaded). */
  readMs: number;
  /** CPU time of the reading (main thread and zlib's threads): steadier than wall time on a shared machine. */
  readCpuMs: number;
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
}

export interface ReaderResult {
  rows: number;
  fileBytes: number;
  /** Uncompressed bytes of the sheet parts and shared strings: what both sides scan. */
  xmlBytes: number;
  runs: number;
  floor: ReaderSideResult;
  reader: ReaderSideResult;
  /** Reader's read time / floor's read time. */
  ratio: number;
  /** Reader's read CPU time / floor's read CPU time. */
  cpuRatio: number;
  cells: number;
}

export interface MergesResult {
  merges: number;
  fileBytes: number;
  runs: number;
  reader: ReaderSideResult;
  mergesRead: number;
}

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench', 'out');

/**
 * Runs the floor (bench/child/fileFloor.ts: unzip the sheet parts and scan them with saxes, nothing
 * else) and the reader (bench/child/readerOnly.ts) in turn `runs` times on one .xlsx; medians.
 * @example (await measureReader('bench/out/bench-100000.xlsx', { rows: 100000 }, 3)).ratio //=> 1.6
 */
export async function measureReader(xlsx: string, size: { rows: number }, runs: number): Promise<ReaderResult> {
  const base = path.join(OUT, `reader-${size.rows}`);
  const floorRuns: Run[] = [];
  const readerRuns: Run[] = [];
  for (let i = 0; i < runs; i++) {
    floorRuns.push(await child('bench/child/fileFloor.ts', xlsx, `${base}-floor`));
    readerRuns.push(await child('bench/child/readerOnly.ts', xlsx, `${base}-reader`));
  }
  const floor = side(floorRuns);
  const reader = side(readerRuns);
  return {
    rows: size.rows,
    fileBytes: fs.statSync(xlsx).size,
    xmlBytes: Number(floorRuns[0]?.result.bytesScanned ?? 0),
    runs,
    floor,
    reader,
    ratio: reader.readMs / floor.readMs,
    cpuRatio: reader.readCpuMs / floor.readCpuMs,
    cells: Number(readerRuns[0]?.result.cells ?? 0),
  };
}

/**
 * A sheet of `merges` rows, each a section title merged across the table as managers merge them,
 * under a data validation over the whole sheet (A1:XFD1048576): ExcelJS took minutes on either.
 * @example (await measureMerges(20000, 3)).reader.readMs //=> 600
 */
export async function measureMerges(merges: number, runs: number): Promise<MergesResult> {
  const xlsx = path.join(OUT, `merges-${merges}.xlsx`);
  let rows = '';
  let ranges = '';
  for (let r = 1; r <= merges; r++) {
    rows += `<row r="${r}"><c r="B${r}" t="inlineStr"><is><t>Tavoite ${r}: Asiakasohjauksen yhtenäistäminen</t></is></c><c r="H${r}"><v>${r}</v></c></row>`;
    ranges += `<mergeCell ref="B${r}:G${r}"/>`;
  }
  const validation = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Kyllä,Ei,Osittain"</formula1></dataValidation></dataValidations>';
  fs.writeFileSync(xlsx, await xlsxPackage({ sheets: [{ name: 'Yhdistetyt', xml: sheetXml(rows, `<mergeCells count="${merges}">${ranges}</mergeCells>${validation}`) }] }));
  const readerRuns: Run[] = [];
  for (let i = 0; i < runs; i++) readerRuns.push(await child('bench/child/readerOnly.ts', xlsx, path.join(OUT, `merges-${merges}-reader`)));
  return { merges, fileBytes: fs.statSync(xlsx).size, runs, reader: side(readerRuns), mergesRead: Number(readerRuns[0]?.result.merges ?? 0) };
}

interface Run {
  process: ProcessResult;
  result: Record<string, unknown>;
}

async function child(script: string, xlsx: string, base: string): Promise<Run> {
  const resultFile = `${base}-result.json`;
  fs.rmSync(resultFile, { force: true });
  const run = await measureProcess([script, xlsx, resultFile], `${base}-usage.json`, ROOT);
  if (run.exitCode !== 0) throw new Error(`${path.basename(script)} failed (${run.exitCode}): ${run.stderr.split('\n')[0]}`);
  return { process: run, result: JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Record<string, unknown> };
}

function side(runs: readonly Run[]): ReaderSideResult {
  return {
    readMs: median(runs.map((r) => Number(r.result.readMs))),
    readCpuMs: median(runs.map((r) => Number(r.result.readCpuMs))),
    wallMs: median(runs.map((r) => r.process.wallMs)),
    cpuMs: median(runs.map((r) => r.process.cpuMs)),
    maxRssMiB: Math.max(...runs.map((r) => r.process.maxRssMiB)),
  };
}
