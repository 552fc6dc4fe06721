/** The ribbon's "Luo yhteenveto": the whole summary in one click, without the task pane. */
import { generateSummary } from '../app/generateSummary';
import type { WorkbookHost } from '../app/workbookHost';
import { getLocale, type Lang } from '../core';
import { failureText } from './failureText';
import { langFromOffice } from './langFromOffice';

export interface CommandEvent {
  completed(): void;
}

/**
 * Runs the summary with the workbook's saved settings (as-of today unless saved), then completes the event whatever happens,
 * as Office requires, and only after `notify` has finished telling a failure in the user's language (the runtime may end
 * at `completed()`, closing a dialog still open).
 * @example await runSummaryCommand(createOfficeWorkbookHost(), event, 'fi-FI', showDialog) // 'Yhteenveto' written and active
 */
export async function runSummaryCommand(
  host: WorkbookHost,
  event: CommandEvent,
  displayLanguage: string | undefined,
  notify: (message: string, lang: Lang) => void | Promise<void>,
): Promise<void> {
  let lang = langFromOffice(undefined, displayLanguage);
  try {
    // The saved settings come with the workbook's first read, not in a round trip of their own.
    await generateSummary(host, (saved) => {
      lang = langFromOffice(saved.lang, displayLanguage);
      return { lang, asOf: saved.asOf ?? null, skipSheets: saved.skipSheets ?? [] };
    });
  } catch (error) {
    try {
      await notify(failureText(error, getLocale(lang)), lang);
    } catch {
      // Nothing more can be shown; the event must still complete.
    }
  } finally {
    event.completed();
  }
}
