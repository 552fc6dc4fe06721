/**
 * Each round trip to Excel on the web costs the user a wait: what each button costs in context.sync() calls, at 1, 10 and 50
 * sheets, the first time and when the tool's sheet is already there.
 */
import type { Grid, WorkbookData } from '../../src/core';
import { generateBudgetComparison } from '../../src/app/generateBudgetComparison';
import { generateSummary } from '../../src/app/generateSummary';
import { validateWorkbook } from '../../src/app/validateWorkbook';
import { runSummaryCommand } from '../../src/commands/runSummaryCommand';
import { createOfficeWorkbookHost } from '../../src/excel/createOfficeWorkbookHost';
import { seed000Workbook } from '../../fixtures/seed000';
import { seed002BudgetGrid } from '../../fixtures/seed002Budget';
import { createFakeWorkbook, HOST_VERSIONS, installFakeOffice } from '../fake-excel';

const SETTINGS = { lang: 'fi' as const, asOf: '2024-06-30', skipSheets: [] };
const MAX_SYNCS = 4;

/** The budget table of seed 002 and then seed 000's workstream sheets, over and over, `count` sheets in all. */
function workbookOf(count: number): WorkbookData {
  const workstreams = seed000Workbook().sheets;
  const sheets: Grid[] = [seed002BudgetGrid()];
  for (let i = 1; i < count; i++) {
    const grid = workstreams[(i - 1) % workstreams.length];
    if (grid) sheets.push({ ...grid, sheet: `${grid.sheet.slice(0, 24)} ${i}` });
  }
  return { fileName: null, sheets };
}

interface Costs {
  validate: number;
  summary: number;
  summaryAgain: number;
  /** The ribbon's one click, its saved settings included. */
  ribbon: number;
  budget: number;
  budgetAgain: number;
}

async function costsAt(count: number, excelApi: string): Promise<Costs> {
  const wb = installFakeOffice(globalThis, createFakeWorkbook(workbookOf(count).sheets, { excelApi }));
  wb.model.settings.set('seuranta.settings', SETTINGS);
  const host = createOfficeWorkbookHost();
  const syncsOf = async (work: () => Promise<unknown>): Promise<number> => {
    wb.resetStats();
    await work();
    return wb.stats.syncs;
  };
  const ribbonMessages: string[] = [];
  const costs = {
    validate: await syncsOf(() => validateWorkbook(host, SETTINGS)),
    summary: await syncsOf(() => generateSummary(host, SETTINGS)),
    summaryAgain: await syncsOf(() => generateSummary(host, SETTINGS)),
    ribbon: await syncsOf(() =>
      runSummaryCommand(createOfficeWorkbookHost({ delayForCellEdit: true }), { completed: () => undefined }, 'fi-FI', (m) => {
        ribbonMessages.push(m);
      }),
    ),
    budget: await syncsOf(() => generateBudgetComparison(host, SETTINGS)),
    budgetAgain: await syncsOf(() => generateBudgetComparison(host, SETTINGS)),
  };
  expect(ribbonMessages).toEqual([]);
  // What was counted did the work: one summary and one budget sheet, the summary rewritten, the budget sheet in front.
  expect(wb.sheetNames().filter((n) => /^(Yhteenveto|Budjettivertailu)/.test(n))).toEqual(['Yhteenveto', 'Budjettivertailu']);
  expect(wb.snapshot().activeSheet).toBe('Budjettivertailu');
  return costs;
}

describe.each(HOST_VERSIONS)('context.sync() calls per button on Excel on the web at ExcelApi %s', (excelApi) => {
  it(`checks, summarises (from the pane or the ribbon) and compares budgets in at most ${MAX_SYNCS} syncs, as many at 50 sheets as at one`, async () => {
    const one = await costsAt(1, excelApi);
    for (const cost of Object.values(one)) expect(cost).toBeLessThanOrEqual(MAX_SYNCS);
    expect(await costsAt(10, excelApi)).toEqual(one);
    expect(await costsAt(50, excelApi)).toEqual(one);
  });
});
