import type { CellValue } from '../../../core/grid';
import type { IndentedCell, SheetCells } from './readSheetPart';
import { MAX_GRID_CELLS, sheetCellsToGrid } from './sheetCellsToGrid';

/** Cells by address ('B3') as the sheet reader leaves them. */
function cells(byAddress: Record<string, CellValue>, more: Partial<SheetCells> = {}): SheetCells {
  const out: SheetCells = { rows: [], cols: [], values: [], merges: [], tableIds: [], indented: [], ...more };
  for (const [address, value] of Object.entries(byAddress)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    out.cols.push([...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
    out.rows.push(Number(m[2]));
    out.values.push(value);
  }
  return out;
}

describe('sheetCellsToGrid', () => {
  it("reads the tool's sheet as wide as its table, its marker in AZ1 still where the core looks", () => {
    const grid = sheetCellsToGrid(
      'Seurantahistoria',
      true,
      cells({ A1: 'Seurantahistoria', AZ1: 'seuranta:generated:history', A4: 'Tilanne päivänä', B4: 'Yhteensä', B5: 12 }),
      [],
    );
    expect(grid.values.slice(1)).toEqual([
      [null, null],
      [null, null],
      ['Tilanne päivänä', 'Yhteensä'],
      [null, 12],
    ]);
    expect(grid.values[0]?.[51]).toBe('seuranta:generated:history');
    expect(grid.values[0]?.every((v) => v !== undefined)).toBe(true);
  });

  it("reads a user's sheet with text in AZ1 across to it", () => {
    const grid = sheetCellsToGrid('Muistiinpanot', true, cells({ A1: 'Otsikko', AZ1: 'huom', A2: 'x' }), []);
    expect(grid.values[1]).toHaveLength(52);
  });

  it('starts the grid where the values start and fills the gaps with empty cells', () => {
    const grid = sheetCellsToGrid('Lastensuojelu', true, cells({ C4: 'Lastensuojelu', C6: 'Toimenpide', E6: 'Toteuma', E7: 'Kyllä' }), []);
    expect(grid.origin).toEqual({ row: 4, col: 3 });
    expect(grid.values).toEqual([
      ['Lastensuojelu', null, null],
      [null, null, null],
      ['Toimenpide', null, 'Toteuma'],
      [null, null, 'Kyllä'],
    ]);
  });

  it("keeps a merged section row's value in its first cell only and lists each merge once", () => {
    const grid = sheetCellsToGrid(
      'Vammaispalvelut',
      true,
      cells(
        { A1: 'Toimenpide', C1: 'Toteuma', A2: 'Tavoite 1: Asumispalvelut', B2: 'Tavoite 1: Asumispalvelut', E9: 'piilossa' },
        { merges: ['A2:C2', 'A2:C2', 'D9:E9', 'B20:C21'] },
      ),
      [],
    );
    expect(grid.values[1]).toEqual(['Tavoite 1: Asumispalvelut', null, null]);
    expect(grid.merges).toEqual(['A2:C2', 'D9:E9', 'B20:C21']);
  });

  it('does not widen the used area for values a merge hides', () => {
    const grid = sheetCellsToGrid(
      'Talous',
      true,
      cells({ A1: 'Talous', H1: 'näkymätön', H30: 'näkymätön' }, { merges: ['A1:H1', 'G29:H30'] }),
      [],
    );
    expect(grid.values).toEqual([['Talous']]);
  });

  it('lists indents in row order for cells with values and cells a merge covers, not other styled cells', () => {
    const indented: IndentedCell[] = [
      { row: 5, col: 2, level: 2, holdsValue: true },
      { row: 4, col: 2, level: 1, holdsValue: true },
      { row: 4, col: 3, level: 1, holdsValue: false },
      { row: 7, col: 2, level: 1, holdsValue: false },
    ];
    const grid = sheetCellsToGrid('Talous', true, cells({ B4: 'Myyntituotot', B5: 'Maksutuotot' }, { indented, merges: ['B4:C4'] }), []);
    expect(grid.indents).toEqual([
      { row: 4, col: 2, level: 1 },
      { row: 4, col: 3, level: 1 },
      { row: 5, col: 2, level: 2 },
    ]);
  });

  it('puts the rows of a part that lists them out of order in order, a later cell at an address winning', () => {
    const grid = sheetCellsToGrid(
      'Talous',
      true,
      { ...cells({}), rows: [5, 3, 5, 3], cols: [1, 2, 1, 2], values: ['Toinen', 'Eka', 'Toinen!', 'Eka!'] },
      [],
    );
    expect(grid.origin).toEqual({ row: 3, col: 1 });
    expect(grid.values).toEqual([
      [null, 'Eka!'],
      [null, null],
      ['Toinen!', null],
    ]);
  });

  it('gives an empty sheet an empty grid at A1 and carries visibility and tables', () => {
    const table = { name: 'Kulut', range: 'A3:B5', showHeaders: true };
    expect(sheetCellsToGrid('Apu', false, cells({}), [table])).toEqual({
      sheet: 'Apu',
      origin: { row: 1, col: 1 },
      values: [],
      tables: [table],
      merges: [],
      indents: [],
      visible: false,
    });
  });

  it('refuses, naming the sheet and area, a used area too large to hand over as a grid', () => {
    const far = `XFD${Math.ceil(MAX_GRID_CELLS / 16384) + 1}`;
    expect(() => sheetCellsToGrid('Raakadata', true, cells({ A1: 'Toimenpide', [far]: 1 }), [])).toThrow(
      expect.objectContaining({ reason: 'sheetTooLarge', detail: { sheet: 'Raakadata', range: `A1:${far}` } }),
    );
  });
});
