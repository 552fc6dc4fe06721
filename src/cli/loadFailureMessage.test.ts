import { en } from '../core/locales/en';
import { fi } from '../core/locales/fi';
import { sv } from '../core/locales/sv';
import { loadFailureMessage } from './loadFailureMessage';

describe('loadFailureMessage', () => {
  it('names the file and why, on one line, in each language', () => {
    expect(loadFailureMessage(fi, { reason: 'notFound', path: 'seuranta.xlsx', detail: 'ENOENT' })).toBe("Tiedostoa 'seuranta.xlsx' ei löydy.");
    expect(loadFailureMessage(sv, { reason: 'unreadable', path: 'a.xlsx', detail: 'End of data reached' })).toBe(
      "Filen 'a.xlsx' kan inte läsas som en Excel-arbetsbok (End of data reached).",
    );
    const unsupported = loadFailureMessage(en, { reason: 'unsupported', path: 'talous.xlsx', detail: 'Shared Formula master must exist' });
    expect(unsupported).toMatch(/^Workbook 'talous.xlsx' cannot be saved with the report: .*\(Shared Formula master must exist\)/);
    expect(loadFailureMessage(fi, { reason: 'unwritable', path: 'x/r.xlsx', detail: 'EACCES:\n permission denied' })).not.toContain('\n');
  });
});
