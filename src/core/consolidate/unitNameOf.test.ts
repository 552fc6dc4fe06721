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

describe('unitNameOf with the workbook’s title', () => {
  it('names the unit after the title the workbook carries, whatever its file is called', () => {
    expect(unitNameOf('2024/Q2/kh_pori_v3 (2).xlsx', 'Kotihoito, Pori')).toBe('Kotihoito, Pori');
  });

  it('tidies the title’s spaces and line breaks, and falls back to the file where the title is empty', () => {
    expect(unitNameOf('x.xlsx', '  Perhekeskus\n Ulvila ')).toBe('Perhekeskus Ulvila');
    expect(unitNameOf('Kotihoito_Pori.xlsx', ' \n ')).toBe('Kotihoito Pori');
    expect(unitNameOf('Kotihoito_Pori.xlsx', null)).toBe('Kotihoito Pori');
  });
});
