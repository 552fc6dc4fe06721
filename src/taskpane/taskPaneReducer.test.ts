import { getLocale } from '../core/locales/getLocale';
import { formatMessage } from '../core/i18n/formatMessage';
import type { Issue, StatusCounts } from '../core/schema/report';
import { initialPaneState } from './initialPaneState';
import type { PaneFindings, PaneOutcome, TaskPaneState } from './paneTypes';
import { taskPaneReducer } from './taskPaneReducer';

const fi = getLocale('fi');

function counts(partial: Partial<StatusCounts>): { total: number; byStatus: StatusCounts } {
  const byStatus: StatusCounts = {
    done: 0,
    partial: 0,
    in_progress: 0,
    not_started: 0,
    not_done: 0,
    suspended: 0,
    removed: 0,
    unknown: 0,
    missing: 0,
    ...partial,
  };
  return { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus };
}

/** Issues as the core words them for seed 000's realisation report (OCR-damaged status in E12). */
const issues: Issue[] = [
  {
    severity: 'warning',
    code: 'status.unknown',
    sheet: 'Kotihoito',
    cell: 'E12',
    message: formatMessage(fi.messages['status.unknown'], { value: 'Kylla /korona', examples: fi.statusExamples.join(', ') }),
  },
  { severity: 'error', code: 'owner.missing', sheet: 'Kotihoito', cell: 'D15', message: fi.messages['owner.missing'] },
];

const found = (over: Partial<PaneFindings> = {}): PaneFindings => ({
  empty: false,
  actionTables: 2,
  budgetTables: 1,
  sheets: ['Kotihoito', 'Talous'],
  ...over,
});

function finish(outcome: PaneOutcome, from: TaskPaneState = initialPaneState()): TaskPaneState {
  const started = taskPaneReducer(from, { type: 'started', task: outcome.task });
  return taskPaneReducer(started, { type: 'succeeded', outcome });
}

