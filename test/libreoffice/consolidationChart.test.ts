/**
 * Koonti's chart as LibreOffice reads it: the consolidation of the fixtures' folder is saved again by LibreOffice (its own
 * chart part, from the cells it loaded) and printed to PDF, so the chart's series, colours and categories are the ones a
 * spreadsheet draws, not only the ones we wrote.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { UNIT_TITLES, writeUnitWorkbooks } from '../../fixtures/unitWorkbooks';
import { runCli } from '../../src/cli/runCli';
import { getLocale } from '../../src/core/locales/getLocale';
import { consolidationSchema, type Consolidation } from '../../src/core/schema/consolidation';
import { CANONICAL_STATUSES } from '../../src/core/schema/vocabulary';
import { statusChartColor } from '../../src/core/status/statusChartColor';
import { convertWithLibreOffice } from './convertWithLibreOffice';
import { readPdfPages } from './readPdfPages';

const fi = getLocale('fi');
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

describe("Koonti's chart of statuses per unit, opened by LibreOffice", () => {
  let chart: Document;
  let consolidation: Consolidation;
  let pdfText = '';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seuranta-koonti-chart-'));
    await writeUnitWorkbooks(join(dir, 'yksiköt'));
    const koonti = join(dir, 'koonti.xlsx');
    const json = join(dir, 'koonti.json');
    const code = await runCli(['consolidate', join(dir, 'yksiköt'), '--out', koonti, '--json', json, '--as-of', '2022-06-30'], {
      out: () => undefined,
      err: () => undefined,
    });
    if (code > 1) throw new Error(`the CLI failed with exit code ${code}`);
    consolidation = consolidationSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
    const saved = convertWithLibreOffice([koonti], join(dir, 'lo'), 'xlsx:Calc MS Excel 2007 XML');
    const resaved = saved.outputs.get(koonti);
    if (!resaved) throw new Error(`LibreOffice did not save Koonti again:\n${saved.log}`);
    const zip = await JSZip.loadAsync(readFileSync(resaved));
    const parts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    if (parts.length !== 1) throw new Error(`LibreOffice kept ${parts.length} charts of Koonti: ${parts.join(', ')}`);
    chart = new DOMParser().parseFromString(await zip.file(parts[0] ?? '')!.async('string'), 'text/xml') as unknown as Document;
    const printed = convertWithLibreOffice([koonti], join(dir, 'pdf'), 'pdf').outputs.get(koonti);
    if (!printed) throw new Error('LibreOffice printed no PDF of Koonti.');
    pdfText = readPdfPages(printed)
      .map((p) => p.text)
      .join('\n');
  }, 300_000);

  const attr = (el: Element | undefined, name: string) => el?.getElementsByTagNameNS(C, name)[0]?.getAttribute('val') ?? null;
  const seriesOf = () => Array.from(chart.getElementsByTagNameNS(C, 'ser'));
  const cached = (el: Element | undefined, part: 'tx' | 'cat') =>
    Array.from(el?.getElementsByTagNameNS(C, part)[0]?.getElementsByTagNameNS(C, 'v') ?? []).map((v) => v.textContent);

  it('stacks a column per unit read, a series per status that occurs, in the palette’s colours', () => {
    const bar = chart.getElementsByTagNameNS(C, 'barChart')[0];
    expect([attr(bar, 'barDir'), attr(bar, 'grouping')]).toEqual(['col', 'stacked']);
    const occurring = CANONICAL_STATUSES.filter((s) => consolidation.totals.byStatus[s] > 0);
    const series = seriesOf();
    expect(series.map((s) => cached(s, 'tx')[0])).toEqual(occurring.map((s) => fi.statusLabels[s]));
    expect(series.map((s) => s.getElementsByTagNameNS(A, 'srgbClr')[0]?.getAttribute('val')?.toUpperCase())).toEqual(
      occurring.map((s) => statusChartColor(s).slice(1)),
    );
  });

  it('names each column by its unit, a titled workbook by its title', () => {
    const units = consolidation.workbooks.filter((w) => w.ok && w.totals.total > 0).map((w) => w.unit);
    expect(cached(seriesOf()[0], 'cat')).toEqual(units);
    for (const title of Object.values(UNIT_TITLES)) expect(units).toContain(title);
  });

  it('prints the chart with its title', () => {
    expect(pdfText).toContain(fi.consolidate.unitChartTitle);
  });
});
