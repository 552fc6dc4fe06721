/** The pane's settings: the as-of date, the earlier summary to compare with and the sheets to leave out. */
import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

/**
 * The as-of date field, the date of the earlier summary to compare with (empty: the latest earlier one) and the
 * skipped-sheets dropdown, which reads the workbook's sheets when it first opens.
 * @example renderPaneSettings(useTaskPane(props), useTaskPaneStyles()) // "Tilanne päivänä" 2026-12-02, "Jätä pois välilehdet"
 */
export function renderPaneSettings(view: TaskPaneView, styles: TaskPaneStyles) {
  const { strings, state } = view;
  return (
    <section className={styles.settings}>
      <Field label={strings.asOf} hint={strings.asOfHint}>
        <Input
          data-testid="as-of"
          className={styles.field}
          type="date"
          value={view.asOf}
          onChange={(_, data) => view.setAsOf(data.value)}
        />
      </Field>
      <Field label={strings.since} hint={strings.sinceHint}>
        <Input
          data-testid="since"
          className={styles.field}
          type="date"
          value={state.since ?? ''}
          onChange={(_, data) => view.setSince(data.value)}
        />
      </Field>
      <Field label={strings.skipSheets}>
        <Dropdown
          data-testid="skip-sheets"
          className={styles.field}
          multiselect
          placeholder={strings.skipSheetsPlaceholder}
          value={state.settings.skipSheets.join(', ')}
          selectedOptions={state.settings.skipSheets}
          onOpenChange={(_, data) => {
            if (data.open) view.listSheets();
          }}
          onOptionSelect={(_, data) => view.setSkipSheets(data.selectedOptions)}
        >
          {view.sheetsLoading && state.knownSheets.length === 0 && (
            <Option disabled value="" text={strings.loadingSheets}>
              {strings.loadingSheets}
            </Option>
          )}
          {state.knownSheets.map((sheet) => (
            <Option key={sheet} value={sheet}>
              {sheet}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </section>
  );
}
