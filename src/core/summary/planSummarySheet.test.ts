import { SEED000_EXPECTED_TOTAL, SEED000_WORKSTREAMS, seed000Placement, type Seed000Workstream } from '../../../fixtures/seed000';
import { columnLetter } from '../a1/columnLetter';
import { parseRange } from '../a1/parseRange';
import type { CoreContext } from '../context';
import { countStatuses } from '../countStatuses';
import { getLocale } from '../locales/getLocale';
import { STATUS_PALETTE } from '../palette';
import {
  reportSchema,
  type ActionItem,
  type ActionTable,
  type CanonicalStatus,
  type Issue,
  type Lang,
  type Report,
} from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { sheetPlanSchema, type PlanValue, type SheetPlan } from '../schema/sheetPlan';
import { normalizeStatus } from '../status/normalizeStatus';
import { planSummarySheet, SUMMARY_LIST_LIMIT } from './planSummarySheet';

const ctxOf = (lang: Lang, asOf = '2024-06-30'): CoreContext => ({ asOf, lang, locale: getLocale(lang) });

function item(partial: Partial<ActionItem> & Pick<ActionItem, 'row' | 'action' | 'statusText'>): ActionItem {
  const { status, reason } = normalizeStatus(partial.statusText);
  return {
    number: null,
    goal: null,
    metric: null,
    schedule: null,
    owner: null,
    status,
    statusReason: reason,
    overdue: false,
    section: null,
    category: null,
    continuation: false,
    cells: {},
    ...partial,
  };
}

function table(partial: Partial<ActionTable> & Pick<ActionTable, 'sheet' | 'range' | 'items'>): ActionTable {
  const sectionTitles = [...new Set(partial.items.map((i) => i.section).filter((s): s is string => s !== null))];
  return {
    headerRow: 1,
    layout: 'rows',
    excelTable: null,
    columns: {},
    title: null,
    chair: null,
    total: partial.items.length,
    byStatus: countStatuses(partial.items.map((i) => i.status)),
    sections: sectionTitles.map((title) => {
      const inSection = partial.items.filter((i) => i.section === title);
      return { title, row: inSection[0]?.row ?? 1, total: inSection.length, byStatus: countStatuses(inSection.map((i) => i.status)) };
    }),
    ...partial,
  };
}

/** A workstream of the realisation report (seed 000) as the reader gives it: one item per row, continuations included. */
function seedTable(ws: Seed000Workstream): ActionTable {
  const placement = seed000Placement(ws);
  const items: ActionItem[] = [];
  let statusIndex = 0;
  let section: string | null = null;
  let action = '';
  ws.rows.forEach((r, i) => {
    const row = placement.tableRows[i] ?? 1;
    if (r.kind === 'header') statusIndex = r.cells.length - 1;
    if (r.kind === 'section') section = r.text;
    if (r.kind !== 'row') return;
    const own = r.cells[0];
    if (own) action = own;
    const statusCell = `${columnLetter(ws.startCol + statusIndex)}${row}`;
    items.push(
      item({ row, action, statusText: r.cells[statusIndex]?.trim() ?? '', section, continuation: !own, cells: { status: statusCell } }),
    );
  });
  const first = placement.tableRows[0] ?? 1;
  const last = placement.tableRows.at(-1) ?? first;
  return table({
    sheet: ws.sheet,
    range: `${columnLetter(ws.startCol)}${first}:${columnLetter(ws.startCol + statusIndex)}${last}`,
    headerRow: first,
    columns: { action: columnLetter(ws.startCol), status: columnLetter(ws.startCol + statusIndex) },
    title: ws.title,
    chair: ws.chair,
    items,
  });
}

