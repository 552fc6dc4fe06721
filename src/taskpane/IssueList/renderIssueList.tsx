/** Draws the issue list: one group per sheet, one button per issue (a click selects its cell). */
import { CounterBadge, Subtitle2 } from '@fluentui/react-components';
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
            <Subtitle2>{group.sheet}</Subtitle2>
            {group.errors > 0 && <CounterBadge count={group.errors} color="danger" size="small" />}
            {group.warnings > 0 && <CounterBadge count={group.warnings} color="important" size="small" />}
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
                    <Icon className={styles[issue.severity]} aria-label={state.severityLabel(issue)} />
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
