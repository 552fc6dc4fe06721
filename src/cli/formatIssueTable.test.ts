import { fi } from '../core/locales/fi';
import { sv } from '../core/locales/sv';
import type { Issue } from '../core/schema/report';
import { formatIssueTable } from './formatIssueTable';

const issues: Issue[] = [
  {
    severity: 'warning',
    code: 'status.unknown',
    sheet: 'Lastensuojelu',
    cell: 'D9',
    message: "Tuntematon tila 'Ehkä'. Käytä esimerkiksi: Kyllä, Ei.",
  },
  {
    severity: 'error',
    code: 'schedule.backwards',
    sheet: 'Lastensuojelu',
    cell: 'C12',
    message: "Aikataulu '2024 - 2021'\npäättyy ennen kuin se alkaa.",
  },
  { severity: 'info', code: 'owner.missing', sheet: 'Seuranta', cell: 'E4', message: 'Toimenpiteeltä puuttuu vastuuhenkilö.' },
];

describe('formatIssueTable', () => {
  it('groups issues under their sheet with aligned cell and severity columns, one line each', () => {
    expect(formatIssueTable(issues, fi)).toEqual([
      'Välilehti: Lastensuojelu',
      '  Solu  Vakavuus  Huomio',
      "  D9    varoitus  Tuntematon tila 'Ehkä'. Käytä esimerkiksi: Kyllä, Ei.",
      "  C12   virhe     Aikataulu '2024 - 2021' päättyy ennen kuin se alkaa.",
      '',
      'Välilehti: Seuranta',
      '  Solu  Vakavuus  Huomio',
      '  E4    tiedoksi  Toimenpiteeltä puuttuu vastuuhenkilö.',
    ]);
  });

  it('uses the chosen language for headings and severities', () => {
    const lines = formatIssueTable(issues.slice(1, 2), sv);
    expect(lines[0]).toBe('Blad: Lastensuojelu');
    expect(lines[1]).toMatch(/^ {2}Cell +Allvar +Anmärkning$/);
    expect(lines[2]).toMatch(/^ {2}C12 +fel +/);
  });

  it('prints nothing for no issues', () => {
    expect(formatIssueTable([], fi)).toEqual([]);
  });
});
