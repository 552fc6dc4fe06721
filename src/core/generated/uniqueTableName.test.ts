import { uniqueTableName } from './uniqueTableName';

describe('uniqueTableName', () => {
  it('keeps the wanted name when no table of the workbook has it', () => {
    expect(uniqueTableName('Myöhässä', ['Budjetti', 'Taulukko1'])).toBe('Myöhässä');
  });

  it('takes the next free numbered name, comparing without case as Excel does', () => {
    expect(uniqueTableName('Myöhässä', ['MYÖHÄSSÄ', 'myöhässä_2'])).toBe('Myöhässä_3');
  });
});
