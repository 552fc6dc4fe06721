import { indicatorWorkbook, seed001IndicatorGrid } from '../../../fixtures/indicators';
import { seed000Workbook } from '../../../fixtures/seed000';
import { buildReport } from '../buildReport';
import type { CoreContext } from '../context';
import { getLocale } from '../locales/getLocale';
import type { Lang, Report } from '../schema/report';
import { sheetPlanSchema } from '../schema/sheetPlan';
import { planSummarySheet } from '../summary/planSummarySheet';
import { INDICATOR_LIST_LIMIT, planIndicatorSection } from './planIndicatorSection';
import { VERDICT_PALETTE } from './verdictPalette';

const ctxOf = (lang: Lang): CoreContext => ({ asOf: '2024-12-31', lang, locale: getLocale(lang) });
const reportOf = (lang: Lang): Report => buildReport(indicatorWorkbook(), { asOf: '2024-12-31', lang });

describe('planIndicatorSection', () => {
  it('lists the counts by verdict in their colours, then each indicator under its table and goal', () => {
    const block = planIndicatorSection(reportOf('fi'), ctxOf('fi'), 40);
    expect(block.values.slice(1, 8)).toEqual([
      ['Mittarit arvioittain'],
      ['Arvio', 'Lukumäärä'],
      ['Saavutettu', 8],
      ['Ei saavutettu', 8],
      ['Ei tietoa', 1],
      ['Laadullinen', 5],
      ['Tavoite ei luettavissa', 1],
    ]);
    expect(block.formats).toContainEqual({ range: 'A43', fill: VERDICT_PALETTE.met.fill, fontColor: '#000000' });
    const turnover = block.values.findIndex((v) => v[0] === 'Lähtövaihtuvuus');
    expect(block.values[turnover]).toEqual(['Lähtövaihtuvuus', 'alle 10 %', 11.2, 12.4, 'Toteuma 1-6/2024', 'Ei saavutettu', null, 'C11']);
    expect(block.values[turnover - 1]).toEqual(['Hyvinvointialueella on työntekijöihinsä pitovoimaa ja henkilöstö voi hyvin.']);
    expect(block.formats).toContainEqual({ range: `F${40 + turnover}`, fill: VERDICT_PALETTE.not_met.fill, fontColor: '#000000' });
    expect(block.links).toContainEqual({ cell: `H${40 + turnover}`, sheet: 'Sitovat tavoitteet 2024', target: 'C11', text: 'C11' });
  });

  it('shows the trend as an arrow and a word in the chosen language', () => {
    const block = planIndicatorSection(reportOf('sv'), ctxOf('sv'), 1);
    const nhg = block.values.find((v) => v[0] === 'Kotihoidon asiakkaat, NHG:n prosentti');
    expect(nhg?.slice(5)).toEqual(['Inte uppnått', '↘ Försämras', 'A7']);
  });

  it('is empty for a report without indicators, so the summary of an action workbook stays as it was', () => {
    const report = buildReport(seed000Workbook(), { asOf: '2024-12-31', lang: 'fi' });
    const block = planIndicatorSection(report, ctxOf('fi'), 1);
    expect([block.values, block.formats, block.links]).toEqual([[], [], []]);
  });

  it('lists at most INDICATOR_LIST_LIMIT indicators and says how many more there are', () => {
    const rows = Array.from({ length: INDICATOR_LIST_LIMIT + 3 }, (_, i) => [`Mittari ${i}`, 'Alle 10 %', 8]);
    const grid = { ...seed001IndicatorGrid, values: [['Mittari', 'Tavoitetaso', '2024'], ...rows] };
    const report = buildReport({ fileName: null, sheets: [grid] }, { asOf: '2024-12-31', lang: 'en' });
    const block = planIndicatorSection(report, ctxOf('en'), 1);
    expect(block.values.filter((v) => String(v[0]).startsWith('Mittari '))).toHaveLength(INDICATOR_LIST_LIMIT);
    expect(block.values[block.values.length - 1]?.[0]).toBe(
      '… and 3 more indicators. The summary lists at most 500; all of them are in the command line’s report.json.',
    );
  });

  it('becomes part of a valid summary sheet, between the owners and the overdue items', () => {
    const plan = planSummarySheet(reportOf('en'), ctxOf('en'));
    expect(() => sheetPlanSchema.parse(plan)).not.toThrow();
    const column = plan.values.map((v) => v[0]);
    expect(column.indexOf('Indicators')).toBeGreaterThan(column.indexOf('By table and goal'));
    expect(column.indexOf('Indicators')).toBeLessThan(column.indexOf('Overdue actions'));
  });
});
