/** Draws the task pane from its view; no decisions here, only layout. */
import { IndicatorCounts } from '../IndicatorCounts/IndicatorCounts';
import { IssueList } from '../IssueList/IssueList';
import { StatusCounts } from '../StatusCounts/StatusCounts';
import { StatusDeltas } from '../StatusDeltas/StatusDeltas';
import { renderPaneFeedback } from './renderPaneFeedback';
import { renderPaneHeader } from './renderPaneHeader';
import { renderPaneSettings } from './renderPaneSettings';
import { renderTaskButtons } from './renderTaskButtons';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

/**
 * The header, the settings, the task buttons, the feedback, then the counts and the issues once there are any.
 * @example renderTaskPane(useTaskPane(props), useTaskPaneStyles())
 */
export function renderTaskPane(view: TaskPaneView, styles: TaskPaneStyles) {
  const { state } = view;
  const busy = state.busy !== null;
  return (
    // data-busy, not aria-busy: a busy <main> would keep a screen reader from reading the progress in it.
    <main className={styles.root} lang={state.settings.lang} data-busy={busy}>
      {renderPaneHeader(view, styles)}
      {renderPaneSettings(view, styles)}
      {renderTaskButtons(view, styles, busy)}
      {renderPaneFeedback(view, styles)}

      {state.counts !== null && state.counts.total > 0 && (
        <div className={styles.panel} aria-busy={busy}>
          <StatusCounts counts={state.counts} locale={view.locale} />
          <StatusDeltas changes={state.counts.changes ?? null} locale={view.locale} />
        </div>
      )}

      <IndicatorCounts counts={state.counts?.indicators} locale={view.locale} className={styles.panel} />

      {state.issues !== null && state.issues.length > 0 && (
        <div className={styles.panel} aria-busy={busy}>
          <IssueList issues={state.issues} strings={view.strings} onSelect={view.selectIssue} />
        </div>
      )}
    </main>
  );
}
