/** The issues of a check, grouped by sheet; a click on one selects its cell in the workbook. */
import type { IssueListProps } from './useIssueList';
import { useIssueList } from './useIssueList';
import { useIssueListStyles } from './useIssueListStyles';
import { renderIssueList } from './renderIssueList';

/**
 * @example <IssueList issues={report.issues} strings={getLocale('fi').ui} onSelect={selectIssue} />
 */
export function IssueList(props: IssueListProps) {
  const state = useIssueList(props);
  const styles = useIssueListStyles();
  return renderIssueList(state, styles);
}
