import { isHistoryGrid } from './isHistoryGrid';

describe('isHistoryGrid', () => {
  it('knows the history sheet by its marker, not by its name', () => {
    expect(
      isHistoryGrid({ sheet: 'Mikä tahansa', origin: { row: 1, col: 52 }, values: [['seuranta:generated:history']], tables: [] }),
    ).toBe(true);
    expect(isHistoryGrid({ sheet: 'Seurantahistoria', origin: { row: 1, col: 1 }, values: [['Omat muistiinpanot']], tables: [] })).toBe(
      false,
    );
    expect(isHistoryGrid({ sheet: 'Yhteenveto', origin: { row: 1, col: 52 }, values: [['seuranta:generated:summary']], tables: [] })).toBe(
      false,
    );
  });
});
