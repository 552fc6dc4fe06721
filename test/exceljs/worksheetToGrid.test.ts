import ExcelJS from 'exceljs';
import { worksheetToGrid } from './worksheetToGrid';

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Lastensuojelu'));
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  const ws = back.getWorksheet('Lastensuojelu');
  if (!ws) throw new Error('sheet lost');
  return ws;
}

describe('worksheetToGrid', () => {
  it('starts the grid where the values start, not at A1', async () => {
    const ws = await roundTrip((s) => {
      s.getCell('C4').value = 'Lastensuojelu';
      s.getCell('C6').value = 'Toimenpide';
      s.getCell('E6').value = 'Toteuma';
      s.getCell('E7').value = 'Kyllä';
    });
    const grid = worksheetToGrid(ws);
    expect(grid.origin).toEqual({ row: 4, col: 3 });
    expect(grid.values).toEqual([
      ['Lastensuojelu', null, null],
      [null, null, null],
      ['Toimenpide', null, 'Toteuma'],
      [null, null, 'Kyllä'],
    ]);
  });

  it('does not widen the area for cells that are only styled', async () => {
    const ws = await roundTrip((s) => {
      s.getCell('B2').value = 'Toimenpide';
      s.getCell('H20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const grid = worksheetToGrid(ws);
    expect(grid.values).toEqual([['Toimenpide']]);
  });

  it('reads a merged section row as one value in its first cell, and lists the merge', async () => {
    const ws = await roundTrip((s) => {
      s.getCell('A1').value = 'Toimenpide';
      s.getCell('C1').value = 'Toteuma';
      s.getCell('A2').value = 'Tavoite 1: Asiakasohjaus yhdenmukaiseksi';
      s.mergeCells('A2:C2');
    });
    const grid = worksheetToGrid(ws);
    expect(grid.values[1]).toEqual(['Tavoite 1: Asiakasohjaus yhdenmukaiseksi', null, null]);
    expect(grid.merges).toEqual(['A2:C2']);
  });

  it('gives rich text, formulas, hyperlinks, dates and errors as Excel shows them', async () => {
    const ws = await roundTrip((s) => {
      s.getCell('A1').value = { richText: [{ text: 'Ei /' }, { font: { italic: true }, text: '\nkorona' }] };
      s.getCell('B1').value = { formula: '1+1', result: 2 };
      s.getCell('C1').value = { text: 'Hankesivu', hyperlink: 'https://example.fi' };
      s.getCell('D1').value = new Date(Date.UTC(2024, 11, 31));
      s.getCell('E1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      s.getCell('F1').value = '=SUM(A1)';
    });
    const [row] = worksheetToGrid(ws).values;
    expect(row?.slice(0, 3)).toEqual(['Ei /\nkorona', 2, 'Hankesivu']);
    expect(row?.[3]).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(row?.[4]).toEqual({ error: '#REF!' });
    expect(row?.[5]).toBe('=SUM(A1)');
  });

  it('lists indents above 0 with their absolute position', async () => {
    const ws = await roundTrip((s) => {
      s.getCell('B3').value = 'Toimintatuotot';
      s.getCell('B4').value = 'Myyntituotot';
      s.getCell('B4').alignment = { indent: 1 };
    });
    expect(worksheetToGrid(ws).indents).toEqual([{ row: 4, col: 2, level: 1 }]);
  });

  it('lists an Excel table with its full A1 range and whether its headers show', async () => {
    const ws = await roundTrip((s) => {
      s.getCell('B2').value = 'Seuranta 2024';
      s.addTable({
        name: 'Toimenpiteet',
        ref: 'B4',
        headerRow: true,
        columns: [{ name: 'Toimenpide' }, { name: 'Vastuuhenkilö' }, { name: 'Tila' }],
        rows: [
          ['Asiakasohjauksen yhtenäistäminen', 'Anna Virtanen', 'Käynnissä'],
          ['Kotihoidon toiminnanohjaus', 'Mikko Laine', 'Valmis'],
        ],
      });
    });
    const grid = worksheetToGrid(ws);
    expect(grid.tables).toEqual([{ name: 'Toimenpiteet', range: 'B4:D6', showHeaders: true }]);
    expect(grid.values[2]).toEqual(['Toimenpide', 'Vastuuhenkilö', 'Tila']);
  });

  it('gives an empty sheet an empty grid at A1, and says when a sheet is hidden', async () => {
    const ws = await roundTrip((s) => {
      s.state = 'hidden';
    });
    const grid = worksheetToGrid(ws);
    expect(grid.values).toEqual([]);
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.visible).toBe(false);
  });
});
