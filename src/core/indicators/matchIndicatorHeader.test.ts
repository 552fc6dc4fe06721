import { matchIndicatorHeader } from './matchIndicatorHeader';

describe('matchIndicatorHeader', () => {
  it.each([
    ['Mittari', 'indicator'],
    ['Tavoitteen mittari', 'indicator'],
    ['INDIKAATTORI', 'indicator'],
    ['Tunnusluku', 'indicator'],
    ['Mätare', 'indicator'],
    ['Nyckeltal', 'indicator'],
    ['KPI', 'indicator'],
    ['Tavoitetaso 2024', 'target'],
    ['Tavoite 2025', 'target'],
    ['Tavoitearvo', 'target'],
    ['Målnivå', 'target'],
    ['Mål 2025', 'target'],
    ['Target 2025', 'target'],
    ['Lähtötaso', 'baseline'],
    ['Lähtötilanne 2023', 'baseline'],
    ['Utgångsläge', 'baseline'],
    ['Baseline', 'baseline'],
    ['Toteuma', 'actual'],
    ['Tulos', 'actual'],
    ['Utfall', 'actual'],
    ['Actual', 'actual'],
    ['Sitova tavoite', 'goal'],
    ['Tavoite', 'goal'],
    ['Vastuutaho/\nhenkilöt', 'owner'],
    ['Omistaja', 'owner'],
    ['Tila', 'status'],
  ])('reads %p as %p', (text, role) => {
    expect(matchIndicatorHeader(text)).toEqual({ role });
  });

  it('reads period headers with their label', () => {
    expect(matchIndicatorHeader('Toteuma 1-6/2023')).toEqual({ role: 'period', label: 'Toteuma 1-6/2023', key: 20230601 });
    expect(matchIndicatorHeader(2024)).toMatchObject({ role: 'period', label: '2024' });
  });

  it('names nothing in data cells', () => {
    for (const v of [
      'Lähtövaihtuvuus',
      'Alle 10 %',
      'Toimenpide',
      'Mittari on valmis ja otettu käyttöön koko alueella',
      12.5,
      null,
      true,
    ]) {
      expect(matchIndicatorHeader(v)).toBeNull();
    }
  });
});
