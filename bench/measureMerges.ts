/** Measures the CLI's reader on a sheet of many merged ranges under a whole-sheet data validation. */
import fs from 'node:fs';
import path from 'node:path';
import { sheetXml, xlsxPackage } from '../fixtures/xlsxParts';
import type { ReaderSideResult } from './measureReader';
import { readerChild, type ReaderChildRun } from './readerChild';
import { median } from './stats';

export interface MergesResult {
  merges: number;
  fileBytes: number;
  runs: number;
  reader: ReaderSideResult;
  mergesRead: number;
}

const OUT = path.resolve(__dirname, 'out');

/**
 * A sheet of `merges` rows, each a section title merged across the table as managers merge them,
 * under a data validation over the whole sheet (A1:XFD1048576): ExcelJS took minutes on either.
 * @example (await measureMerges(20000, 3)).reader.readMs //=> 423
 */
export async function measureMerges(merges: number, runs: number): Promise<MergesResult> {
  const xlsx = path.join(OUT, `merges-${merges}.xlsx`);
  let rows = '';
  let ranges = '';
  for (let r = 1; r <= merges; r++) {
    rows += `<row r="${r}"><c r="B${r}" t="inlineStr"><is><t>Tavoite ${r}: Asiakasohjauksen yhtenäistäminen</t></is></c><c r="H${r}"><v>${r}</v></c></row>`;
    ranges += `<mergeCell ref="B${r}:G${r}"/>`;
  }
  const validation =
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Kyllä,Ei,Osittain"</formula1></dataValidation></dataValidations>';
  fs.writeFileSync(
    xlsx,
    await xlsxPackage({
      sheets: [{ name: 'Yhdistetyt', xml: sheetXml(rows, `<mergeCells count="${merges}">${ranges}</mergeCells>${validation}`) }],
    }),
  );
  const readerRuns: ReaderChildRun[] = [];
  for (let i = 0; i < runs; i++)
    readerRuns.push(await readerChild('bench/child/readerOnly.ts', xlsx, path.join(OUT, `merges-${merges}-reader`)));
  return {
    merges,
    fileBytes: fs.statSync(xlsx).size,
    runs,
    reader: {
      readMs: median(readerRuns.map((r) => Number(r.result.readMs))),
      readCpuMs: median(readerRuns.map((r) => Number(r.result.readCpuMs))),
      wallMs: median(readerRuns.map((r) => r.process.wallMs)),
      cpuMs: median(readerRuns.map((r) => r.process.cpuMs)),
      maxRssMiB: Math.max(...readerRuns.map((r) => r.process.maxRssMiB)),
    },
    mergesRead: Number(readerRuns[0]?.result.merges ?? 0),
  };
}
