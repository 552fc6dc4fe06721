import fc from 'fast-check';
import { parseNumber } from './parseNumber';

const num = (value: number, percent = false) => ({ kind: 'number', value, percent });

describe('parseNumber', () => {
  it('takes real numbers as they are', () => {
    expect(parseNumber(30842)).toEqual(num(30842));
    expect(parseNumber(-378568)).toEqual(num(-378568));
    expect(parseNumber(0.5)).toEqual(num(0.5));
  });

  it('reads the seed 002 amounts typed with plain, no-break and narrow no-break spaces', () => {
    expect(parseNumber('30 842')).toEqual(num(30842));
    expect(parseNumber('30\u00a0842')).toEqual(num(30842));
    expect(parseNumber('-378\u00a0568')).toEqual(num(-378568));
    expect(parseNumber('-378\u202f568')).toEqual(num(-378568));
    expect(parseNumber(' 7 056 ')).toEqual(num(7056));
  });

  it('reads the Unicode minus, an en dash and parentheses as negative', () => {
    expect(parseNumber('\u221212')).toEqual(num(-12));
    expect(parseNumber('\u2212378 568')).toEqual(num(-378568));
    expect(parseNumber('\u2013 7 056')).toEqual(num(-7056));
    expect(parseNumber('(1 234)')).toEqual(num(-1234));
  });

  it('reads the decimal comma, and thousands separators in the Finnish and English styles', () => {
    expect(parseNumber('1 234,5')).toEqual(num(1234.5));
    expect(parseNumber('0,973')).toEqual(num(0.973));
    expect(parseNumber('1.234.567')).toEqual(num(1234567));
    expect(parseNumber('1.234,5')).toEqual(num(1234.5));
    expect(parseNumber('1,234.5')).toEqual(num(1234.5));
    expect(parseNumber('12.5')).toEqual(num(12.5));
  });

  it('returns percent as written, with the sign noted', () => {
    expect(parseNumber('12 %')).toEqual(num(12, true));
    expect(parseNumber('50\u202f%')).toEqual(num(50, true));
    expect(parseNumber('97,3%')).toEqual(num(97.3, true));
    expect(parseNumber('\u22124 %')).toEqual(num(-4, true));
  });

  it('drops a trailing currency sign', () => {
    expect(parseNumber('1 528 €')).toEqual(num(1528));
  });

  it('gives empty for an empty cell, blanks and a lone dash, never zero', () => {
    expect(parseNumber(null)).toEqual({ kind: 'empty' });
    expect(parseNumber(undefined)).toEqual({ kind: 'empty' });
    expect(parseNumber('  \u00a0')).toEqual({ kind: 'empty' });
    expect(parseNumber('-')).toEqual({ kind: 'empty' });
    expect(parseNumber('\u2013')).toEqual({ kind: 'empty' });
  });

  it('reports text that is no number as invalid, quoting it, never as a zero', () => {
    expect(parseNumber('n/a')).toEqual({ kind: 'invalid', text: 'n/a' });
    expect(parseNumber('30 84x')).toEqual({ kind: 'invalid', text: '30 84x' });
    expect(parseNumber('1 2 3,4,5')).toEqual({ kind: 'invalid', text: '1 2 3,4,5' });
    expect(parseNumber('=SUM(B4:B7)')).toEqual({ kind: 'invalid', text: '=SUM(B4:B7)' });
    expect(parseNumber('1,23,4')).toEqual({ kind: 'invalid', text: '1,23,4' });
    expect(parseNumber({ error: '#REF!' })).toEqual({ kind: 'invalid', text: '#REF!' });
    expect(parseNumber(true)).toEqual({ kind: 'invalid', text: 'true' });
    expect(parseNumber(Number.NaN).kind).toBe('invalid');
  });

  it('reads back every integer written the Finnish way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        const digits = Math.abs(n)
          .toString()
          .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
        expect(parseNumber((n < 0 ? '\u2212' : '') + digits)).toEqual(num(n));
      }),
    );
  });

  it('never throws and never turns unreadable text into a number silently', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date(), fc.constant(new Date(Number.NaN))),
        (v) => {
          const r = parseNumber(v);
          if (r.kind === 'number') expect(Number.isFinite(r.value)).toBe(true);
          if (typeof v === 'string' && /[a-df-z]/i.test(v.replace(/eur|euroa|kr/gi, ''))) expect(r.kind).toBe('invalid');
        },
      ),
    );
  });
});
