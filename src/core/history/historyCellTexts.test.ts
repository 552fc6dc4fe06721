import { getLocale } from '../locales/getLocale';
import { historyCellTexts } from './historyCellTexts';

const ctx = (lang: 'fi' | 'sv' | 'en') => ({ asOf: '2024-06-30', lang, locale: getLocale(lang) });
const item = { key: '1', sheet: 'A', row: 2, number: null, action: 'Perhekeskus', status: 'in_progress' as const, overdue: true };
const indicator = { key: 'M1', sheet: 'A', row: 2, indicator: 'Odotusaika', verdict: 'met' as const, latest: 82.5 };

describe('historyCellTexts', () => {
  it('writes a status with the overdue mark, and a verdict with its value, as the manager reads them', () => {
    expect(historyCellTexts(ctx('fi')).item(item)).toBe('Käynnissä, myöhässä');
    expect(historyCellTexts(ctx('fi')).item({ ...item, overdue: false })).toBe('Käynnissä');
    expect(historyCellTexts(ctx('fi')).indicator(indicator)).toBe('Saavutettu: 82,5');
    expect(historyCellTexts(ctx('en')).indicator(indicator)).toBe('Met: 82.5');
    expect(historyCellTexts(ctx('sv')).indicator({ ...indicator, latest: null })).toBe('Uppnått');
  });
});
