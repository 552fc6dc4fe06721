/** Finds budget tables anywhere on a sheet by their headers, reads their amounts, and checks sums, pace and the sheet's own computed columns. */
import { columnLetter } from '../a1/columnLetter';
import { cellAddress } from '../a1/cellAddress';
import { rangeAddress } from '../a1/rangeAddress';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { createIssue } from '../issues/createIssue';
import { isCellError } from '../isCellError';
import { parseNumber } from '../numbers/parseNumber';
import {
  BUDGET_COLUMNS,
  type BudgetColumn,
  type BudgetComparison,
  type BudgetRow,
  type BudgetTable,
  type Issue,
} from '../schema/report';
import { assignBudgetLevels, type LevelInput } from './assignBudgetLevels';
import {
  COMPUTED_DIFFERENCE_TOLERANCE,
  COMPUTED_PCT_TOLERANCE,
  PACE_TOLERANCE_PCT,
  ROUNDING_PER_SUBROW,
} from './budgetTolerances';
import { budgetVocabulary, type BudgetVocabulary } from './budgetVocabulary';
import { classifyBudgetHeader } from './classifyBudgetHeader';
import { compareBudgetAmounts } from './compareBudgetAmounts';
import { findUnitInText } from './findUnitInText';
import { formatActualPeriod } from './formatActualPeriod';
import { formatBudgetNumber } from './formatBudgetNumber';
import { readActualPeriod } from './readActualPeriod';
import { yearShare } from './yearShare';

interface HeaderColumn {
  col: number;
  header: string;
}

interface BudgetHeader {
  row: number;
  amounts: Map<BudgetColumn, HeaderColumn>;
  computed: Map<BudgetComparison, HeaderColumn>;
  firstCol: number;
  lastCol: number;
  /** The first row below the header (after a second header row of years, where there is one). */
  bodyStart: number;
}

/** How many rows below the header are looked at to find the label column. */
const LABEL_PROBE_ROWS = 30;
/** Lines above the header where a unit line ("1 000 €") may stand. */
const UNIT_LINES_ABOVE = 3;

/** Header cells are short; long text (an action's description) is never one and is not worth reading. */
const MAX_HEADER_LENGTH = 80;

/** Header classification by cell value, remembered for one sheet: the same statuses and words repeat on every row. */
type HeaderMemo = Map<string, ReturnType<typeof classifyBudgetHeader>>;

function classifyCell(value: string, vocabulary: BudgetVocabulary, memo: HeaderMemo): ReturnType<typeof classifyBudgetHeader> {
  let kind = memo.get(value);
  if (kind === undefined) {
    const header = cellText(value);
    kind = header === '' ? null : classifyBudgetHeader(header, vocabulary);
    memo.set(value, kind);
  }
  return kind;
}

function readHeader(grid: Grid, row: number, vocabulary: BudgetVocabulary, memo: HeaderMemo): BudgetHeader | null {
  const cells = grid.values[row - grid.origin.row] ?? [];
  // A header needs two amount cells. Cells already classified on this sheet (statuses, owners, targets
  // repeat) are counted first; the new texts (each action's own) are classified only when they could
  // still make two: on an action row they cannot, and that skips classifying every action.
  let amountsKnown = 0;
  let unknown = 0;
  for (const value of cells) {
    if (typeof value !== 'string' || value.length > MAX_HEADER_LENGTH) continue;
    const kind = memo.get(value);
    if (kind === undefined) unknown += 1;
    else if (kind?.kind === 'amount') amountsKnown += 1;
  }
  if (amountsKnown + unknown < 2) return null;
  // Made at the first cell that names a column: on most rows none does.
  let amounts: Map<BudgetColumn, HeaderColumn> | null = null;
  let computed: Map<BudgetComparison, HeaderColumn> | null = null;
  let firstCol = Number.POSITIVE_INFINITY;
  let lastCol = 0;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (typeof value !== 'string' || value.length > MAX_HEADER_LENGTH) continue;
    const kind = classifyCell(value, vocabulary, memo);
    if (!kind) continue;
    const header = cellText(value);
    const col = grid.origin.col + i;
    if (kind.kind === 'amount') {
      amounts ??= new Map();
      // A repeated role (two budgets of different years) keeps the first; the second is left unread.
      if (amounts.has(kind.column)) continue;
      amounts.set(kind.column, { col, header });
    } else if (kind.comparison !== null) {
      computed ??= new Map();
      if (!computed.has(kind.comparison)) computed.set(kind.comparison, { col, header });
    }
    firstCol = Math.min(firstCol, col);
    lastCol = Math.max(lastCol, col);
  }
  // "Toteuma" alone heads an action table's status column: a budget needs two amount columns, one not actuals.
  if (amounts === null || amounts.size < 2 || ![...amounts.keys()].some((c) => c !== 'actual')) return null;
  return { row, amounts, computed: computed ?? new Map(), firstCol, lastCol, bodyStart: row + 1 };
}

