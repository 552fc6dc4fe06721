/** The summary and the status colouring on the realisation report (seed 000) as the core reads it. */
import { SEED000_EXPECTED_TOTAL, SEED000_WORKSTREAMS, seed000Placement, seed000Workbook } from '../../../fixtures/seed000';
import { parseRange } from '../a1/parseRange';
import { buildReport } from '../buildReport';
import { getLocale } from '../locales/getLocale';
import type { CanonicalStatus } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { sheetPlanSchema } from '../schema/sheetPlan';
import { planStatusColouring } from './planStatusColouring';
import { planSummarySheet } from './planSummarySheet';

const report = buildReport(seed000Workbook(), { asOf: '2024-06-30', lang: 'fi' });
const ctx = { asOf: report.asOf, lang: report.lang, locale: getLocale('fi') };
const fi = getLocale('fi');

describe('summary of the seed 000 workbook read end to end', () => {
  const plan = planSummarySheet(report, ctx);

  it('shows the counts the document’s own Toteuma column gives', () => {
    expect(sheetPlanSchema.parse(plan)).toEqual(plan);
    const start = plan.values.findIndex((r) => r[0] === fi.summary.statusHeading);
    const expected = SEED000_EXPECTED_TOTAL.byStatus as Partial<Record<CanonicalStatus, number>>;
    const shown = Object.fromEntries(
      CANONICAL_STATUSES.map((s) => [s, plan.values.slice(start).find((r) => r[0] === fi.statusLabels[s])?.[1]]),
    );
    expect(shown).toEqual(Object.fromEntries(CANONICAL_STATUSES.map((s) => [s, expected[s] ?? 0])));
  });

  it('gives every workstream its own line with its hand-counted total', () => {
    const start = plan.values.findIndex((r) => r[0] === fi.summary.byTableHeading);
    for (const ws of SEED000_WORKSTREAMS) {
      const line = plan.values.slice(start).find((r) => typeof r[0] === 'string' && r[0].startsWith(`${ws.sheet}`));
      expect([ws.sheet, line?.[1]]).toEqual([ws.sheet, ws.expected.total]);
    }
  });

  it('colours only item rows: no goal row, repeated header or blank row falls inside a coloured range', () => {
    const colouring = planStatusColouring(report);
    expect(colouring.length).toBeGreaterThan(0);
    for (const ws of SEED000_WORKSTREAMS) {
      const placement = seed000Placement(ws);
      const itemRows = new Set(ws.rows.flatMap((r, i) => (r.kind === 'row' ? [placement.tableRows[i]] : [])));
      const coloured = colouring
        .filter((c) => c.sheet === ws.sheet)
        .flatMap((c) => {
          const r = parseRange(c.format.range);
          return r ? Array.from({ length: r.bottom - r.top + 1 }, (_, k) => r.top + k) : [];
        });
      expect([ws.sheet, coloured.filter((row) => !itemRows.has(row))]).toEqual([ws.sheet, []]);
      expect([ws.sheet, coloured.length]).toEqual([ws.sheet, ws.expected.total]);
    }
  });
});
