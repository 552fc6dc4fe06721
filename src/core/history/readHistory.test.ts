import { generatedMarker } from '../generated/generatedMarker';
import type { Grid } from '../grid';
import { readHistory } from './readHistory';

/** A history sheet of one snapshot as the tool writes it, the marker in AZ1, under `name`. */
function historySheet(name: string, marked: boolean): Grid {
  const top: (string | null)[] = ['Seurantahistoria', ...new Array<null>(50).fill(null), marked ? generatedMarker('history') : null];
  return {
    sheet: name,
    origin: { row: 1, col: 1 },
    values: [
      top,
      [],
      [],
      [null, null, null, null, 'Raportti', '31.3.2024'],
      [null, null, null, null, 'Yhteensä', 1],
      ...Array.from({ length: 9 }, () => [null, null, null, null, 'tila', 0]),
      [],
      ['Avain', 'Välilehti', 'Rivi', 'Numero', 'Toimenpide', '31.3.2024'],
      [1, 'Palvelut', 5, null, 'Perhekeskus', 'Käynnissä'],
    ],
    tables: [],
  };
}

describe('readHistory', () => {
  it('reads the sheet the marker names, whatever it is called', () => {
    const history = readHistory([historySheet('Palvelut', false), historySheet('Historia (2)', true)]);
    expect(history.counts.map((c) => c.asOf)).toEqual(['2024-03-31']);
    expect(history.actions.texts).toEqual(['Perhekeskus']);
  });

  it('is empty when only a user sheet bears the history sheet’s name', () => {
    const history = readHistory([historySheet('Seurantahistoria', false)]);
    expect(history.counts).toEqual([]);
    expect(history.actions.keys).toEqual([]);
  });
});
