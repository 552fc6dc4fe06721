import { problemsWorkbook } from '../../../fixtures/problems';
import { seed002BudgetWorkbook } from '../../../fixtures/seed002Budget';
import { buildReport, consolidate, failedWorkbook, summarizeReport, type WorkbookSummary } from '../../core';
import { consolidationJsonPieces } from './consolidationJsonPieces';
import { workbookJsonBytes } from './workbookJsonBytes';

const asOf = '2022-06-30';
const summaries: WorkbookSummary[] = [
  summarizeReport(buildReport(problemsWorkbook(), { asOf, lang: 'fi' }), 'yksiköt/Työhyvinvointi "2022".xlsx'),
  failedWorkbook('yksiköt/rikki.xlsx', 'Tiedosto on vioittunut.\nAvaa ja tallenna se Excelissä.'),
  summarizeReport(buildReport(seed002BudgetWorkbook(), { asOf, lang: 'fi' }), 'talous/Itä-Uusimaa − 1 000 €.xlsx'),
];
const rowsOf = (list: readonly WorkbookSummary[]) => new Map(list.map((s) => [s, workbookJsonBytes(s)]));
const text = (pieces: readonly (string | Uint8Array)[]) =>
  Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString();

describe('consolidationJsonPieces', () => {
  it('writes koonti.json byte for byte as the consolidation stringified whole, from the rows the workers encoded', () => {
    const consolidation = consolidate(summaries, { asOf, lang: 'fi' });
    const pieces = consolidationJsonPieces(consolidation, rowsOf(summaries));
    expect(pieces.filter((p) => p instanceof Uint8Array)).toHaveLength(summaries.length);
    expect(text(pieces)).toBe(JSON.stringify(consolidation, null, 2));
  });

  it('writes a single unit and a folder of only earlier consolidations (no rows) the same way', () => {
    for (const list of [summaries.slice(2), []]) {
      const consolidation = consolidate(list, { asOf, lang: 'sv' });
      expect(text(consolidationJsonPieces(consolidation, rowsOf(list)))).toBe(JSON.stringify(consolidation, null, 2));
    }
  });

  it("encodes a row the consolidation made anew, and uses the workers' rows for the rest", () => {
    const consolidation = consolidate(summaries, { asOf, lang: 'en' });
    const renamed = {
      ...consolidation,
      workbooks: consolidation.workbooks.map((w, i) => (i === 1 ? { ...w, unit: `${w.unit} (kopio)` } : w)),
    };
    const rows = rowsOf(summaries);
    const pieces = consolidationJsonPieces(renamed, rows);
    expect(text(pieces)).toBe(JSON.stringify(renamed, null, 2));
    expect(pieces.filter((p) => [...rows.values()].some((row) => row === p))).toHaveLength(summaries.length - 1);
    expect(text(consolidationJsonPieces(consolidation, rowsOf(summaries.slice(1))))).toBe(JSON.stringify(consolidation, null, 2));
  });
});
