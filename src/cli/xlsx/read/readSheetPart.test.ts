import { sheetXml, zipParts } from '../../../../fixtures/xlsxParts';
import { readSheetPart, type SheetCells, type SheetContext } from './readSheetPart';
import { readZipDirectory } from './readZipDirectory';

const context: SheetContext = {
  sharedStrings: ['Toimenpide', '', 'Kyllä'],
  // Style 1 is a date format, style 2 a plain number format with an indent.
  styles: { isDate: [false, true, false], indent: [0, 0, 1] },
  date1904: false,
};

async function read(xml: string, ctx: SheetContext = context) {
  const bytes = await zipParts({ 'xl/worksheets/sheet1.xml': xml });
  return readSheetPart(bytes, readZipDirectory(bytes).get('xl/worksheets/sheet1.xml')!, ctx);
}

/** The values by address, a later cell at an address over an earlier one, as the grid takes them. */
function values(cells: SheetCells): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  cells.values.forEach((v, i) => {
    out[`${cells.rows[i]},${cells.cols[i]}`] = v;
  });
  return out;
}

describe('readSheetPart', () => {
  it('reads each kind of cell as Excel shows it', async () => {
    const cells = await read(
      sheetXml(
        '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>Ei /</t><r><t xml:space="preserve">\nkorona</t></r></is></c>' +
          '<c r="C2"><v>30842.5</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#REF!</v></c><c r="F2" s="1"><v>45657</v></c>' +
          '<c r="G2" t="str"><f>A2&amp;"!"</f><v>Toimenpide!</v></c><c r="H2"><f>SUM(C2:C9)</f><v>-378568</v></c><c r="I2" t="b"><f>TRUE()</f><v>0</v></c>' +
          '<c r="J2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="K2" s="1"><f>DATE(2024,12,31)</f><v>45657</v></c><c r="L2" t="inlineStr"><v>Valmis</v></c></row>',
      ),
    );
    expect(values(cells)).toEqual({
      '2,1': 'Toimenpide',
      '2,2': 'Ei /\nkorona',
      '2,3': 30842.5,
      '2,4': true,
      '2,5': { error: '#REF!' },
      '2,6': new Date(Date.UTC(2024, 11, 31)),
      '2,7': 'Toimenpide!',
      '2,8': -378568,
      '2,9': false,
      '2,10': { error: '#DIV/0!' },
      '2,11': new Date(Date.UTC(2024, 11, 31)),
      '2,12': 'Valmis',
    });
  });

  it('leaves empty strings, styled cells, formulas without a result and text that is no number empty', async () => {
    const cells = await read(
      sheetXml(
        '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="2"/><c r="C1"><f>A1</f></c><c r="D1"><v> </v></c><c r="E1" t="inlineStr"><is><t></t></is></c><c r="F1" t="s"><v>99</v></c></row>',
      ),
    );
    expect(values(cells)).toEqual({});
  });

  it('places cells and rows that have no address after the previous one', async () => {
    const cells = await read(
      sheetXml('<row r="3"><c r="B3" t="s"><v>0</v></c><c t="s"><v>2</v></c></row><row><c t="s"><v>2</v></c></row>'),
    );
    expect(values(cells)).toEqual({ '3,2': 'Toimenpide', '3,3': 'Kyllä', '4,1': 'Kyllä' });
  });

  it('reads x:-prefixed cells, a lower-case address, and a later cell at the same address over an earlier one', async () => {
    const xml = sheetXml('').replace('<sheetData></sheetData>', '');
    const prefixed = xml
      .replace('<worksheet xmlns=', '<x:worksheet xmlns:x=')
      .replace(
        '</worksheet>',
        '<x:sheetData><x:row r="1"><x:c r="a1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>',
      );
    expect(values(await read(prefixed))).toEqual({ '1,1': 'Toimenpide', '1,2': 2 });
  });

  it('reads t="d" cells (ISO dates, date-times and times) as the moments they name when their style is a date format', async () => {
    const cells = await read(
      sheetXml(
        '<row r="1"><c r="A1" t="d" s="1"><v>2024-06-30</v></c><c r="B1" t="d" s="1"><v>2021-12-31T23:44:51.894</v></c><c r="C1" t="d" s="1"><v>12:30:00</v></c><c r="D1" t="d"><v>2024-06-30</v></c></row>',
      ),
    );
    expect(values(cells)).toEqual({
      '1,1': new Date(Date.UTC(2024, 5, 30)),
      '1,2': new Date(Date.UTC(2021, 11, 31, 23, 44, 51, 894)),
      '1,3': new Date(Date.UTC(1899, 11, 30, 12, 30)),
      '1,4': 45473,
    });
  });

  it('keeps the cached results of shared, array and data-table formulas, 0 and FALSE too', async () => {
    const cells = await read(
      sheetXml(
        '<row r="4"><c r="C4"><f t="shared" ref="C4:D4" si="0">A4*2</f><v>0</v></c><c r="D4"><f t="shared" si="0"/><v>0</v></c>' +
          '<c r="E4" cm="1"><f t="array" ref="E4:E5">LEN(B1:B2)</f><v>3</v></c><c r="F4"><f t="dataTable" ref="F4:F8" dt2D="0" dtr="0" r1="A1"/><v>10</v></c>' +
          '<c r="G4" t="b"><f aca="false">FALSE()</f><v>0</v></c></row>',
      ),
    );
    expect(values(cells)).toEqual({ '4,3': 0, '4,4': 0, '4,5': 3, '4,6': 10, '4,7': false });
  });

  it('leaves a date-formatted number too large to be a date empty, never an Invalid Date', async () => {
    const cells = await read(sheetXml('<row r="1"><c r="A1" s="1"><v>1E+300</v></c><c r="B1"><v>1E+300</v></c></row>'));
    expect(values(cells)).toEqual({ '1,2': 1e300 });
  });

  it('counts serial dates from 1904 in a 1904 workbook', async () => {
    const cells = await read(sheetXml('<row r="1"><c r="A1" s="1"><v>44195</v></c></row>'), { ...context, date1904: true });
    expect(values(cells)).toEqual({ '1,1': new Date(Date.UTC(2024, 11, 31)) });
  });

  it('lists merges, table ids and indented cells with whether they hold a value', async () => {
    const cells = await read(
      sheetXml(
        '<row r="4"><c r="B4" s="2" t="s"><v>0</v></c><c r="C4" s="2"/></row>',
        '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A1:C1"/></mergeCells><tableParts count="1"><tablePart r:id="rId3"/></tableParts>',
      ),
    );
    expect(cells.merges).toEqual(['A1:C1', 'A1:C1']);
    expect(cells.tableIds).toEqual(['rId3']);
    expect(cells.indented).toEqual([
      { row: 4, col: 2, level: 1, holdsValue: true },
      { row: 4, col: 3, level: 1, holdsValue: false },
    ]);
  });

  it('ignores cells beyond the last column and row Excel has', async () => {
    const cells = await read(sheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>1</v></c></row>'));
    expect(values(cells)).toEqual({});
  });
});
