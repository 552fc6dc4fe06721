import { latestExcelApi } from './latestExcelApi';

describe('latestExcelApi', () => {
  it('compares versions as numbers, so 1.10 is newer than 1.9', () => {
    const dts = '/** [Api set: ExcelApi 1.9] */ a: 1; /** [Api set: ExcelApi 1.10] */ b: 2; /** [Api set: WordApi 1.12] */ c: 3;';
    expect(latestExcelApi(dts)).toBe('1.10');
  });
});