/** A running follow-up of seed 001's plan, kept with owners and schedules; judged on 30.6.2024. */
const followUp = table({
  sheet: 'Seuranta 2024',
  range: 'B4:F10',
  headerRow: 4,
  columns: { action: 'B', schedule: 'C', owner: 'E', status: 'F' },
  items: [
    item({
      row: 5,
      action: '1. Viestintä (mm. hankkeesta sisältöineen)',
      statusText: 'Osittain',
      owner: 'Maija Mäkelä',
      schedule: { text: 'Kevät 2021 - 2024', start: '2021-03-01', end: '2024-05-31' },
      overdue: true,
      cells: { action: 'B5', status: 'F5' },
    }),
    item({
      row: 6,
      action: '=Etätyön mahdollistaminen',
      statusText: 'Käynnissä',
      owner: 'Maija Mäkelä',
      schedule: { text: 'Syksy 2020 - kevät 2021', start: '2020-09-01', end: '2021-05-31' },
      overdue: true,
      cells: { action: 'B6', status: 'F6' },
    }),
    item({
      row: 7,
      action: '11. Työkierron mahdollistaminen',
      statusText: 'Valmis',
      owner: ' Jussi Lehtonen',
      schedule: { text: '2021', start: '2021-01-01', end: '2021-12-31' },
      cells: { action: 'B7', status: 'F7' },
    }),
    item({ row: 8, action: '14. Esimiestyön mallin rakentaminen', statusText: 'Ehkä', cells: { action: 'B8', status: 'F8' } }),
    item({ row: 9, action: '17. Väliarvioinnit', statusText: '', owner: 'Jussi Lehtonen', cells: { action: 'B9', status: 'F9' } }),
  ],
});

const followUpIssues: Issue[] = [
  { severity: 'warning', code: 'status.unknown', sheet: 'Seuranta 2024', cell: 'F8', message: "Tuntematon tila 'Ehkä'." },
  { severity: 'info', code: 'owner.missing', sheet: 'Seuranta 2024', cell: 'E8', message: 'Toimenpiteeltä puuttuu vastuuhenkilö.' },
  {
    severity: 'error',
    code: 'schedule.backwards',
    sheet: "Lasten'suojelu",
    cell: 'C12',
    message: 'Aikataulu päättyy ennen kuin se alkaa.',
  },
];

function report(tables: ActionTable[], issues: Issue[] = [], lang: Lang = 'fi'): Report {
  const items = tables.flatMap((t) => t.items);
  return reportSchema.parse({
    asOf: '2024-06-30',
    lang,
    source: 'perusturva-toteutuminen.xlsx',
    actionTables: tables,
    budgetTables: [],
    issues,
    totals: { total: items.length, byStatus: countStatuses(items.map((i) => i.status)) },
    changes: null,
    history: [],
  });
}

const seedReport = report(SEED000_WORKSTREAMS.map(seedTable));
const fullReport = report([...SEED000_WORKSTREAMS.map(seedTable), followUp], followUpIssues);

/** The first row (1-based) whose column A holds `text`, at or after `from`. */
function rowOf(plan: SheetPlan, text: string, from = 1): number {
  const i = plan.values.findIndex((r, idx) => idx + 1 >= from && r[0] === text);
  if (i < 0) throw new Error(`no row '${text}'`);
  return i + 1;
}
const cell = (plan: SheetPlan, row: number, col: number): PlanValue | undefined => plan.values[row - 1]?.[col - 1];
function formatsAt(plan: SheetPlan, row: number, col: number) {
  return plan.formats.filter((f) => {
    const r = parseRange(f.range);
    return r !== null && r.top <= row && row <= r.bottom && r.left <= col && col <= r.right;
  });
}

