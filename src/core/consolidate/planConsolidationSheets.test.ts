import { problemsWorkbook } from '../../../fixtures/problems';
import { budgetBesideActions } from '../../../fixtures/layouts';
import { buildReport } from '../buildReport';
import { generatedMarker } from '../generated/generatedMarker';
import { sheetPlanSchema } from '../schema/sheetPlan';
import { consolidate } from './consolidate';
import { failedWorkbook } from './failedWorkbook';
import { planConsolidationSheets } from './planConsolidationSheets';
import { summarizeReport } from './summarizeReport';

const opts = { asOf: '2023-06-30', lang: 'fi' as const };
const problems = summarizeReport(buildReport(problemsWorkbook(), opts), 'Tyohyvinvointi.xlsx');
const kotihoito = summarizeReport(buildReport({ fileName: null, sheets: [budgetBesideActions] }, opts), 'Kotihoito.xlsx');
const broken = failedWorkbook('Rikki.xlsx', 'Tiedosto on vioittunut.');

describe('planConsolidationSheets', () => {
  const consolidation = consolidate([problems, kotihoito, broken], opts);
  const [koonti, overdue, issues] = planConsolidationSheets(consolidation);

  it('plans Koonti, Myöhässä and Huomiot as the tool’s own kinds of sheet', () => {
    expect([koonti, overdue, issues].map((p) => p && sheetPlanSchema.parse(p).name)).toEqual(['Koonti', 'Myöhässä', 'Huomiot']);
    expect([koonti, overdue, issues].map((p) => p && generatedMarker(p.kind))).toEqual([
      'seuranta:generated:consolidation',
      'seuranta:generated:consolidationOverdue',
      'seuranta:generated:consolidationIssues',
    ]);
    expect(planConsolidationSheets({ ...consolidation, lang: 'sv' }).map((p) => p.name)).toEqual([
      'Sammanställning',
      'Försenade',
      'Anmärkningar',
    ]);
  });

  it('makes the units, the overdue actions and the issues Excel tables, the totals row outside the units’ table', () => {
    const units = koonti?.tables?.[0];
    expect(units?.name).toBe('Yksiköt');
    const [top, bottom] = (units?.range ?? '').split(':').map((a) => Number(a.replace(/^[A-Z]+/, '')));
    expect(koonti?.values[(top ?? 0) - 1]?.[0]).toBe('Tiedosto');
    expect(bottom! - top!).toBe(consolidation.workbooks.length);
    expect(koonti?.values[bottom!]?.[0]).toBe('Yhteensä');
    expect(overdue?.tables?.map((t) => t.name)).toEqual(['Myöhässä']);
    expect(issues?.tables?.map((t) => t.name)).toEqual(['Huomiot']);
  });

  it('prints each sheet one page wide with its header rows repeated, as the report’s sheets do', () => {
    for (const plan of [koonti, overdue, issues]) {
      expect(plan?.pageSetup?.fitToWidth).toBe(1);
      expect(plan?.pageSetup?.titleRows).toBe(plan?.freeze?.rows);
      expect(plan?.pageSetup?.footer.center).toBe('Sivu &P / &N');
    }
  });
});
