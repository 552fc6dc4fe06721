import { buildReportWithHistory } from '../buildReport';
import { getLocale } from '../locales/getLocale';
import { planSummarySheet } from '../summary/planSummarySheet';
import { STATUS_PALETTE } from '../palette';
import { firstQuarterWorkbook, secondQuarterWorkbook, FIRST_QUARTER, SECOND_QUARTER, WELLBEING } from '../../../fixtures/twoQuarters';

const ctx = (asOf: string) => ({ asOf, lang: 'fi' as const, locale: getLocale('fi') });

describe('planChangesSection on the summary sheet', () => {
  const { report } = buildReportWithHistory(secondQuarterWorkbook(), { asOf: SECOND_QUARTER, lang: 'fi' });
  const plan = planSummarySheet(report, ctx(SECOND_QUARTER));
  const rowOf = (text: string) => plan.values.findIndex((r) => r[0] === text) + 1;

  it('heads the section with the date compared with', () => {
    expect(rowOf('Muutokset edellisestä raportista (31.3.2024)')).toBeGreaterThan(0);
  });

  it('shows each status change from → to in the status colours, linked to the status cell', () => {
    const r = rowOf('Perhekeskuksen toiminnan kehittäminen');
    expect(plan.values[r - 1]?.slice(0, 5)).toEqual(['Perhekeskuksen toiminnan kehittäminen', WELLBEING, 'Käynnissä', 'Toteutunut', 'D4']);
    expect(plan.formats.find((f) => f.range === `D${r}`)?.fill).toBe(STATUS_PALETTE.done.fill);
    expect(plan.links).toContainEqual({ cell: `E${r}`, sheet: WELLBEING, target: 'D4', text: 'D4' });
  });

  it('gives the count deltas and the counts per snapshot side by side', () => {
    const done = plan.values.find((row) => row[0] === 'Toteutunut' && row[3] === '+1');
    expect(done?.slice(0, 4)).toEqual(['Toteutunut', 0, 1, '+1']);
    const trend = rowOf('Tilat raporteittain');
    // A row per report: March's 1 done and 6 in progress, June's 2 and 5 (not started 2 both times).
    expect(plan.values.slice(trend, trend + 3).map((r) => r.slice(0, 5))).toEqual([
      ['Tilanne päivänä', 'Toteutunut', 'Käynnissä', 'Ei aloitettu', 'Yhteensä'],
      ['31.3.2024', 0, 6, 2, 8],
      ['30.6.2024', 1, 5, 2, 8],
    ]);
  });

  it('charts the reports side by side, a stacked column per report in the status colours', () => {
    const trend = rowOf('Tilat raporteittain');
    expect(plan.chart).toMatchObject({ type: 'stackedColumn', title: 'Tilat raporteittain', dataRange: `A${trend + 1}:D${trend + 3}` });
    expect(plan.chart?.seriesColors).toHaveLength(3);
  });

  it('lists the indicator whose verdict changed, with its values then and now, linked to its cell', () => {
    const r = rowOf('Mittarit, joiden arvio muuttui');
    expect(plan.values[r + 1]?.slice(0, 5)).toEqual([
      'Hoitotakuun toteutuminen, %',
      'Mittarit',
      'Ei saavutettu (84)',
      'Saavutettu (91)',
      'A2',
    ]);
    expect(plan.links).toContainEqual(expect.objectContaining({ sheet: 'Mittarit', target: 'A2' }));
  });

  it('is left out when there is no earlier report', () => {
    const first = buildReportWithHistory(firstQuarterWorkbook(), { asOf: FIRST_QUARTER, lang: 'fi' }).report;
    const alone = planSummarySheet(first, ctx(FIRST_QUARTER));
    expect(alone.values.some((r) => String(r[0]).startsWith('Muutokset'))).toBe(false);
    expect(alone.chart?.type).toBe('bar');
  });
});
