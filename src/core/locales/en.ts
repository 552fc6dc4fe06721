/** English. Data only: see fi.ts for what each table means. */
import type { Locale } from './locale';

export const en: Locale = {
  statusWords: {
    done: ['yes', 'done', 'completed', 'complete', 'achieved', 'implemented'],
    partial: ['partially done', 'partially', 'partly'],
    in_progress: ['in progress', 'ongoing', 'started'],
    not_started: ['not started'],
    not_done: ['not done', 'not achieved', 'no'],
    suspended: ['suspended', 'on hold', 'paused', 'cancelled'],
    removed: ['removed', 'dropped', 'deleted'],
  },
  statusLabels: {
    done: 'Done',
    partial: 'Partial',
    in_progress: 'In progress',
    not_started: 'Not started',
    not_done: 'Not done',
    suspended: 'Suspended',
    removed: 'Removed',
    unknown: 'Unrecognised',
    missing: 'Missing',
  },
  headerWords: {
    number: ['no', 'no.', 'number', '#'],
    action: ['action', 'actions', 'measure', 'measures'],
    goal: ['goal', 'goals', 'objective', 'target'],
    schedule: ['schedule', 'timetable', 'timeline', 'deadline'],
    metric: ['metric', 'metrics', 'indicator', 'indicators'],
    owner: ['owner', 'responsible', 'responsible person'],
    status: ['status', 'progress', 'state'],
  },
  chairWords: ['chair', 'chairperson'],
  statusExamples: ['Yes', 'No', 'Partially', 'In progress', 'Suspended', 'Removed'],
  scheduleWords: {
    spring: ['spring'],
  },
  budgetHeaderWords: {
    budget: ['budget'],
  },
  summary: {
    sheetName: 'Summary',
  },
  budgetSheet: {
    sheetName: 'Budget comparison',
  },
  ui: {
    appName: 'Seuranta',
  },
  cli: {
    usage: 'Usage',
  },
  messages: {
    'status.unknown': "Unknown status '{value}'. Use for example: {examples}.",
    'status.missing': 'The action has no status. Write for example: {examples}.',
    'schedule.unreadable': "The schedule '{value}' cannot be read. Write for example: 2024, Autumn 2024, 9-12/24 or from 2021.",
    'schedule.backwards': "The schedule '{value}' ends ({end}) before it starts ({start}).",
    'owner.missing': 'The action has no owner.',
    'action.duplicateNumber': "Action number '{number}' already appears on row {firstRow} in the same section.",
    'table.noStatus': 'The table has no status column (e.g. Status): statuses cannot be counted.',
    'cell.error': 'The cell holds the error value {value}. Fix the formula or reference.',
  },
};