describe('taskPaneReducer', () => {
  it('takes the settings saved in the workbook, and drops what another version wrote wrong', () => {
    const state = taskPaneReducer(initialPaneState(), {
      type: 'settingsLoaded',
      settings: { lang: 'de' as never, asOf: '30.6.2024', skipSheets: ['Vanha 2022'] },
    });
    expect(state.settings).toEqual({ lang: 'fi', asOf: null, skipSheets: ['Vanha 2022'] });
    expect(state.settingsLoaded).toBe(true);
    // A sheet left out last time can be put back: it stays a choice in the picker.
    expect(state.knownSheets).toEqual(['Vanha 2022']);
  });

  it('keeps a valid saved language and as-of date', () => {
    const state = taskPaneReducer(initialPaneState(), { type: 'settingsLoaded', settings: { lang: 'sv', asOf: '2024-06-30' } });
    expect(state.settings).toEqual({ lang: 'sv', asOf: '2024-06-30', skipSheets: [] });
  });

  it('ignores a second click while a task runs, so two writes never race', () => {
    const busy = taskPaneReducer(initialPaneState(), { type: 'started', task: 'summary' });
    const again = taskPaneReducer(busy, { type: 'started', task: 'colours' });
    expect(again.busy).toBe('summary');
  });

  it('lists the issues of a check and says how many actions were checked', () => {
    const state = finish({ task: 'validate', issues, counts: counts({ done: 30, unknown: 1, missing: 3 }), found: found() });
    expect(state.busy).toBeNull();
    expect(state.issues).toEqual(issues);
    expect(state.notice).toEqual({ intent: 'info', key: 'validateDone', params: { total: 34, count: 2 } });
    expect(state.knownSheets).toEqual(['Kotihoito', 'Talous']);
  });

  it('says so when a check finds nothing to report', () => {
    const state = finish({ task: 'validate', issues: [], counts: counts({ done: 12 }), found: found() });
    expect(state.notice).toEqual({ intent: 'success', key: 'noIssues', params: { total: 12 } });
  });

  it('tells an empty workbook apart from one whose tables it does not recognise', () => {
    const empty = finish({
      task: 'summary',
      sheet: 'Yhteenveto',
      counts: counts({}),
      found: found({ empty: true, actionTables: 0, budgetTables: 0 }),
    });
    expect(empty.notice?.key).toBe('emptyWorkbook');
    const unknown = finish({ task: 'validate', issues: [], counts: counts({}), found: found({ actionTables: 0, budgetTables: 0 }) });
    expect(unknown.notice).toEqual({ intent: 'warning', key: 'noTable', hint: { key: 'noTableHint' } });
  });

  it('names the sheet the summary went to (a user sheet called Yhteenveto pushes it aside)', () => {
    const state = finish({ task: 'summary', sheet: 'Yhteenveto (2)', counts: counts({ done: 5, partial: 2 }), found: found() });
    expect(state.notice).toEqual({ intent: 'success', key: 'summaryDone', params: { sheet: 'Yhteenveto (2)', total: 7 } });
    expect(state.counts?.byStatus.partial).toBe(2);
  });

  it('says how to set the printing by hand when the host could not (below ExcelApi 1.9), and only then', () => {
    const old = finish({ task: 'summary', sheet: 'Yhteenveto', counts: counts({ done: 1 }), found: found(), printLayout: false });
    expect(old.notice).toMatchObject({ intent: 'success', key: 'summaryDone', hint: { key: 'noPageLayout' } });
    expect(finish({ task: 'budget', sheet: 'Budjettivertailu', found: found(), printLayout: false }).notice?.hint).toEqual({
      key: 'noPageLayout',
    });
    expect(
      finish({ task: 'summary', sheet: 'Yhteenveto', counts: counts({}), found: found(), printLayout: true }).notice?.hint,
    ).toBeUndefined();
  });

  it('warns when there is no budget table to compare', () => {
    expect(finish({ task: 'budget', sheet: null, found: found({ budgetTables: 0 }) }).notice?.key).toBe('budgetNone');
    expect(finish({ task: 'budget', sheet: 'Budjettivertailu', found: found() }).notice?.key).toBe('budgetDone');
  });

  it('reports colours added, removed, or nowhere to add them', () => {
    expect(finish({ task: 'colours', result: 'added', columns: 3 }).notice).toEqual({
      intent: 'success',
      key: 'coloursAdded',
      params: { count: 3 },
    });
    expect(finish({ task: 'colours', result: 'removed', columns: 3 }).notice?.key).toBe('coloursRemoved');
    expect(finish({ task: 'colours', result: 'added', columns: 0 }).notice?.key).toBe('noTable');
  });

  it('keeps the last issues when a later task fails, and shows why it failed', () => {
    const checked = finish({ task: 'validate', issues, counts: counts({ done: 2 }), found: found() });
    const started = taskPaneReducer(checked, { type: 'started', task: 'summary' });
    const failed = taskPaneReducer(started, {
      type: 'failed',
      notice: { intent: 'warning', key: 'unexpectedError', params: { detail: 'x' } },
    });
    expect(failed.busy).toBeNull();
    expect(failed.issues).toEqual(issues);
    expect(failed.notice?.params).toEqual({ detail: 'x' });
  });

  it('lists the sheets read for the leave-out picker after those already known, without repeats', () => {
    const loaded = taskPaneReducer(initialPaneState(), { type: 'settingsLoaded', settings: { skipSheets: ['Vanha 2022'] } });
    const listed = taskPaneReducer(loaded, { type: 'sheetsListed', sheets: ['Kotihoito', 'Vanha 2022', 'Talousarvio'] });
    expect(listed.knownSheets).toEqual(['Vanha 2022', 'Kotihoito', 'Talousarvio']);
    expect(listed.settings.skipSheets).toEqual(['Vanha 2022']);
  });

  it('treats a cleared as-of field as today, and a typed one as that day', () => {
    const set = taskPaneReducer(initialPaneState(), { type: 'setAsOf', asOf: '2023-12-31' });
    expect(set.settings.asOf).toBe('2023-12-31');
    expect(taskPaneReducer(set, { type: 'setAsOf', asOf: null }).settings.asOf).toBeNull();
  });

  it('keeps the date to compare with for the next summary, a cleared field meaning the previous one, and never saves it', () => {
    const set = taskPaneReducer(initialPaneState(), { type: 'setSince', since: '2024-03-31' });
    expect(set.since).toBe('2024-03-31');
    expect(set.settings).toEqual(initialPaneState().settings);
    expect(taskPaneReducer(set, { type: 'setSince', since: 'maaliskuu' }).since).toBeNull();
    expect(taskPaneReducer(set, { type: 'setSince', since: null }).since).toBeNull();
  });
});
