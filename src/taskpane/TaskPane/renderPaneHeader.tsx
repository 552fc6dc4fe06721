/** The pane's header: the add-in's name and tagline, and the language switch. */
import { Caption1, Field, Select, Title3 } from '@fluentui/react-components';
import { langSchema } from '../../core';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

/**
 * The title and the language switch. The switch stays on while a task runs: arrow keys step through the languages
 * without losing focus, and the shown check follows the last one chosen once the pane is idle.
 * @example renderPaneHeader(useTaskPane(props), useTaskPaneStyles()) // "Seuranta" beside a select showing "Suomi"
 */
export function renderPaneHeader(view: TaskPaneView, styles: TaskPaneStyles) {
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
