/** Works out which budget rows are totals and which are their subrows: by indentation where the sheet has it, else by labels and sums. */
import type { BudgetColumn } from '../schema/report';
import { budgetTokens } from './budgetTokens';
import type { BudgetVocabulary } from './budgetVocabulary';
import { matchBudgetPhrase, type BudgetPhrase } from './matchBudgetPhrase';
import { withinRounding } from './withinRounding';

export interface LevelInput {
  readonly label: string;
  readonly values: Readonly<Record<BudgetColumn, number | null>>;
  /** The label cell's indent level; null when the host could not read indents. */
  readonly indent: number | null;
}

export interface BudgetStructure {
  /** 0 = total/result/standalone line, 1 = subrow; one per input row. */
  readonly levels: number[];
  /** Total lines (row indexes) with their subrows. */
  readonly groups: { total: number; subs: number[] }[];
  /** Result lines (Toimintakate): the sum of the group totals above them. */
  readonly results: number[];
}

/** Longest run of subrows a total is searched over; budget tables group a handful of lines. */
const MAX_SUBROWS = 60;

/** A label starts with one of `starts` ("Toimintakulut - …") or ends with one of `ends` ("Tuotot yhteensä"). */
function labelIs(label: string, starts: readonly BudgetPhrase<true>[], ends: readonly BudgetPhrase<true>[] = []): boolean {
  const tokens = budgetTokens(label);
  if (tokens.length === 0) return false;
  if (matchBudgetPhrase(tokens, 0, starts)) return true;
  return ends.some((p) => p.words.length < tokens.length && matchBudgetPhrase(tokens, tokens.length - p.words.length, [p]) !== null);
}

/** Whether rows `from..to` add up to row `total` in most of the columns where they can be compared. */
function addsUp(rows: readonly LevelInput[], total: number, from: number, to: number, columns: readonly BudgetColumn[]): boolean {
  let compared = 0;
  let held = 0;
  const t = rows[total];
  if (!t) return false;
  for (const c of columns) {
    const tv = t.values[c];
    if (tv === null) continue;
    let sum = 0;
    let any = false;
    for (let i = from; i <= to; i++) {
      const v = rows[i]?.values[c] ?? null;
      if (v !== null) {
        sum += v;
        any = true;
      }
    }
    if (!any) continue;
    compared++;
    if (withinRounding(sum - tv, to - from + 1)) held++;
  }
  return compared > 0 && held * 2 > compared;
}

/**
 * Levels and groups of a budget table's rows. With indents, an indented row is a subrow of the unindented
 * row above it. Without, a row is a total when the rows right below it add up to it in most amount columns
 * (so one mistyped amount does not hide the structure), or when its label is a total line's
 * ("Toimintatuotot", "Verksamhetskostnader"): then its subrows run to the next total or result line.
 * Result lines ("Toimintakate") are recognised by their labels.
 * @example assignBudgetLevels(seedRows, budgetVocabulary(), ['budget']).levels //=> [0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0]
 */
export function assignBudgetLevels(
  rows: readonly LevelInput[],
  vocabulary: BudgetVocabulary,
  columns: readonly BudgetColumn[],
): BudgetStructure {
  const n = rows.length;
  const levels = rows.map(() => 0);
  const groups: { total: number; subs: number[] }[] = [];
  const results: number[] = [];
  const isResult = rows.map((r) => labelIs(r.label, vocabulary.resultLines));
  const isTotal = rows.map((r, i) => !isResult[i] && labelIs(r.label, vocabulary.totalLines, vocabulary.totalSuffixes));
  const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a + 1) }, (_, k) => a + k);

  if (rows.some((r) => (r.indent ?? 0) > 0)) {
    for (let i = 0; i < n; i++) {
      if ((rows[i]?.indent ?? 0) > 0) {
        levels[i] = 1;
        continue;
      }
      if (isResult[i]) results.push(i);
      let j = i + 1;
      while (j < n && (rows[j]?.indent ?? 0) > 0) j++;
      if (j > i + 1) groups.push({ total: i, subs: range(i + 1, j - 1) });
    }
    return { levels, groups, results };
  }

  let i = 0;
  while (i < n) {
    if (isResult[i]) {
      results.push(i);
      i++;
      continue;
    }
    let end: number | null = null;
    for (let k = i + 2; k < n && k - i <= MAX_SUBROWS; k++) {
      if (isResult[k] || isTotal[k]) break;
      if (addsUp(rows, i, i + 1, k, columns)) {
        end = k;
        break;
      }
    }
    if (end === null && isTotal[i]) {
      let j = i + 1;
      while (j < n && !isResult[j] && !isTotal[j]) j++;
      if (j > i + 1) end = j - 1;
    }
    if (end !== null) {
      groups.push({ total: i, subs: range(i + 1, end) });
      for (let k = i + 1; k <= end; k++) levels[k] = 1;
      i = end + 1;
    } else {
      i++;
    }
  }
  return { levels, groups, results };
}