/** A cell of a second header row that only says when: "2023", 2023, "1-6/2023", "30.6.2023", "Q2/2023". */
const WHEN_ONLY =
  /^(?:(?:\d{1,2}\s*[-\u2013\u2212]\s*\d{1,2}\s*\/\s*)?(?:19|20)\d{2}|\d{1,2}\s*[-\u2013\u2212]\s*\d{1,2}\s*\/\s*\d{2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|q[1-4]\s*[/ ]\s*(?:19|20)?\d{2})$/i;

function whenText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2100 ? String(value) : null;
  if (typeof value !== 'string') return null;
  const text = cellText(value);
  return WHEN_ONLY.test(text) ? text : null;
}

/**
 * Joins a second header row that gives only the years and periods ("Talousarvio" over "2023", "Toteuma"
 * over "1-6/2023") to the header, so the years are read and the year row is not taken for amounts.
 */
function joinYearRow(grid: Grid, header: BudgetHeader | null): BudgetHeader | null {
  if (!header) return null;
  const below = header.row + 1;
  const columns = [...header.amounts.values(), ...header.computed.values()];
  let years = 0;
  for (const h of columns) {
    const v = cellAt(grid, below, h.col);
    if (v === null || (typeof v === 'string' && cellText(v) === '')) continue;
    if (whenText(v) === null) return header;
    years++;
  }
  if (years === 0) return header;
  const join = (m: Map<string, HeaderColumn>) => {
    for (const h of m.values()) {
      const when = whenText(cellAt(grid, below, h.col));
      if (when !== null) h.header = `${h.header} ${when}`;
    }
  };
  join(header.amounts);
  join(header.computed);
  return { ...header, bodyStart: below + 1 };
}

/**
 * Keeps the amount columns whose cells below are mostly numbers: "Toteuma" over statuses ("Kyllä") is an
 * action table's column, not actuals. Null when fewer than two amount columns (one not actuals) remain.
 */
function keepAmountColumns(grid: Grid, header: BudgetHeader | null): BudgetHeader | null {
  if (!header) return null;
  const amounts = new Map<BudgetColumn, HeaderColumn>();
  for (const [c, h] of header.amounts) {
    let numbers = 0;
    let texts = 0;
    for (let r = header.bodyStart; r < header.bodyStart + LABEL_PROBE_ROWS; r++) {
      const kind = parseNumber(cellAt(grid, r, h.col)).kind;
      if (kind === 'number') numbers++;
      else if (kind === 'invalid') texts++;
    }
    if (numbers > 0 && numbers >= texts) amounts.set(c, h);
  }
  if (amounts.size < 2 || ![...amounts.keys()].some((c) => c !== 'actual')) return null;
  return { ...header, amounts };
}

/** The column left of the amounts that holds the most text below the header (the row labels). */
function findLabelColumn(grid: Grid, header: BudgetHeader): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let col = header.firstCol - 1; col >= grid.origin.col; col--) {
    let count = 0;
    for (let row = header.bodyStart; row < header.bodyStart + LABEL_PROBE_ROWS; row++) {
      const v = cellAt(grid, row, col);
      if (typeof v === 'string' && parseNumber(v).kind === 'invalid') count++;
    }
    if (count > bestCount) {
      best = col;
      bestCount = count;
    }
  }
  return best;
}

function yearOf(header: string): number | null {
  const years = header.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g);
  const last = years?.[years.length - 1];
  return last === undefined ? null : Number(last);
}

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);
const roundTiny = (n: number | null): number | null => (n === null ? null : Math.round(n * 1e6) / 1e6);

/**
 * Every budget table on the sheet, with its rows, levels and comparisons, and the issues found in it:
 * amounts that cannot be read (error), totals and result lines that do not add up beyond rounding (error at
 * the total, naming the difference), cost lines over the pace of partial-year actuals (warning at the
 * actual), and the sheet's own computed columns that disagree with the recomputed figures (warning).
 * Revenue under its pace is not flagged: revenue arrives unevenly (seed 002's sales are at 35 % after
 * half a year with a forecast of 107 %), so a pace rule would mostly raise false alarms.
 * @example findBudgetTables(seed002BudgetGrid(), ctx).tables[0]?.rows[0]?.actualVsBudgetPct //=> 50.5
 */
