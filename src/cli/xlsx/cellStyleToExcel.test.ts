import { cellStyleToExcel } from './cellStyleToExcel';

describe('cellStyleToExcel', () => {
  it("gives a heading's look (bold, fill, bottom border) in ExcelJS's shape", () => {
    expect(cellStyleToExcel({ bold: true, fill: '#DDEBF7', border: { bottom: '#8EA9DB' } })).toEqual({
      font: { bold: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
      border: { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } },
    });
  });

  it('gives a link blue and underlined and keeps number format and alignment', () => {
    expect(cellStyleToExcel({ numberFormat: '0.0 %', hAlign: 'right', indent: 2, fontColor: '#0563C1', underline: true })).toEqual({
      numFmt: '0.0 %',
      font: { underline: true, color: { argb: 'FF0563C1' } },
      alignment: { horizontal: 'right', indent: 2 },
    });
  });

  it('leaves an empty style empty', () => {
    expect(cellStyleToExcel({})).toEqual({});
  });
});
