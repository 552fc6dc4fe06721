/** The shape of a recognised header row, shared by the readers of row tables. */
import type { ColumnRole } from '../schema/report';

export interface HeaderRow {
  /** Excel row of the header. */
  row: number;
  /** First and last column of the header's run of cells. */
  left: number;
  right: number;
  /** Column role → 1-based column (the first cell naming a role wins). */
  columns: Partial<Record<ColumnRole, number>>;
  /** A column that groups actions as section rows do ("Kärki"), where there is one. */
  sectionCol: number | null;
  /** The category an action header carries ("Toimenpide/kansalaispalvelut"). */
  category: string | null;
}
