/** Draws the task pane from its view; no decisions here, only layout. */
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  ProgressBar,
  Select,
  Title3,
} from '@fluentui/react-components';
import {
  CheckmarkCircle20Regular,
  DismissRegular,
  DocumentTable20Regular,
  Money20Regular,
  PaintBucket20Regular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { langSchema } from '../../core';
import { IssueList } from '../IssueList/IssueList';
import type { PaneTask } from '../paneTypes';
import { StatusCounts } from '../StatusCounts/StatusCounts';
import type { TaskPaneView } from './useTaskPane';
import type { useTaskPaneStyles } from './useTaskPaneStyles';

const TASK_ICONS: Record<PaneTask, ReactElement> = {
  validate: <CheckmarkCircle20Regular />,
  summary: <DocumentTable20Regular />,
  budget: <Money20Regular />,
  colours: <PaintBucket20Regular />,
};
const TASKS: readonly PaneTask[] = ['summary', 'validate', 'budget', 'colours'];

/**
 * @example renderTaskPane(useTaskPane(props), useTaskPaneStyles())
 */
export function renderTaskPane(view: TaskPaneView, styles: ReturnType<typeof useTaskPaneStyles>) {
  const { strings, state } = view;
  const busy = state.busy !== null;
  return (
    <main className={styles.root} lang={state.settings.lang} aria-busy={busy}>
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

      <section className={styles.actions}>
        {TASKS.map((task) => (
          <Button
            key={task}
            data-task={task}
            className={styles.action}
            appearance={task === 'summary' ? 'primary' : 'secondary'}
            icon={TASK_ICONS[task]}
            disabled={busy}
            onClick={() => view.run(task)}
          >
            {strings[task]}
          </Button>
        ))}
      </section>

      {/* One live region for progress and outcome, so a screen reader hears both. */}
      <div className={styles.feedback} role="status" aria-live="polite">
        {view.progressText !== null && (
          <div className={styles.progress}>
            <ProgressBar thickness="large" />
            <Caption1>{view.progressText}</Caption1>
          </div>
        )}
        {view.notice !== null && (
          <MessageBar intent={view.notice.intent} data-testid="notice" layout="multiline">
            <MessageBarBody>
              {view.notice.text}
              {view.notice.hint !== null && (
                <>
                  <br />
                  <Body1>{view.notice.hint}</Body1>
                </>
              )}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" aria-label={strings.dismiss} icon={<DismissRegular />} onClick={view.dismiss} />
              }
            />
          </MessageBar>
        )}
      </div>

      {state.counts !== null && state.counts.total > 0 && (
        <div className={styles.panel}>
          <StatusCounts counts={state.counts} locale={view.locale} />
        </div>
      )}

      {state.issues !== null && state.issues.length > 0 && (
        <div className={styles.panel}>
          <IssueList issues={state.issues} strings={strings} onSelect={view.selectIssue} />
        </div>
      )}
    </main>
  );
}
