import { excelTableLayout } from '../../../fixtures/layouts';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { readExcelTable } from './readExcelTable';

const ctx: CoreContext = { asOf: '2024-06-30', lang: 'sv', locale: getLocale('sv') };

describe('readExcelTable', () => {
  it('reads a ListObject by its own headers and stops where it ends', () => {
    const t = readExcelTable(excelTableLayout, { name: 'Toimenpiteet', range: 'B3:F8', showHeaders: true }, ctx, []);
    expect(t?.total).toBe(4);
    expect(t?.items.some((i) => i.action === 'Päivitetty kuukausittain')).toBe(false);
  });
  it('reads a table claiming rows past what the host read without walking them', () => {
    const t = readExcelTable(excelTableLayout, { name: 'Toimenpiteet', range: 'B3:F1048576', showHeaders: true }, ctx, []);
    // The note under it sits in the Nro column alone: a number cell with no action is no item.
    expect(t?.items.map((i) => i.row)).toEqual([4, 5, 7, 8]);
    expect(t?.range).toBe('B3:F8');
  });
  it('skips a table with no action column, no header row or inside an excluded range', () => {
    const budget: Grid = {
      sheet: 'Talous',
      origin: { row: 1, col: 1 },
      values: [
        ['Tili', 'Talousarvio', 'Toteuma'],
        ['Toimintatuotot', 30842, 15021],
      ],
      tables: [],
    };
    expect(readExcelTable(budget, { name: 'Talous', range: 'A1:C2', showHeaders: true }, ctx, [])).toBeNull();
    expect(readExcelTable(excelTableLayout, { name: 'T', range: 'B3:F8', showHeaders: false }, ctx, [])).toBeNull();
    expect(
      readExcelTable(excelTableLayout, { name: 'T', range: 'B3:F8', showHeaders: true }, ctx, [{ top: 1, left: 1, bottom: 9, right: 9 }]),
    ).toBeNull();
    expect(readExcelTable(excelTableLayout, { name: 'T', range: 'Taulukko1', showHeaders: true }, ctx, [])).toBeNull();
  });
});
