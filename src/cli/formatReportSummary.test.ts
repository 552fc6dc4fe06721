import { en } from '../core/locales/en';
import { fi } from '../core/locales/fi';
import type { Report } from '../core/schema/report';
import { formatReportSummary } from './formatReportSummary';

const zero = { done: 0, partial: 0, in_progress: 0, not_started: 0, not_done: 0, suspended: 0, removed: 0, unknown: 0, missing: 0 };
const item = (row: number, status: 'done' | 'not_done', overdue: boolean) => ({
  row,
  action: 'Perhetyön resurssien lisääminen',
  number: null,
  goal: null,
  metric: null,
  schedule: null,
  owner: null,
  statusText: status === 'done' ? 'Kyllä' : 'Ei',
  status,
  statusReason: null,
  overdue,
  section: null,
  category: null,
  continuation: false,
  cells: {},
});

const report: Report = {
  asOf: '2022-06-30',
  lang: 'fi',
  source: 'lastensuojelu.xlsx',
  actionTables: [
    {
      sheet: 'Lastensuojelu',
      range: 'A4:C9',
      headerRow: 4,
      layout: 'rows',
      excelTable: null,
      columns: { action: 'A', status: 'C' },
      title: 'Lastensuojelu',
      chair: 'Mari Levonen',
      total: 3,
      byStatus: { ...zero, done: 1, not_done: 2 },
      sections: [],
      items: [item(6, 'done', false), item(7, 'not_done', true), item(8, 'not_done', true)],
    },
  ],
  budgetTables: [],
  issues: [{ severity: 'warning', code: 'status.unknown', sheet: 'Lastensuojelu', cell: 'C9', message: '…' }],
  totals: { total: 3, byStatus: { ...zero, done: 1, not_done: 2 } },
  changes: null,
  history: [],
};

describe('formatReportSummary', () => {
  it('lists the file and date, the statuses that occur, overdue and issues by severity', () => {
    expect(formatReportSummary(report, fi)).toEqual([
      'lastensuojelu.xlsx, tilanne 2022-06-30',
      'Toimenpiteitä: 3 (1 taulukossa)',
      '  Toteutunut: 1',
      '  Ei toteutunut: 2',
      'Myöhässä: 2',
      'Huomiot: virheitä 0, varoituksia 1, tiedoksi 0',
    ]);
  });

  it('speaks the chosen language', () => {
    expect(formatReportSummary(report, en)[4]).toBe('Overdue: 2');
  });
});
