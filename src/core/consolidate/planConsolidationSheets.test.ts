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
});
