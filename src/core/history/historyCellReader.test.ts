import { getLocale } from '../locales/getLocale';
import { CANONICAL_STATUSES, VERDICTS } from '../schema/vocabulary';
import { historyCellReader } from './historyCellReader';
import { historyCellTexts } from './historyCellTexts';

const base = { key: '1', sheet: 'A', row: 2, number: null, action: 'x' };

describe('historyCellReader', () => {
  const read = historyCellReader();

  it('reads back every status, overdue or not, and every verdict with its value, written in any language', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const texts = historyCellTexts({ asOf: '2024-06-30', lang, locale: getLocale(lang) });
      for (const status of CANONICAL_STATUSES) {
        for (const overdue of [false, true]) expect(read.item(texts.item({ ...base, status, overdue }))).toEqual({ status, overdue });
      }
      for (const verdict of VERDICTS) {
        for (const latest of [null, 0, -3, 82.5, 1234567.125]) {
          const text = texts.indicator({ verdict, latest });
          expect(read.indicator(text)).toEqual({ verdict, latest });
        }
      }
    }
  });

  it('forgives case and spacing and guesses nothing else', () => {
    expect(read.item('  käynnissä,   MYÖHÄSSÄ ')).toEqual({ status: 'in_progress', overdue: true });
    expect(read.item('valmis')).toBeNull();
    expect(read.indicator('Saavutettu: noin 80')).toBeNull();
    expect(read.indicator('Hyvä')).toBeNull();
  });
});
