/** Swedish. Data only: see fi.ts for what each table means. */
import type { Locale } from './locale';

export const sv: Locale = {
  statusWords: {
    done: ['ja', 'genomförd', 'genomfört', 'klar', 'förverkligad', 'förverkligats'],
    partial: ['delvis genomförd', 'delvis'],
    in_progress: ['pågår', 'pågående', 'påbörjad'],
    not_started: ['inte påbörjad', 'ej påbörjad', 'ej inledd'],
    not_done: ['inte genomförd', 'ej genomförd', 'nej'],
    suspended: ['avbruten', 'avbrutet', 'avbröts'],
    removed: ['struken', 'struket', 'stryks', 'borttagen'],
  },
  statusLabels: {
    done: 'Genomförd',
    partial: 'Delvis',
    in_progress: 'Pågår',
    not_started: 'Inte påbörjad',
    not_done: 'Inte genomförd',
    suspended: 'Avbruten',
    removed: 'Struken',
    unknown: 'Okänd',
    missing: 'Saknas',
  },
  headerWords: {
    number: ['nr', 'nummer'],
    action: ['åtgärd', 'åtgärder'],
    goal: ['mål', 'målsättning'],
    schedule: ['tidtabell', 'tidsplan'],
    metric: ['mätare', 'indikator'],
    owner: ['ansvarig', 'ansvariga', 'ansvarsperson'],
    status: ['status', 'utfall', 'läge'],
  },
  chairWords: ['ordförande'],
  statusExamples: ['Ja', 'Nej', 'Delvis', 'Pågår', 'Avbruten', 'Struken'],
  scheduleWords: {
    spring: ['vår', 'våren', 'vårens'],
  },
  budgetHeaderWords: {
    budget: ['budget'],
  },
  summary: {
    sheetName: 'Sammanfattning',
  },
  budgetSheet: {
    sheetName: 'Budgetjämförelse',
  },
  ui: {
    appName: 'Seuranta',
  },
  cli: {
    usage: 'Användning',
  },
  messages: {
    'status.unknown': "Okänd status '{value}'. Använd till exempel: {examples}.",
    'status.missing': 'Åtgärden saknar status. Skriv till exempel: {examples}.',
    'schedule.unreadable': "Tidtabellen '{value}' kan inte läsas. Skriv till exempel: 2024, hösten 2024, 9-12/24 eller från 2021.",
    'schedule.backwards': "Tidtabellen '{value}' slutar ({end}) innan den börjar ({start}).",
    'owner.missing': 'Åtgärden saknar ansvarsperson.',
    'action.duplicateNumber': "Åtgärdsnumret '{number}' finns redan på rad {firstRow} i samma avsnitt.",
    'table.noStatus': 'Tabellen har ingen statuskolumn (t.ex. Status): statusen kan inte räknas.',
    'cell.error': 'Cellen innehåller felvärdet {value}. Rätta formeln eller referensen.',
  },
};
