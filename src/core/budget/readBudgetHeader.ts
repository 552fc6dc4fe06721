/** Reads a budget table's header: its header row, a row of years below it, and the columns that hold amounts. */
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CellValue, Grid } from '../grid';
import { parseNumber } from '../numbers/parseNumber';
import type { BudgetColumn } from '../schema/report';
import { BODY_PROBE_ROWS, type BudgetHeader, type HeaderColumn } from './budgetHeader';
import { namesTwoAmountColumns } from './namesTwoAmountColumns';
import { readBudgetHeaderRow } from './readBudgetHeaderRow';

/**
 * The budget header on `row`, or null. Its amount and computed columns are the row's
 * (`readBudgetHeaderRow`); a second header row that only says when ("2023", "1-6/2023") is joined to
 * them, so the years are read and the year row is not taken for amounts; and only the amount columns
 * whose cells below are mostly numbers stay: "Toteuma" over statuses ("Kyllä") is an action table's.
 * @example readBudgetHeader(seed002BudgetGrid(), 3)?.amounts.get('budget') //=> { col: 2, header: 'Talousarvio Budget 2023' }
 */
export function readBudgetHeader(grid: Grid, row: number): BudgetHeader | null {
  const named = readBudgetHeaderRow(grid, row);
  return named && keepAmountColumns(grid, joinYearRow(grid, named));
}

/** A cell of a second header row that only says when: "2023", 2023, "1-6/2023", "30.6.2023", "Q2/2023". */
const WHEN_ONLY =
  /^(?:(?:\d{1,2}\s*[-\u2013\u2212]\s*\d{1,2}\s*\/\s*)?(?:19|20)\d{2}|\d{1,2}\s*[-\u2013\u2212]\s*\d{1,2}\s*\/\s*\d{2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|q[1-4]\s*[/ ]\s*(?:19|20)?\d{2})$/i;

function whenText(value: CellValue): string | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2100 ? String(value) : null;
  if (typeof value !== 'string') return null;
  const text = cellText(value);
  return WHEN_ONLY.test(text) ? text : null;
}

/** Joins the row below when every cell it has under a header column only says when, and it has one. */
function joinYearRow(grid: Grid, header: BudgetHeader): BudgetHeader {
  const below = header.row + 1;
  const columns = [...header.amounts.values(), ...header.computed.values()];
  const filled = columns.map((h) => cellAt(grid, below, h.col)).filter((v) => v !== null && !(typeof v === 'string' && cellText(v) === ''));
  if (filled.length === 0 || filled.some((v) => whenText(v) === null)) return header;
  const withWhen = <K>(m: ReadonlyMap<K, HeaderColumn>): Map<K, HeaderColumn> =>
    new Map(
      [...m].map(([key, h]) => {
        const when = whenText(cellAt(grid, below, h.col));
        return [key, when === null ? h : { ...h, header: `${h.header} ${when}` }];
      }),
    );
  return { ...header, amounts: withWhen(header.amounts), computed: withWhen(header.computed), bodyStart: below + 1 };
}

/** Keeps the amount columns with more numbers than text below; null when fewer than two remain. */
function keepAmountColumns(grid: Grid, header: BudgetHeader): BudgetHeader | null {
  const amounts = new Map<BudgetColumn, HeaderColumn>();
  for (const [column, h] of header.amounts) {
    let numbers = 0;
    let texts = 0;
    for (let r = header.bodyStart; r < header.bodyStart + BODY_PROBE_ROWS; r++) {
      const kind = parseNumber(cellAt(grid, r, h.col)).kind;
      if (kind === 'number') numbers++;
      else if (kind === 'invalid') texts++;
    }
    if (numbers > 0 && numbers >= texts) amounts.set(column, h);
  }
  return namesTwoAmountColumns(amounts) ? { ...header, amounts } : null;
}
