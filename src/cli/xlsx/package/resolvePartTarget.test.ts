import { resolvePartTarget } from './resolvePartTarget';

describe('resolvePartTarget', () => {
  it('resolves targets relative to the folder of the part that holds the relationship', () => {
    expect(resolvePartTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartTarget('xl/drawings/drawing1.xml', '../charts/chart1.xml')).toBe('xl/charts/chart1.xml');
    expect(resolvePartTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
  });

  it('takes absolute and percent-encoded targets as other writers leave them', () => {
    expect(resolvePartTarget('xl/workbook.xml', '/xl/worksheets/sheet.xml')).toBe('xl/worksheets/sheet.xml');
    expect(resolvePartTarget('xl/worksheets/sheet1.xml', '../media/kuva%201.png')).toBe('xl/media/kuva 1.png');
  });
});