describe('planSummarySheet', () => {
  const fi = getLocale('fi');
  const plan = planSummarySheet(fullReport, ctxOf('fi'));

  it('is a valid summary plan named from the locale, every row the same width', () => {
    expect(sheetPlanSchema.parse(plan)).toEqual(plan);
    expect(plan.kind).toBe('summary');
    expect(plan.name).toBe('Yhteenveto');
    expect(new Set(plan.values.map((r) => r.length)).size).toBe(1);
    expect(plan.columnWidths).toHaveLength(plan.values[0]?.length ?? 0);
  });

  it('opens with title, source file and the as-of date as a real date, and freezes those rows', () => {
    expect(cell(plan, 1, 1)).toBe('Seurannan yhteenveto');
    expect(cell(plan, rowOf(plan, fi.summary.source), 2)).toBe('perusturva-toteutuminen.xlsx');
    const asOfRow = rowOf(plan, fi.summary.asOf);
    expect(cell(plan, asOfRow, 2)).toBe(45473); // 30.6.2024 in Excel's 1900 date system
    expect(formatsAt(plan, asOfRow, 2).some((f) => f.numberFormat === 'd.m.yyyy')).toBe(true);
    expect(plan.freeze).toEqual({ rows: asOfRow, cols: 0 });
  });

  describe('totals by status of the realisation report (seed 000)', () => {
    const seedPlan = planSummarySheet(seedReport, ctxOf('fi'));
    const totalsFrom = rowOf(seedPlan, fi.summary.statusHeading);

    it('count what the document’s own Toteuma column says, with shares of the total', () => {
      for (const status of CANONICAL_STATUSES) {
        const expected = (SEED000_EXPECTED_TOTAL.byStatus as Partial<Record<CanonicalStatus, number>>)[status] ?? 0;
        const r = rowOf(seedPlan, fi.statusLabels[status], totalsFrom);
        expect([status, cell(seedPlan, r, 2)]).toEqual([status, expected]);
        expect(cell(seedPlan, r, 3)).toBeCloseTo(expected / SEED000_EXPECTED_TOTAL.total, 10);
        expect(formatsAt(seedPlan, r, 3).some((f) => f.numberFormat === '0 %')).toBe(true);
      }
      const totalRow = rowOf(seedPlan, fi.summary.totalRow, totalsFrom);
      expect(cell(seedPlan, totalRow, 2)).toBe(SEED000_EXPECTED_TOTAL.total);
      expect(cell(seedPlan, rowOf(seedPlan, fi.summary.total), 2)).toBe(SEED000_EXPECTED_TOTAL.total);
    });

    it('colour each status label with the palette', () => {
      for (const status of CANONICAL_STATUSES) {
        const r = rowOf(seedPlan, fi.statusLabels[status], totalsFrom);
        const style = STATUS_PALETTE[status];
        const formats = formatsAt(seedPlan, r, 1);
        if (style.fill) expect(formats.map((f) => f.fill)).toContain(style.fill);
        else expect(formats.map((f) => f.border?.color)).toContain(style.outline);
        if (style.strike) expect(formats.some((f) => f.strike)).toBe(true);
      }
    });

    it('chart the status counts: labels and counts side by side, placed clear of the tables', () => {
      const chart = seedPlan.chart;
      expect(chart?.title).toBe(fi.summary.chartTitle);
      const range = parseRange(chart?.dataRange ?? '');
      expect(range).toMatchObject({ left: 1, right: 2, bottom: (range?.top ?? 0) + CANONICAL_STATUSES.length - 1 });
      expect(cell(seedPlan, range?.top ?? 0, 1)).toBe(fi.statusLabels.done);
      // Beside the counts, over cells that hold nothing, and within the sheet's columns (it prints on the same page width).
      const area = parseRange(chart?.anchor ?? '');
      expect(area).toMatchObject({ top: (range?.top ?? 0) - 2, bottom: (range?.bottom ?? 0) + 1, right: seedPlan.columnWidths.length });
      for (let row = area?.top ?? 1; row <= (area?.bottom ?? 0); row++)
        for (let col = area?.left ?? 1; col <= (area?.right ?? 0); col++) expect(cell(seedPlan, row, col) ?? null).toBeNull();
    });
  });

  it('breaks counts down per workstream table and per goal', () => {
    const from = rowOf(plan, fi.summary.byTableHeading);
    const doneCol = 3 + CANONICAL_STATUSES.indexOf('done');
    for (const ws of SEED000_WORKSTREAMS) {
      const r = rowOf(plan, ws.sheet === ws.title ? `${ws.sheet} (${seedTable(ws).range})` : `${ws.sheet}: ${ws.title}`, from);
      expect([ws.sheet, cell(plan, r, 2), cell(plan, r, doneCol)]).toEqual([ws.sheet, ws.expected.total, ws.expected.byStatus.done ?? 0]);
    }
    // Tavoite 1 of the first workstream: 1.a Ei, 1.b Ei and its two "Osittain toteutunut" targets.
    const goal1 = rowOf(plan, 'Tavoite 1: Sotekeskusten ja erikoissairaanhoidon välisen yhteistyön kehittäminen', from);
    expect(cell(plan, goal1, 2)).toBe(4);
    expect(cell(plan, goal1, 3 + CANONICAL_STATUSES.indexOf('not_done'))).toBe(2);
    expect(cell(plan, goal1, 3 + CANONICAL_STATUSES.indexOf('partial'))).toBe(2);
  });

  it('counts per owner: the owner column where there is one, else the table’s chair', () => {
    const from = rowOf(plan, fi.summary.byOwnerHeading);
    expect(cell(plan, rowOf(plan, 'Anna-Liisa Koivisto', from), 2)).toBe(19);
    expect(cell(plan, rowOf(plan, 'Maija Mäkelä', from), 2)).toBe(2);
    expect(cell(plan, rowOf(plan, 'Jussi Lehtonen', from), 2)).toBe(2); // " Jussi Lehtonen" is the same person
    expect(cell(plan, rowOf(plan, fi.summary.noOwner, from), 2)).toBe(1); // row 8 of the follow-up
  });

  it('lists every overdue item with its end date and a link to its status cell', () => {
    const from = rowOf(plan, fi.summary.overdueHeading);
    const overdue = fullReport.actionTables.flatMap((t) => t.items.filter((i) => i.overdue).map((i) => ({ t, i })));
    expect(overdue).toHaveLength(2);
    for (const { t, i } of overdue) {
      const r = rowOf(plan, i.action, from);
      expect(cell(plan, r, 2)).toBe(t.sheet);
      expect(cell(plan, r, 4)).toBe(fi.statusLabels[i.status]);
      const link = plan.links.find((l) => l.cell === `E${r}`);
      expect(link).toEqual({ cell: `E${r}`, sheet: 'Seuranta 2024', target: i.cells.status, text: i.cells.status });
    }
    expect(cell(plan, rowOf(plan, '=Etätyön mahdollistaminen', from), 3)).toBe(44347); // 31.5.2021
  });

  it('lists every issue with severity and message, linked to its own sheet and cell', () => {
    const from = rowOf(plan, fi.summary.issuesHeading);
    for (const issue of followUpIssues) {
      const r = rowOf(plan, issue.message, from);
      expect([cell(plan, r, 2), cell(plan, r, 4)]).toEqual([issue.sheet, fi.summary.severity[issue.severity]]);
      expect(plan.links).toContainEqual({ cell: `C${r}`, sheet: issue.sheet, target: issue.cell, text: issue.cell });
    }
    expect(plan.links).toHaveLength(2 + followUpIssues.length);
  });

  it('keeps text that looks like a formula as plain text, never a formula', () => {
    expect(plan.values.flat()).toContain('=Etätyön mahdollistaminen');
    expect(plan.links.map((l) => l.cell)).not.toContain(
      `A${rowOf(plan, '=Etätyön mahdollistaminen', rowOf(plan, fi.summary.overdueHeading))}`,
    );
  });

  it('writes Swedish labels when the language is Swedish', () => {
    const sv = getLocale('sv');
    const svPlan = planSummarySheet(report([followUp], followUpIssues, 'sv'), ctxOf('sv'));
    expect(svPlan.name).toBe('Sammanfattning');
    expect(cell(svPlan, 1, 1)).toBe('Sammanfattning av uppföljningen');
    const texts = svPlan.values.flat();
    for (const label of [sv.statusLabels.in_progress, sv.summary.overdueHeading, sv.summary.byOwnerHeading, sv.summary.severity.warning]) {
      expect(texts).toContain(label);
    }
    expect(texts).not.toContain(fi.summary.overdueHeading);
    expect(svPlan.chart?.title).toBe(sv.summary.chartTitle);
  });

  it('still gives a readable sheet for a workbook without action tables', () => {
    const empty = report(
      [],
      [{ severity: 'warning', code: 'cell.error', sheet: 'Talous', cell: 'D7', message: 'Solussa on virhearvo #REF!.' }],
    );
    const emptyPlan = planSummarySheet({ ...empty, source: null }, ctxOf('fi'));
    expect(sheetPlanSchema.parse(emptyPlan)).toEqual(emptyPlan);
    const texts = emptyPlan.values.flat();
    expect(texts).toEqual(expect.arrayContaining([fi.summary.title, fi.summary.noSource, fi.summary.noTables, fi.summary.noOverdue]));
    expect(texts).toContain('Solussa on virhearvo #REF!.');
    expect(texts.filter((v) => typeof v === 'number' && !Number.isFinite(v))).toEqual([]);
    expect(emptyPlan.chart).toBeUndefined();
    expect(texts).not.toContain(fi.summary.byOwnerHeading);
  });

  it('prints on A4 landscape one page wide, the title rows repeated, title and date above and page numbers below', () => {
    expect(plan.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, gridlines: false });
    expect(plan.pageSetup?.titleRows).toBe(rowOf(plan, fi.summary.asOf));
    expect(plan.pageSetup?.header).toEqual({ left: 'Seurannan yhteenveto', center: '', right: 'Tilanne 30.6.2024' });
    expect(plan.pageSetup?.footer.center).toBe('Sivu &P / &N');
  });

  it('makes the overdue items, the issues and the owners filterable tables, each exactly its header and rows', () => {
    const tables = new Map((plan.tables ?? []).map((t) => [t.name, t.range]));
    const overdueHeader = rowOf(plan, fi.summary.actionColumn, rowOf(plan, fi.summary.overdueHeading));
    expect(tables.get('Myöhässä')).toBe(`A${overdueHeader}:E${overdueHeader + 2}`);
    const issuesHeader = rowOf(plan, fi.summary.messageColumn, rowOf(plan, fi.summary.issuesHeading));
    expect(tables.get('Huomiot')).toBe(`A${issuesHeader}:D${issuesHeader + followUpIssues.length}`);
    const ownersHeader = rowOf(plan, fi.summary.ownerColumn);
    expect(tables.get('Vastuuhenkilöt')).toBe(`A${ownersHeader}:K${rowOf(plan, fi.summary.noOwner, ownersHeader)}`);
    expect(tables.size).toBe(3);
  });

  it('makes no table of a list with nothing in it', () => {
    expect(planSummarySheet(seedReport, ctxOf('fi')).tables?.map((t) => t.name)).toEqual(['Vastuuhenkilöt']);
  });

  it('says so when nothing is overdue and nothing is wrong', () => {
    const texts = planSummarySheet(seedReport, ctxOf('fi')).values.flat();
    expect(texts).toEqual(expect.arrayContaining([fi.summary.noOverdue, fi.summary.noIssues]));
  });
});

