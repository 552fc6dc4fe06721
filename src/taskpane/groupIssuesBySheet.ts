/** The pane lists issues sheet by sheet, in the order the report gives them. */
import type { Issue } from '../core';

export interface SheetIssues {
  sheet: string;
  issues: Issue[];
  errors: number;
  warnings: number;
}

/**
 * Issues grouped by sheet, the sheets in their first appearance's order, each group's issues as given.
 * @example groupIssuesBySheet([{ sheet: 'Hyte', cell: 'E7', severity: 'error', … }]) //=> [{ sheet: 'Hyte', issues: […], errors: 1, warnings: 0 }]
 */
export function groupIssuesBySheet(issues: readonly Issue[]): SheetIssues[] {
  const groups = new Map<string, SheetIssues>();
  for (const issue of issues) {
    let group = groups.get(issue.sheet);
    if (group === undefined) {
      group = { sheet: issue.sheet, issues: [], errors: 0, warnings: 0 };
      groups.set(issue.sheet, group);
    }
    group.issues.push(issue);
    if (issue.severity === 'error') group.errors += 1;
    if (issue.severity === 'warning') group.warnings += 1;
  }
  return [...groups.values()];
}
