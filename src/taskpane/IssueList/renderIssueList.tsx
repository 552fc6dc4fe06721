/** Draws the issue list: one group per sheet, one button per issue (a click selects its cell). */
import { Subtitle2 } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { IssueListState } from './useIssueList';
import type { useIssueListStyles } from './useIssueListStyles';

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

/**
 * @example renderIssueList(useIssueList(props), useIssueListStyles())
 */
export function renderIssueList(state: IssueListState, styles: ReturnType<typeof useIssueListStyles>) {
  return (
    <section className={styles.root} aria-label={state.heading}>
      {state.groups.map((group) => (
        <div key={group.sheet} className={styles.group} data-sheet={group.sheet}>
          <div className={styles.groupHeader}>
            <Subtitle2 as="h2" className={styles.sheet}>
              {group.sheet}
            </Subtitle2>
            {group.errors > 0 && renderCount('error', state.countLabel('error', group.errors), group.errors, styles)}
            {group.warnings > 0 && renderCount('warning', state.countLabel('warning', group.warnings), group.warnings, styles)}
          </div>
          <ul className={styles.list}>
            {group.issues.map((issue, i) => {
              const Icon = ICONS[issue.severity];
              return (
                <li key={`${issue.cell}-${issue.code}-${i}`}>
                  <button
                    type="button"
                    className={styles.item}
                    title={state.cellTitle(issue)}
                    data-cell={issue.cell}
                    data-code={issue.code}
                    onClick={() => state.onSelect(issue)}
                  >
                    <Icon className={styles[issue.severity]} aria-hidden />
                    <span className={styles.visuallyHidden}>{state.severityLabel(issue)}</span>
                    <span className={styles.cell}>{issue.cell}</span>
                    <span>{issue.message}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** A sheet's count of errors or warnings: its icon and number seen, "Virheitä: 2" heard, never colour alone. */
function renderCount(severity: 'error' | 'warning', label: string, count: number, styles: ReturnType<typeof useIssueListStyles>) {
  const Icon = ICONS[severity];
  return (
    <span className={styles.count} data-count={severity}>
      <Icon className={styles[severity]} aria-hidden />
      <span aria-hidden>{count}</span>
      <span className={styles.visuallyHidden}>{label}</span>
    </span>
  );
}
