import type { CoreContext } from '../context';
import { getLocale } from '../locales/getLocale';
import type { Lang } from '../schema/report';
import { formatIsoDate } from './formatIsoDate';

const ctx = (lang: Lang): CoreContext => ({ asOf: '2024-06-30', lang, locale: getLocale(lang) });

describe('formatIsoDate', () => {
  it('writes dates the way each language does', () => {
    expect(formatIsoDate('2021-05-31', ctx('fi'))).toBe('31.5.2021');
    expect(formatIsoDate('2021-05-31', ctx('sv'))).toBe('31.5.2021');
    expect(formatIsoDate('2021-05-31', ctx('en'))).toBe('2021-05-31');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatIsoDate('kevät', ctx('fi'))).toBe('kevät');
  });
});
