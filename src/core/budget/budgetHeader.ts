/** The shape of a budget table's header as read, shared by the steps that read and check the table. */
import type { BudgetColumn, BudgetComparison } from '../schema/report';

/** A column the header names, with the header's text (joined with a year row below, where there is one). */
export interface HeaderColumn {
  readonly col: number;
  readonly header: string;
}

export interface BudgetHeader {
  /** Excel row of the header. */
  readonly row: number;
  /** Amount column → its column (the first cell naming a role wins). */
  readonly amounts: ReadonlyMap<BudgetColumn, HeaderColumn>;
  /** The sheet's own computed columns ("TOT vs. TA %") that can be recomputed. */
  readonly computed: ReadonlyMap<BudgetComparison, HeaderColumn>;
  /** First and last column any header cell names. */
  readonly firstCol: number;
  readonly lastCol: number;
  /** The first row below the header (after a second header row of years, where there is one). */
  readonly bodyStart: number;
}

/** How many rows below the header are looked at to tell amount columns and the label column. */
export const BODY_PROBE_ROWS = 30;
