/** The dates a schedule text names, as its reader collects them before the years are settled. */
import type { DateRange } from './monthRange';
import type { Season } from './seasonRange';

/** A date span the text names, with the year it was written with (for a season that borrows it). */
export interface Point extends DateRange {
  readonly year: number;
  /** The point itself is a range of several units (`9-12/24`), so a deadline keeps its start. */
  readonly span: boolean;
}

/** A season or month written without a year ("kevät - syksy 2024"): it takes a neighbour's year. */
export type Pending = { readonly season: Season } | { readonly month: number };