describe('planSummarySheet on a large workbook: long lists are capped for the board', () => {
  const fi = getLocale('fi');
  const en = getLocale('en');
  /** A follow-up where every row's schedule ended in 2021 and the status says it is still under way. */
  function overdueTable(count: number): ActionTable {
    const items = Array.from({ length: count }, (_, k) =>
      item({
        row: 5 + k,
        action: `${k + 1}. Perhetyön resurssien lisääminen, alue ${k + 1}`,
        statusText: k % 2 === 0 ? ' Käynnissä' : 'Osittain',
        schedule: { text: 'Syksy 2020 - kevät 2021', start: '2020-09-01', end: '2021-05-31' },
        overdue: true,
        cells: { action: `B${5 + k}`, status: `F${5 + k}` },
      }),
    );
    return table({ sheet: 'Seuranta 2024', range: `B4:F${4 + count}`, headerRow: 4, columns: { action: 'B', status: 'F' }, items });
  }
  const warning = (k: number): Issue => ({
    severity: 'warning',
    code: 'status.unknown',
    sheet: 'Seuranta 2024',
    cell: `F${5 + k}`,
    message: `Tuntematon tila 'Ehkä ${k + 1}'.`,
  });
  const errors: Issue[] = [
    {
      severity: 'error',
      code: 'schedule.backwards',
      sheet: "Lasten'suojelu",
      cell: 'C12',
      message: 'Aikataulu päättyy ennen kuin se alkaa.',
    },
    {
      severity: 'error',
      code: 'schedule.backwards',
      sheet: "Lasten'suojelu",
      cell: 'C40',
      message: 'Aikataulu päättyy ennen kuin se alkaa (C40).',
    },
  ];

  /** Rows between a heading's column header and the next empty row. */
  function listRows(plan: SheetPlan, heading: string): PlanValue[][] {
    const header = rowOf(plan, heading) + 1;
    const rows: PlanValue[][] = [];
    for (let r = header + 1; r <= plan.values.length && cell(plan, r, 1) !== null; r++) rows.push(plan.values[r - 1] ?? []);
    return rows;
  }

  it('lists the first SUMMARY_LIST_LIMIT overdue items, then says how many more and where they all are', () => {
    const many = overdueTable(SUMMARY_LIST_LIMIT + 37);
    const plan = planSummarySheet(report([many]), ctxOf('fi'));
    const rows = listRows(plan, fi.summary.overdueHeading);
    expect(rows).toHaveLength(SUMMARY_LIST_LIMIT + 1);
    expect(rows.slice(0, SUMMARY_LIST_LIMIT).map((r) => r[0])).toEqual(many.items.slice(0, SUMMARY_LIST_LIMIT).map((i) => i.action));
    expect(rows.at(-1)?.[0]).toBe(
      '… ja 37 muuta myöhässä olevaa toimenpidettä. Kaikki ovat Seurannan Tarkista-ruudussa ja komentorivin report.json-tiedostossa.',
    );
    expect(plan.links.filter((l) => l.target.startsWith('F'))).toHaveLength(SUMMARY_LIST_LIMIT);
    // The totals above still count every item.
    expect(cell(plan, rowOf(plan, fi.summary.total), 2)).toBe(SUMMARY_LIST_LIMIT + 37);
    expect(sheetPlanSchema.parse(plan)).toEqual(plan);
  });

  it('lists exactly SUMMARY_LIST_LIMIT overdue items with no line about more', () => {
    const plan = planSummarySheet(report([overdueTable(SUMMARY_LIST_LIMIT)]), ctxOf('fi'));
    const rows = listRows(plan, fi.summary.overdueHeading);
    expect(rows).toHaveLength(SUMMARY_LIST_LIMIT);
    expect(plan.values.flat().some((v) => typeof v === 'string' && v.startsWith('… ja'))).toBe(false);
  });

  it('keeps every error in a capped issue list, the errors first, and says in English how many warnings are left out', () => {
    const issues = [...Array.from({ length: SUMMARY_LIST_LIMIT }, (_, k) => warning(k)), ...errors];
    const plan = planSummarySheet(report([overdueTable(3)], issues, 'en'), ctxOf('en'));
    const rows = listRows(plan, en.summary.issuesHeading);
    expect(rows).toHaveLength(SUMMARY_LIST_LIMIT + 1);
    expect(rows.slice(0, 2).map((r) => [r[0], r[3]])).toEqual(errors.map((e) => [e.message, en.summary.severity.error]));
    expect(rows[2]?.[0]).toBe(warning(0).message);
    expect(rows.map((r) => r[0])).not.toContain(warning(SUMMARY_LIST_LIMIT - 1).message);
    expect(rows.at(-1)?.[0]).toBe("… and 2 more issues. Seuranta's Check pane and the command line's report.json list them all.");
  });

  it('keeps the issues in their own order while they fit', () => {
    const issues = [warning(0), ...errors, warning(1)];
    const plan = planSummarySheet(report([overdueTable(3)], issues), ctxOf('fi'));
    expect(listRows(plan, fi.summary.issuesHeading).map((r) => r[0])).toEqual(issues.map((i) => i.message));
  });
});
