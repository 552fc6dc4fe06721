import { isSectionText } from './isSectionText';

describe('isSectionText', () => {
  it.each([
    'Tavoite 1: Sotekeskusten ja erikoissairaanhoidon välisen yhteistyön kehittäminen',
    'Tavoite 2. Kaikenikäisten omaishoito',
    ' Tavoite 3: Monialainen yhteistyö lasten ja nuorten luonnollisessa ympäristössä',
    'Muut toteutukset',
    'Mål 1: Tillgängliga tjänster',
    'Övriga åtgärder',
    'Kärki 2: Yhdenvertaiset palvelut',
  ])('takes %j for a section', (text) => {
    expect(isSectionText(text)).toBe(true);
  });
  it.each([
    'Tavoitteena on laatia yhdessä Porin kaupungin ICT-yksikön kanssa',
    'Muutosjohtaminen',
    'Sähköinen perhekeskus',
    '1a. Tiedonhallinta on tiedon keräämistä',
    '',
  ])('takes %j for no section', (text) => {
    expect(isSectionText(text)).toBe(false);
  });
});
