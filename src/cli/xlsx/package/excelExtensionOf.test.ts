import { EXCEL_EXTENSIONS, excelExtensionOf } from './excelExtensionOf';

describe('excelExtensionOf', () => {
  it('gives a macro workbook .xlsm and a plain one .xlsx, whatever the case of the media type', () => {
    expect(excelExtensionOf('application/vnd.ms-excel.sheet.macroEnabled.main+xml')).toBe('.xlsm');
    expect(excelExtensionOf('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')).toBe('.xlsx');
    expect(excelExtensionOf('application/vnd.ms-excel.template.macroEnabled.main+xml')).toBe('.xltm');
  });

  it('gives nothing for a type that is not a workbook', () => {
    expect(excelExtensionOf('application/xml')).toBeNull();
    expect([...EXCEL_EXTENSIONS].sort()).toEqual(['.xlam', '.xlsm', '.xlsx', '.xltm', '.xltx']);
  });
});
