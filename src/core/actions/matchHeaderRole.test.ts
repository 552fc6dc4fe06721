import { matchHeaderRole } from './matchHeaderRole';

describe('matchHeaderRole', () => {
  it.each([
    ['Toimenpide', 'action'],
    ['TOIMENPITEET', 'action'],
    ['  toimenpide \n', 'action'],
    ['Åtgärd', 'action'],
    ['Actions', 'action'],
    ['Tavoite', 'goal'],
    ['Toiminnallinen tavoite 2018', 'goal'],
    ['Pitkän aikavälin tavoite:', 'goal'],
    ['Mål', 'goal'],
    ['Aikataulu', 'schedule'],
    ['Tidtabell', 'schedule'],
    ['Mittari', 'metric'],
    ['Mittarit', 'metric'],
    ['Tavoitteen mittari', 'metric'],
    ['Mätare', 'metric'],
    ['Vastuuhenkilö', 'owner'],
    ['Vastuhenkilö', 'owner'],
    ['Vastuutaho/henkilöt', 'owner'],
    ['Vastuutaho/ henkilöt', 'owner'],
    ['Vastuutaho/\nhenkilöt', 'owner'],
    ['Ansvarig', 'owner'],
    ['Toteuma', 'status'],
    ['Toteutunut', 'status'],
    ['Tilanne', 'status'],
    ['Status', 'status'],
    ['Nro', 'number'],
    ['Kärki', 'section'],
  ])('reads %j as %s', (text, role) => {
    expect(matchHeaderRole(text)?.role).toBe(role);
  });

  it('reads OCR-damaged letters as the word they were (ä → a, ö → 6)', () => {
    expect(matchHeaderRole('Vastuuhenkil6')?.role).toBe('owner');
    expect(matchHeaderRole('Matare')?.role).toBe('metric');
  });

  it('reads a header whose ä, ö or å is a letter and a combining mark, as a Mac may save it', () => {
    expect(matchHeaderRole('Ma\u0308tare')?.role).toBe('metric');
    expect(matchHeaderRole('A\u030atga\u0308rd')?.role).toBe('action');
    expect(matchHeaderRole('Vastuuhenkilo\u0308')?.role).toBe('owner');
  });

  it('keeps the category a repeated action header carries after its slash', () => {
    expect(matchHeaderRole('Toimenpide/kansalaispalvelut')).toEqual({ role: 'action', category: 'kansalaispalvelut' });
    expect(matchHeaderRole('Toimenpide/Johtamisen välineet ja automaatio')).toEqual({
      role: 'action',
      category: 'Johtamisen välineet ja automaatio',
    });
    expect(matchHeaderRole('Vastuutaho/henkilöt')?.category).toBeNull();
  });

  it('does not take longer words, data sentences or non-text for headers', () => {
    expect(matchHeaderRole('Tavoitetaso 2024')).toBeNull();
    expect(matchHeaderRole('Tavoitteena on laatia yhdessä Porin kaupungin kanssa')).toBeNull();
    expect(matchHeaderRole('Toimenpiteiden toteuttamisen väliarvioinnit')).toBeNull();
    expect(matchHeaderRole('Toteuma Utfall 1-6/2023')).toBeNull();
    expect(matchHeaderRole(2024)).toBeNull();
    expect(matchHeaderRole({ error: '#REF!' })).toBeNull();
    expect(matchHeaderRole(null)).toBeNull();
  });
});
