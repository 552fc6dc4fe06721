import { isDateFormatCode } from './isDateFormatCode';

describe('isDateFormatCode', () => {
  it.each([
    'd.m.yyyy',
    'dd.mm.yyyy',
    'm/d/yy',
    'mmm yyyy',
    'h:mm',
    '[h]:mm:ss',
    '[$-40B]d. mmmm"ta "yyyy',
    'yyyy"年"m"月"d"日"',
    'DD.MM.YYYY',
    'hh:mm AM/PM',
    '[ss]',
  ])('%s shows a date or a time', (code) => expect(isDateFormatCode(code)).toBe(true));

  it.each([
    'General',
    '0',
    '#,##0.00',
    '0.0 %',
    '# ##0 "h"',
    '#,##0_);[Red](#,##0)',
    '0.00E+00',
    '@',
    '[$€-40B] #,##0.00',
    '0 \\m\\m',
    '#,##0 "kpl"',
    '[Blue]0;[Red]-0',
    '* #,##0',
  ])('%s shows no date: letters in quotes, escapes and brackets do not count', (code) => expect(isDateFormatCode(code)).toBe(false));
});
