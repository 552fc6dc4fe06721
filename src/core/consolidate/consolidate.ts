/** The finance office's view: every unit's summary side by side, and the totals over all of them. */
import type { Lang } from '../schema/report';
import type { BudgetLineSum, Consolidation, WorkbookSummary } from '../schema/consolidation';
import { budgetPercentages } from './budgetPercentages';
import { fileNamesForSharedTitles } from './fileNamesForSharedTitles';
import { foldBudgetLabel } from './foldBudgetLabel';
import { sumStatusCounts } from '../sumStatusCounts';

/**
 * Totals are sums of the units' own figures, field by field, so the totals row always equals the rows
 * above it. Budget lines are summed only for labels two or more units share (one unit's lines when it
 * is the only one with a budget), and only where every unit gives them in the same unit of money. Units whose workbooks
 * share one title (their template's) are named by their files.
 * @example consolidate([pori, ulvila], { asOf: '2024-06-30', lang: 'fi' }).totals.total //=> pori.totals.total + ulvila.totals.total
 */
export function consolidate(read: readonly WorkbookSummary[], options: { asOf: string; lang: Lang }): Consolidation {
  const workbooks = fileNamesForSharedTitles(read);
  const issues = { error: 0, warning: 0, info: 0 };
  let total = 0;
  let overdue = 0;
  for (const w of workbooks) {
    total += w.totals.total;
    overdue += w.overdue;
    issues.error += w.issues.error;
    issues.warning += w.issues.warning;
    issues.info += w.issues.info;
  }
  const indicators = sumIndicators(workbooks);
  const changes = sumChanges(workbooks);
  return {
    asOf: options.asOf,
    lang: options.lang,
    workbooks,
    totals: {
      workbooks: workbooks.length,
      unreadable: workbooks.filter((w) => !w.ok).length,
      total,
      byStatus: sumStatusCounts(workbooks.map((w) => w.totals.byStatus)),
      overdue,
      issues,
      budget: sharedBudgetLines(workbooks),
      ...(indicators ? { indicators } : {}),
      ...(changes ? { changes } : {}),
    },
  };
}

/** The changes of the units that have an earlier report, summed; undefined when none has. */
function sumChanges(workbooks: readonly WorkbookSummary[]): NonNullable<Consolidation['totals']['changes']> | undefined {
  const withChanges = workbooks.flatMap((w) => (w.changes ? [w.changes] : []));
  if (withChanges.length === 0) return undefined;
  const byStatusDelta = sumStatusCounts(withChanges.map((c) => c.byStatusDelta));
  const sum = { units: withChanges.length, byStatusDelta, newlyDone: 0, newlyOverdue: 0, added: 0, dropped: 0 };
  for (const c of withChanges) {
    sum.newlyDone += c.newlyDone;
    sum.newlyOverdue += c.newlyOverdue;
    sum.added += c.added;
    sum.dropped += c.dropped;
  }
  return sum;
}

/** The budget lines the consolidation shows: labels shared by two or more units, in the order they first appear. */
function sharedBudgetLines(workbooks: readonly WorkbookSummary[]): BudgetLineSum[] {
  const withBudget = workbooks.filter((w) => w.budget !== null && w.budget.length > 0);
  const groups = new Map<string, BudgetLineSum[]>();
  for (const w of withBudget) {
    for (const line of w.budget ?? []) {
      const key = foldBudgetLabel(line.label);
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
  }
  const minimum = withBudget.length > 1 ? 2 : 1;
  return [...groups.values()].filter((g) => g.length >= minimum).map(sumBudgetLines);
}

function sumBudgetLines(lines: readonly BudgetLineSum[]): BudgetLineSum {
  const first = lines[0];
  const unit = first?.unit ?? null;
  const sameUnit = lines.every((l) => foldUnit(l.unit) === foldUnit(unit));
  const sum = (pick: (l: BudgetLineSum) => number | null): number | null => {
    if (!sameUnit) return null;
    const present = lines.map(pick).filter((n): n is number => n !== null);
    // Rounded to what a budget table carries, so 0.1 + 0.2 sums as 0.3.
    return present.length === 0 ? null : Math.round(present.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  };
  const amounts = { budget: sum((l) => l.budget), actual: sum((l) => l.actual), forecast: sum((l) => l.forecast) };
  return { label: first?.label ?? '', unit, ...amounts, ...budgetPercentages(amounts) };
}

function foldUnit(unit: string | null): string {
  return (unit ?? '').toLowerCase().replace(/\s+/g, '');
}

function sumIndicators(workbooks: readonly WorkbookSummary[]): Record<string, number> | null {
  const counts: Record<string, number> = {};
  let any = false;
  for (const w of workbooks) {
    for (const [verdict, n] of Object.entries(w.indicators ?? {})) {
      counts[verdict] = (counts[verdict] ?? 0) + n;
      any = true;
    }
  }
  return any ? counts : null;
}
