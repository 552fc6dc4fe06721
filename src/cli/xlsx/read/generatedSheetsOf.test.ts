import { generatedSheetsOf } from './generatedSheetsOf';

describe('generatedSheetsOf', () => {
  it("finds the tool's sheets by the marker in AZ1, whatever they are called, and no user sheet", () => {
    const marker = (kind: string) => [...Array<null>(51).fill(null), `seuranta:generated:${kind}`];
    const data = {
      fileName: null,
      sheets: [
        { sheet: 'Yhteenveto', origin: { row: 1, col: 1 }, values: [['Yhteenveto', 'oma taulukko']], tables: [] },
        { sheet: 'Tilannekatsaus', origin: { row: 1, col: 1 }, values: [marker('summary')], tables: [] },
        { sheet: 'Talousvertailu', origin: { row: 1, col: 2 }, values: [marker('budget').slice(1)], tables: [] },
        { sheet: 'Alempana', origin: { row: 2, col: 1 }, values: [marker('summary')], tables: [] },
      ],
    };
    expect(generatedSheetsOf(data)).toEqual(
      new Map([
        ['Tilannekatsaus', 'summary'],
        ['Talousvertailu', 'budget'],
      ]),
    );
  });
});
