import { problemsWorkbook } from '../../../fixtures/problems';
import { seed002BudgetWorkbook } from '../../../fixtures/seed002Budget';
import { buildReport, failedWorkbook, summarizeReport } from '../../core';
import { unitRead } from './unitRead';
import { unitFromMessage } from './unitFromMessage';

describe('unitFromMessage', () => {
  it('gives the main thread the very summary the worker made: counts, overdue actions, issues and budget lines', () => {
    const asOf = '2022-06-30';
    for (const summary of [
      summarizeReport(buildReport(problemsWorkbook(), { asOf, lang: 'fi' }), 'yksiköt/Työhyvinvointi.xlsx'),
      summarizeReport(buildReport(seed002BudgetWorkbook(), { asOf, lang: 'sv' }), 'talous/Itä-Uusimaa.xlsx'),
      failedWorkbook('rikki.xlsx', 'Tiedosto on vioittunut.'),
    ]) {
      const sent = unitRead(summary);
      if (sent.kind !== 'read') throw new Error('a read unit');
      const received = unitFromMessage({ kind: 'read', json: sent.json });
      expect(received).toEqual({ kind: 'read', summary, json: sent.json });
    }
  });

  it('passes an earlier consolidation found in the folder on as it is', () => {
    expect(unitFromMessage({ kind: 'ownOutput', file: 'koonti.xlsx' })).toEqual({ kind: 'ownOutput', file: 'koonti.xlsx' });
  });
});
