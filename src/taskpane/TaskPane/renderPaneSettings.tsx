/** The pane's settings: the as-of date and the sheets to leave out. */
import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

/**
 * The as-of date field and the skipped-sheets dropdown, which stays off until the workbook's sheets are known.
 * @example renderPaneSettings(useTaskPane(props), useTaskPaneStyles()) // "Tilanne päivänä" 2026-12-02, "Jätä pois välilehdet"
 */
export function renderPaneSettings(view: TaskPaneView, styles: TaskPaneStyles) {
  const { strings, state } = view;
  return (
    <section className={styles.settings}>
      <Field label={strings.asOf} hint={strings.asOfHint}>
        <Input data-testid="as-of" type="date" value={view.asOf} onChange={(_, data) => view.setAsOf(data.value)} />
      </Field>
      <Field label={strings.skipSheets}>
        <Dropdown
          data-testid="skip-sheets"
          multiselect
          disabled={state.knownSheets.length === 0}
          placeholder={strings.skipSheetsPlaceholder}
          value={state.settings.skipSheets.join(', ')}
          selectedOptions={state.settings.skipSheets}
          onOptionSelect={(_, data) => view.setSkipSheets(data.selectedOptions)}
        >
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
