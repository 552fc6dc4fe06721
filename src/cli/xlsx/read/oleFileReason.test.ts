import { oleFile } from '../../../../fixtures/oleFile';
import { oleFileReason } from './oleFileReason';

describe('oleFileReason', () => {
  it('knows a password-protected workbook by its EncryptionInfo stream', () => {
    expect(oleFileReason(oleFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']))).toBe('encrypted');
  });

  it('knows an Excel 97-2003 workbook by its Workbook stream', () => {
    expect(oleFileReason(oleFile(['Workbook', '\u0005SummaryInformation']))).toBe('legacyXls');
  });

  it('finds the streams in a directory longer than one sector', () => {
    expect(oleFileReason(oleFile(['\u0005SummaryInformation', '\u0005DocumentSummaryInformation', 'CompObj', 'Ctls', 'Workbook']))).toBe(
      'legacyXls',
    );
  });

  it('says another compound file (a Word document) is not a workbook, and a cut one is corrupt', () => {
    expect(oleFileReason(oleFile(['WordDocument', '1Table']))).toBe('notWorkbook');
    expect(oleFileReason(oleFile(['Workbook']).subarray(0, 700))).toBe('corrupt');
  });

  it('leaves files that are not compound files to other checks', () => {
    expect(oleFileReason(Buffer.from('PK\u0003\u0004'))).toBeNull();
  });
});
