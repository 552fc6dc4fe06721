import { unitNameOf } from './unitNameOf';

describe('unitNameOf', () => {
  it('names the unit after its file, without folders or extension', () => {
    expect(unitNameOf('2024/Q2/Kotihoito_Pori.xlsx')).toBe('Kotihoito Pori');
    expect(unitNameOf('C:\\kansio\\Vanhuspalvelut-Ulvila.xlsm')).toBe('Vanhuspalvelut Ulvila');
  });

  it('keeps a name that is only an extension readable', () => {
    expect(unitNameOf('.xlsx')).toBe('.xlsx');
  });
});
