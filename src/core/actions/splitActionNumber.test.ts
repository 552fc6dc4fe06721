import { splitActionNumber } from './splitActionNumber';

describe('splitActionNumber', () => {
  it.each([
    ['1.a Konsultaatiokäytäntöjen kehittäminen', '1.a', 'Konsultaatiokäytäntöjen kehittäminen'],
    ['1a. Hallittu ympärivuorokautisen hoidon tarpeen vähentäminen', '1a.', 'Hallittu ympärivuorokautisen hoidon tarpeen vähentäminen'],
    ['2 a. Olemassa olevien tietojärjestelmien tehokkaampi käyttö', '2 a.', 'Olemassa olevien tietojärjestelmien tehokkaampi käyttö'],
    ['3.e Kartoitetaan', '3.e', 'Kartoitetaan'],
    ['12. Pehdyttäminen', '12.', 'Pehdyttäminen'],
    ['1. C Sairaalapalveluiden optimaaliset potilasvirrat', '1. C', 'Sairaalapalveluiden optimaaliset potilasvirrat'],
    ['b) Viestimme avoimesti', 'b)', 'Viestimme avoimesti'],
    [' \n3b. Data tallennetaan', '3b.', 'Data tallennetaan'],
  ])('reads the number of %j', (text, number, rest) => {
    expect(splitActionNumber(text)).toEqual({ number, text: rest });
  });
  it.each(['75 vuotta täyttäneet', '100% kaikki', '116117-puheluista', '2021 →', '- Tuki ja tiedonsiirto', 'Sähköinen perhekeskus'])(
    'finds no number in %j',
    (text) => {
      expect(splitActionNumber(text).number).toBeNull();
    },
  );
});
