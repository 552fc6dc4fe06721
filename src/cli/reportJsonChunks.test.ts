import { seed001CooperationGrid, seed001WellbeingGrid, SEED001_FOLLOW_UP_AS_OF } from '../../fixtures/seed001FollowUp';
import { buildReport } from '../core/buildReport';
import { reportSchema, type Report } from '../core/schema/report';
import { PRETTY_JSON_LIMIT, reportJsonChunks } from './reportJsonChunks';

function seedReport(): Report {
  const data = { fileName: 'seuranta.xlsx', sheets: [seed001CooperationGrid(), seed001WellbeingGrid()] };
  return buildReport(data, { asOf: SEED001_FOLLOW_UP_AS_OF, lang: 'fi' });
}

/** The seed's tables repeated until the report is the size of a 100 000-row workbook's. */
function bigReport(): Report {
  const one = seedReport();
  const tables = one.actionTables;
  const actionTables: Report['actionTables'] = [];
  let size = 0;
  for (let copy = 0; size <= PRETTY_JSON_LIMIT; copy++) {
    for (const table of tables) {
      const sheet = `${table.sheet} ${copy + 1}`;
      actionTables.push({ ...table, sheet });
      size += table.items.length;
    }
  }
  return { ...one, actionTables };
}

describe('reportJsonChunks', () => {
  it('indents a workbook-sized report by two spaces so a person can read it, and it reads back unchanged', () => {
    const report = seedReport();
    expect(report.totals.total).toBeGreaterThan(0);
    const chunks = [...reportJsonChunks(report)];
    expect(chunks).toHaveLength(1);
    const text = chunks.join('');
    expect(text).toMatch(/^\{\n {2}"asOf": "2022-06-30",\n/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(reportSchema.parse(JSON.parse(text))).toEqual(report);
  });

  it('writes a report too large to read by eye compact, in many pieces, that still parse to the same, schema-valid report', () => {
    const report = bigReport();
    const chunks = [...reportJsonChunks(report)];
    const text = chunks.join('');
    expect(text).toBe(`${JSON.stringify(report)}\n`);
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(text.length / 3);
    expect(reportSchema.parse(JSON.parse(text))).toEqual(report);
  });
});
