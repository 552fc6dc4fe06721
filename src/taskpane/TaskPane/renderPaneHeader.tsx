/** The pane's header: the add-in's name and tagline, and the language switch. */
import { Caption1, Field, Select, Title3 } from '@fluentui/react-components';
import { langSchema } from '../../core';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

/**
 * The title and the language switch; the switch is off while a task runs.
 * @example renderPaneHeader(useTaskPane(props), useTaskPaneStyles(), false) // "Seuranta" beside a select showing "Suomi"
 */
export function renderPaneHeader(view: TaskPaneView, styles: TaskPaneStyles, busy: boolean) {
  const { strings, state } = view;
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title3 as="h1">{strings.appName}</Title3>
        <Caption1 className={styles.tagline}>{strings.tagline}</Caption1>
      </div>
      <Field label={strings.language} className={styles.language}>
        <Select
          data-testid="language"
          // Switching re-runs a shown check in the new language; not while another task runs.
          disabled={busy}
          value={state.settings.lang}
          onChange={(_, data) => {
            const lang = langSchema.safeParse(data.value);
            if (lang.success) view.setLang(lang.data);
          }}
        >
          {langSchema.options.map((lang) => (
            <option key={lang} value={lang}>
              {strings.languageNames[lang]}
            </option>
          ))}
        </Select>
      </Field>
    </header>
  );
}
