import { en } from '../core/locales/en';
import { fi } from '../core/locales/fi';
import { sv } from '../core/locales/sv';
import { loadFailureMessage } from './loadFailureMessage';

describe('loadFailureMessage', () => {
  it('names the file and why, on one line, in each language', () => {
    expect(loadFailureMessage(fi, { reason: 'notFound', path: 'seuranta.xlsx', detail: 'ENOENT' })).toBe(
      "Tiedostoa 'seuranta.xlsx' ei löydy.",
    );
    const unsupported = loadFailureMessage(en, { reason: 'unsupported', path: 'talous.xlsx', detail: 'Shared Formula master must exist' });
    expect(unsupported).toMatch(/^Workbook 'talous.xlsx' cannot be saved with the report: .*\(Shared Formula master must exist\)/);
    expect(loadFailureMessage(fi, { reason: 'unwritable', path: 'x/r.xlsx', detail: 'EACCES:\n permission denied' })).not.toContain('\n');
  });

  it("has a line of its own for each kind of unreadable file, in each language, that never repeats a library's words", () => {
    const reasons = [
      'encrypted',
      'legacyXls',
      'ods',
      'xlsb',
      'text',
      'lockFile',
      'notWorkbook',
      'corrupt',
      'damagedPart',
      'doctype',
      'sheetTooLarge',
    ] as const;
    for (const locale of [fi, sv, en]) {
      const lines = reasons.map((reason) =>
        loadFailureMessage(locale, {
          reason,
          path: 'talous.xlsx',
          detail: "Can't find end of central directory",
          part: 'xl/worksheets/sheet1.xml',
          sheet: 'Raakadata',
          range: 'A1:XFD2000',
        }),
      );
      expect(new Set(lines).size).toBe(reasons.length);
      for (const line of lines) {
        expect(line).toContain("'talous.xlsx'");
        expect(line).not.toContain('central directory');
        expect(line).not.toMatch(/\{\w+\}|\n/);
      }
    }
  });

  it('tells the owner of a password-protected workbook to remove the password, and names what is at fault', () => {
    expect(loadFailureMessage(fi, { reason: 'encrypted', path: 'talous.xlsx', detail: '' })).toContain('poista salasana');
    expect(loadFailureMessage(sv, { reason: 'encrypted', path: 'talous.xlsx', detail: '' })).toContain('ta bort lösenordet');
    expect(loadFailureMessage(en, { reason: 'damagedPart', path: 'a.xlsx', detail: '', part: 'xl/worksheets/sheet2.xml' })).toContain(
      "'xl/worksheets/sheet2.xml'",
    );
    expect(
      loadFailureMessage(fi, { reason: 'sheetTooLarge', path: 'a.xlsx', detail: '', sheet: 'Raakadata', range: 'A1:XFD2000' }),
    ).toContain("taulukon 'Raakadata' käytetty alue A1:XFD2000");
  });
});
