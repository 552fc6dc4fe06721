import { buildReport, buildReportWithHistory, planHistorySheet, getLocale, type History } from '../index';
import {
  firstQuarterWorkbook,
  secondQuarterEdits,
  FIRST_QUARTER,
  SECOND_QUARTER,
  SECOND_QUARTER_CHANGES,
  historyGridOf,
  withHistory,
} from '../../../fixtures/twoQuarters';
import { generatedMarker } from '../generated/generatedMarker';
import { MAX_SNAPSHOTS } from './historyLayout';

const ctx = (asOf: string) => ({ asOf, lang: 'fi' as const, locale: getLocale('fi') });

/** The history's action rows one by one, as the sheet shows them. */
function actionRows(history: History): { text: string; sheet: string; cells: (string | null)[] }[] {
  const { texts, sheets, cells } = history.actions;
  return texts.map((text, r) => ({ text, sheet: sheets[r] ?? '', cells: cells.map((column) => column[r] ?? null) }));
}

describe('recordHistory over two quarters', () => {
  const first = firstQuarterWorkbook();
  const march = historyGridOf(first, FIRST_QUARTER);
  const second = withHistory(secondQuarterEdits(first), march);

  it('has no changes and one snapshot on a first run', () => {
    const { report } = buildReportWithHistory(first, { asOf: FIRST_QUARTER, lang: 'fi' });
    expect(report.changes).toBeNull();
    expect(report.history).toEqual([{ asOf: FIRST_QUARTER, total: 8, byStatus: report.totals.byStatus }]);
  });

  it('lists every change of the quarter exactly once and nothing unchanged', () => {
    const { report } = buildReportWithHistory(second, { asOf: SECOND_QUARTER, lang: 'fi' });
    expect(report.changes).toEqual(SECOND_QUARTER_CHANGES);
    expect(report.history.map((h) => h.asOf)).toEqual([FIRST_QUARTER, SECOND_QUARTER]);
  });

  it('gives the same report when no history sheet is to be written', () => {
    for (const since of [null, FIRST_QUARTER, '2023-12-31']) {
      const options = { asOf: SECOND_QUARTER, lang: 'fi' as const, since };
      expect(buildReport(second, options)).toEqual(buildReportWithHistory(second, options).report);
    }
    expect(buildReport(first, { asOf: FIRST_QUARTER, lang: 'fi' })).toEqual(
      buildReportWithHistory(first, { asOf: FIRST_QUARTER, lang: 'fi' }).report,
    );
  });

  it('replaces the snapshot of the same date on a rerun', () => {
    const june = historyGridOf(second, SECOND_QUARTER);
    const { report, history } = buildReportWithHistory(withHistory(second, june), { asOf: SECOND_QUARTER, lang: 'fi' });
    expect(report.history.map((h) => h.asOf)).toEqual([FIRST_QUARTER, SECOND_QUARTER]);
    expect(report.changes).toEqual(SECOND_QUARTER_CHANGES);
    // Keys stay with their actions: the moved action is one row, on its new sheet, with both quarters' statuses.
    const rows = actionRows(history);
    const moved = rows.filter((r) => r.text === 'Mielenterveyspalvelujen saatavuuden parantaminen');
    expect(moved.map((r) => [r.sheet, r.cells])).toEqual([['Palvelut', ['Käynnissä', 'Käynnissä']]]);
    // The typo fixed is one row too, under its new text; the deleted action keeps its March cell alone.
    expect(rows.filter((r) => r.text.startsWith('Asiakaspalaut')).map((r) => r.text)).toEqual([
      'Asiakaspalautteen keräämisen uudistaminen',
    ]);
    expect(rows.find((r) => r.text === 'Lasten harrastustakuun pilotointi')?.cells).toEqual(['Käynnissä', null]);
  });
});

describe('recordHistory over many quarters', () => {
  it('keeps the latest snapshots the sheet holds, dropping the oldest whole', () => {
    let data = firstQuarterWorkbook();
    const dates = Array.from(
      { length: MAX_SNAPSHOTS + 1 },
      (_, q) => `${2020 + Math.floor(q / 4)}-${['03-31', '06-30', '09-30', '12-31'][q % 4]}`,
    );
    let last: ReturnType<typeof buildReportWithHistory> | undefined;
    for (const asOf of dates) {
      last = buildReportWithHistory(data, { asOf, lang: 'fi' });
      const values = planHistorySheet(last.history, ctx(asOf)).values.map((r) => [...r]);
      const first = values[0] ?? [];
      while (first.length < 51) first.push(null);
      first.push(generatedMarker('history'));
      data = withHistory(data, { sheet: 'Seurantahistoria (2)', origin: { row: 1, col: 1 }, values, tables: [] });
    }
    expect(last?.report.history.map((h) => h.asOf)).toEqual(dates.slice(1));
    expect(last?.report.changes?.since).toBe(dates.at(-2));
  });
});
