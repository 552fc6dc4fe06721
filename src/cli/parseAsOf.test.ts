import fc from 'fast-check';
import { parseAsOf } from './parseAsOf';

describe('parseAsOf', () => {
  it('accepts real dates, leap days included', () => {
    expect(parseAsOf('2024-06-30')).toBe('2024-06-30');
    expect(parseAsOf('2024-02-29')).toBe('2024-02-29');
    expect(parseAsOf(' 2024-12-31 ')).toBe('2024-12-31');
  });

  it('refuses dates that do not exist and other ways of writing them', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-06-31', '30.6.2024', '2024-6-30', 'tänään', '']) {
      expect(parseAsOf(bad)).toBeNull();
    }
  });

  it('gives back every real calendar day unchanged', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseAsOf(iso)).toBe(iso);
      }),
    );
  });
});
