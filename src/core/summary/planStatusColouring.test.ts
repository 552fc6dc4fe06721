import { countStatuses } from '../countStatuses';
import { reportSchema, type ActionItem, type ActionTable, type Report } from '../schema/report';
import { statusColouringSchema } from '../schema/sheetPlan';
import { normalizeStatus } from '../status/normalizeStatus';
import { planStatusColouring } from './planStatusColouring';

function item(row: number, statusText: string, statusCell: string | null, section: string | null): ActionItem {
  const { status, reason } = normalizeStatus(statusText);
  return {
    row,
    action: `Toimenpide rivillä ${row}`,
    number: null,
    goal: null,
    metric: null,
    schedule: null,
    owner: null,
    statusText,
    status,
    statusReason: reason,
    overdue: false,
    section,
    category: null,
    continuation: false,
    cells: statusCell ? { action: `A${row}`, status: statusCell } : { action: `A${row}` },
  };
}

function table(sheet: string, items: ActionItem[], status: string | undefined): ActionTable {
  return {
    sheet,
    range: 'A3:C20',
    headerRow: 3,
    layout: 'rows',
    excelTable: null,
    columns: status ? { action: 'A', status } : { action: 'A' },
    title: null,
    chair: null,
    total: items.length,
    byStatus: countStatuses(items.map((i) => i.status)),
    sections: [],
    items,
  };
}

function report(tables: ActionTable[]): Report {
  const items = tables.flatMap((t) => t.items);
  return reportSchema.parse({
    asOf: '2024-06-30',
    lang: 'fi',
    source: null,
    actionTables: tables,
    budgetTables: [],
    issues: [],
    totals: { total: items.length, byStatus: countStatuses(items.map((i) => i.status)) },
    changes: null,
    history: [],
  });
}

describe('planStatusColouring', () => {
  // Seed 000's "Yhteistyö kumppanien kanssa": goal rows at 4 and 10, a repeated header at 9,
  // continuation rows 7-8 with their own status.
  const yhteistyo = table(
    'Yhteistyö kumppanien kanssa',
    [
      item(5, 'Ei', 'C5', 'Tavoite 1'),
      item(6, 'Ei', 'C6', 'Tavoite 1'),
      item(7, 'Osittain toteutunut', 'C7', 'Tavoite 1'),
      item(8, 'Osittain toteutunut', 'C8', 'Tavoite 1'),
      item(11, 'Kyllä', 'C11', 'Tavoite 2'),
      item(12, '', 'C12', 'Tavoite 2'),
      item(13, 'Ei /korona', 'C13', 'Tavoite 2'),
    ],
    'C',
  );

  it('covers the item rows of the status column, split where goal or header rows come between', () => {
    const colouring = planStatusColouring(report([yhteistyo]));
    expect(colouring.map((c) => [c.sheet, c.format.range])).toEqual([
      ['Yhteistyö kumppanien kanssa', 'C5:C8'],
      ['Yhteistyö kumppanien kanssa', 'C11:C13'],
    ]);
    for (const c of colouring) expect(statusColouringSchema.parse(c)).toEqual(c);
  });

  it('writes each range its own rules, relative to its own top-left cell and tagged as the tool’s', () => {
    const [first, second] = planStatusColouring(report([yhteistyo]));
    expect(first?.format.rules[0]?.formula).toContain('LOWER(C5)');
    expect(second?.format.rules[0]?.formula).toContain('LOWER(C11)');
    for (const rule of [...(first?.format.rules ?? []), ...(second?.format.rules ?? [])]) {
      expect(rule.formula).toContain('N("seuranta")');
    }
  });

  it('colours a single item alone and every table of every sheet', () => {
    const other = table('Seuranta 2024', [item(7, 'Käynnissä', 'F7', null)], 'F');
    const colouring = planStatusColouring(report([yhteistyo, other]));
    expect(colouring.map((c) => `${c.sheet}!${c.format.range}`)).toEqual([
      'Yhteistyö kumppanien kanssa!C5:C8',
      'Yhteistyö kumppanien kanssa!C11:C13',
      'Seuranta 2024!F7',
    ]);
  });

  it('adds nothing to a table without a status column', () => {
    const noStatus = table('Suunnitelma 2020', [item(4, '', null, null), item(5, '', null, null)], undefined);
    expect(planStatusColouring(report([noStatus]))).toEqual([]);
  });
});
