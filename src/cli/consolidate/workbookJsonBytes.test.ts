import { problemsWorkbook } from '../../../fixtures/problems';
import { buildReport, summarizeReport } from '../../core';
import { workbookJsonBytes } from './workbookJsonBytes';

describe('workbookJsonBytes', () => {
  it("is the unit's row as koonti.json indents it, two levels in, with its letters and signs as UTF-8", () => {
    const summary = summarizeReport(buildReport(problemsWorkbook(), { asOf: '2022-06-30', lang: 'fi' }), 'yksiköt/Työhyvinvointi.xlsx');
    const row = new TextDecoder().decode(workbookJsonBytes(summary));
    const inConsolidation = JSON.stringify({ workbooks: [summary] }, null, 2);
    expect(inConsolidation).toContain(`[\n    ${row}\n  ]`);
    expect(row.split('\n')[1]).toBe('      "file": "yksiköt/Työhyvinvointi.xlsx",');
    expect(JSON.parse(row)).toEqual(summary);
  });
});