export function findBudgetTables(grid: Grid, ctx: CoreContext): { tables: BudgetTable[]; issues: Issue[] } {
  const vocabulary = budgetVocabulary();
  const memo: HeaderMemo = new Map();
  const tables: BudgetTable[] = [];
  const issues: Issue[] = [];
  const lastRow = grid.origin.row + grid.values.length - 1;
  const issue = (code: Parameters<typeof createIssue>[1], severity: Issue['severity'], row: number, col: number, params: Record<string, string | number>) =>
    issues.push(createIssue(ctx, code, severity, grid.sheet, cellAddress(row, col), params));
  const fmt = (n: number, decimals = 0) => formatBudgetNumber(n, ctx.lang, decimals);
  const signed = (n: number) => (n > 0 ? '+' : '') + fmt(n);

  for (let row = grid.origin.row; row <= lastRow; row++) {
    const header = keepAmountColumns(grid, joinYearRow(grid, readHeader(grid, row, vocabulary, memo)));
    if (!header) continue;
    const labelCol = findLabelColumn(grid, header);
    const columns = BUDGET_COLUMNS.filter((c) => header.amounts.has(c));

    // The body: rows with amounts; two rows in a row without any end the table.
    const body: {
      row: number;
      label: string;
      values: Record<BudgetColumn, number | null>;
      indent: number | null;
      /** Columns whose cell could not be read: sums over them cannot be checked (the cell has its own issue). */
      unreadable: Set<BudgetColumn>;
    }[] = [];
    let gap = 0;
    let bottom = header.row;
    for (let r = header.bodyStart; r <= lastRow; r++) {
      if (readHeader(grid, r, vocabulary, memo)) break;
      const cells = columns.map((c) => {
        const col = header.amounts.get(c)?.col ?? 0;
        const value = cellAt(grid, r, col);
        return { c, col, value, parsed: parseNumber(value) };
      });
      if (cells.every((x) => x.parsed.kind === 'empty')) {
        if (++gap >= 2) break;
        continue;
      }
      gap = 0;
      bottom = r;
      const values: Record<BudgetColumn, number | null> = { budget: null, actual: null, forecast: null, proposal: null, frame: null };
      const unreadable = new Set<BudgetColumn>();
      for (const x of cells) {
        if (x.parsed.kind === 'number') values[x.c] = x.parsed.value;
        else if (x.parsed.kind === 'invalid') {
          unreadable.add(x.c);
          if (!isCellError(x.value)) issue('budget.notNumber', 'error', r, x.col, { value: x.parsed.text });
        }
      }
      const label = labelCol === null ? '' : cellText(cellAt(grid, r, labelCol));
      const indent = grid.indents
        ? (grid.indents.find((i) => i.row === r && i.col === labelCol)?.level ?? 0)
        : null;
      body.push({ row: r, label, values, indent, unreadable });
    }
    if (body.length === 0) continue;

    const inputs: LevelInput[] = body;
    const structure = assignBudgetLevels(inputs, vocabulary, columns);
    const labelOf = (i: number) => body[i]?.label ?? '';
    const readable = (rows: readonly number[], c: BudgetColumn) => rows.every((i) => !body[i]?.unreadable.has(c));

    // Totals against their subrows, column by column.
    for (const g of structure.groups) {
      const total = body[g.total];
      if (!total) continue;
      for (const c of columns) {
        const t = total.values[c];
        const subs = g.subs.map((i) => body[i]?.values[c] ?? null).filter((v): v is number => v !== null);
        if (t === null || subs.length === 0 || !readable([g.total, ...g.subs], c)) continue;
        const sum = subs.reduce((a, b) => a + b, 0);
        const difference = t - sum;
        if (Math.abs(difference) > g.subs.length * ROUNDING_PER_SUBROW + 1e-6) {
          issue('budget.sumMismatch', 'error', total.row, header.amounts.get(c)?.col ?? 0, {
            label: total.label,
            total: fmt(t, 2),
            sum: fmt(sum, 2),
            difference: signed(roundTiny(difference) ?? 0),
          });
        }
      }
    }
    // Result lines (Toimintakate) against the totals above them since the previous result line.
    let since = 0;
    for (const r of structure.results) {
      const totals = structure.groups.filter((g) => g.total >= since && g.total < r).map((g) => g.total);
      since = r + 1;
      const result = body[r];
      if (!result || totals.length < 2) continue;
      for (const c of columns) {
        const t = result.values[c];
        const parts = totals.map((i) => body[i]?.values[c] ?? null);
        if (t === null || parts.some((v) => v === null) || !readable([r, ...totals], c)) continue;
        const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
        const difference = t - sum;
        if (Math.abs(difference) > totals.length * ROUNDING_PER_SUBROW + 1e-6) {
          issue('budget.resultMismatch', 'error', result.row, header.amounts.get(c)?.col ?? 0, {
            label: result.label,
            total: fmt(t, 2),
            sum: fmt(sum, 2),
            difference: signed(roundTiny(difference) ?? 0),
          });
        }
      }
    }

    const actualHeader = header.amounts.get('actual');
    const actualPeriod = actualHeader ? readActualPeriod(actualHeader.header) : null;
    const share = actualPeriod ? yearShare(actualPeriod) * 100 : null;

    const rows: BudgetRow[] = body.map((b, i) => {
      const raw = compareBudgetAmounts(b.values);
      let overPace = false;
      const { budget, actual } = b.values;
      if (share !== null && actualPeriod && budget !== null && actual !== null && budget < 0 && actual <= 0) {
        const used = (actual / budget) * 100;
        if (used > share + PACE_TOLERANCE_PCT) {
          overPace = true;
          issue('budget.overPace', 'warning', b.row, actualHeader?.col ?? 0, {
            label: b.label,
            used: fmt(used, 1),
            share: fmt(share, 1),
            period: formatActualPeriod(actualPeriod),
          });
        }
      }
      // The sheet's own computed columns, recomputed.
      for (const [key, column] of header.computed) {
        const value = cellAt(grid, b.row, column.col);
        const parsed = parseNumber(value);
        const expected = raw[key];
        if (parsed.kind === 'invalid') {
          if (!isCellError(value)) issue('budget.notNumber', 'warning', b.row, column.col, { value: parsed.text });
          continue;
        }
        if (parsed.kind === 'empty' || expected === null) continue;
        const isPct = key !== 'proposalMinusFrame';
        // A percent typed as "50 %" is 50; a number formatted as percent reaches us as 0.5; "50" alone is 50.
        const candidates = !isPct || parsed.percent ? [parsed.value] : [parsed.value * 100, parsed.value];
        const written = candidates.reduce((a, b2) => (Math.abs(b2 - expected) < Math.abs(a - expected) ? b2 : a));
        const tolerance = isPct ? COMPUTED_PCT_TOLERANCE : COMPUTED_DIFFERENCE_TOLERANCE;
        if (Math.abs(written - expected) > tolerance + 1e-9) {
          issue('budget.computedMismatch', 'warning', b.row, column.col, {
            header: column.header,
            value: typeof value === 'string' ? cellText(value) : isPct ? `${fmt(written, 1)} %` : fmt(written),
            expected: isPct ? `${fmt(expected, 1)} %` : fmt(expected),
          });
        }
      }
      return {
        row: b.row,
        label: labelOf(i),
        level: structure.levels[i] ?? 0,
        ...b.values,
        actualVsBudgetPct: round1(raw.actualVsBudgetPct),
        forecastVsBudgetPct: round1(raw.forecastVsBudgetPct),
        proposalVsBudgetPct: round1(raw.proposalVsBudgetPct),
        proposalVsForecastPct: round1(raw.proposalVsForecastPct),
        proposalMinusFrame: roundTiny(raw.proposalMinusFrame),
        overPace,
      };
    });

    // Unit and title: the header row first, then the lines just above it.
    const left = labelCol ?? header.firstCol;
    let unit: string | null = null;
    for (let r = header.row; r >= Math.max(grid.origin.row, header.row - UNIT_LINES_ABOVE) && unit === null; r--) {
      for (let c = left; c <= header.lastCol && unit === null; c++) {
        const v = cellAt(grid, r, c);
        if (typeof v === 'string') unit = findUnitInText(v, vocabulary.units);
      }
    }
    const labelHeader = labelCol === null ? '' : cellText(cellAt(grid, header.row, labelCol));
    const title = (unit ? labelHeader.replace(unit, '') : labelHeader).replace(/[\s,;:(–-]+$/, '').trim();

    const columnsOut: BudgetTable['columns'] = {};
    for (const [c, h] of header.amounts) columnsOut[c] = { column: columnLetter(h.col), header: h.header, year: yearOf(h.header) };
    const computedOut: NonNullable<BudgetTable['computedColumns']> = {};
    for (const [k, h] of header.computed) computedOut[k] = { column: columnLetter(h.col), header: h.header };

    tables.push({
      sheet: grid.sheet,
      range: rangeAddress({ top: header.row, left, bottom, right: header.lastCol }),
      headerRow: header.row,
      unit,
      columns: columnsOut,
      actualPeriod,
      rows,
      labelColumn: labelCol === null ? undefined : columnLetter(labelCol),
      title: title === '' ? null : title,
      computedColumns: computedOut,
    });
    row = bottom;
  }
  return { tables, issues };
}
