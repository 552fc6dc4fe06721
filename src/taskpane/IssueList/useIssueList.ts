/** The issue list's state: issues grouped by sheet, the severity words and the click handler. */
import { useMemo } from 'react';
import { formatMessage, type Issue, type Locale } from '../../core';
import { groupIssuesBySheet, type SheetIssues } from '../groupIssuesBySheet';

export interface IssueListProps {
  issues: readonly Issue[];
  strings: Locale['ui'];
  onSelect: (issue: Issue) => void;
}

export interface IssueListState {
  groups: SheetIssues[];
  severityLabel: (issue: Issue) => string;
  /** "Virheitä: 2", what a screen reader says for a sheet's count. */
  countLabel: (severity: 'error' | 'warning', count: number) => string;
  cellTitle: (issue: Issue) => string;
  onSelect: (issue: Issue) => void;
  heading: string;
}

/**
 * @example useIssueList({ issues, strings: getLocale('fi').ui, onSelect }).groups[0].sheet //=> 'Hyte'
 */
export function useIssueList({ issues, strings, onSelect }: IssueListProps): IssueListState {
  const groups = useMemo(() => groupIssuesBySheet(issues), [issues]);
  return {
    groups,
    severityLabel: (issue) => strings.severity[issue.severity],
    countLabel: (severity, count) => formatMessage(severity === 'error' ? strings.errorCount : strings.warningCount, { count }),
    cellTitle: (issue) => formatMessage(strings.goToCell, { cell: issue.cell, sheet: issue.sheet }),
    onSelect,
    heading: strings.issuesHeading,
  };
}
