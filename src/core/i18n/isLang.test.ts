import { langSchema } from '../schema/report';
import { isLang } from './isLang';

describe('isLang', () => {
  it('accepts exactly the languages the report contract has', () => {
    for (const value of ['fi', 'sv', 'en', 'FI', ' fi', 'de', '', 'svenska'])
      expect(isLang(value)).toBe(langSchema.safeParse(value).success);
  });
});
