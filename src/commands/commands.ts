/** Entry of the ribbon's function file: associates "generateSummary", and shows a failure message when opened as its dialog. */
import { getLocale } from '../core';
import { createOfficeWorkbookHost } from '../excel/createOfficeWorkbookHost';
import { langFromOffice } from './langFromOffice';
import { renderFailureDialog } from './renderFailureDialog';
import { runSummaryCommand } from './runSummaryCommand';
import { showFailureDialog, type DialogHost } from './showFailureDialog';

const MESSAGE_PARAM = 'message';
const LANG_PARAM = 'lang';

/** Office's dialog API as the command needs it (DialogApi 1.1). */
function officeDialogHost(): DialogHost {
  return {
    isDialogSupported: () => Office.context.requirements.isSetSupported('DialogApi', '1.1'),
    displayDialogAsync: (url, options, callback) =>
      Office.context.ui.displayDialogAsync(url, options, (result) =>
        callback({
          status: result.status === Office.AsyncResultStatus.Succeeded ? 'succeeded' : 'failed',
          value: {
            close: () => result.value.close(),
            addEventHandler: (type, handler) =>
              result.value.addEventHandler(
                type === 'message' ? Office.EventType.DialogMessageReceived : Office.EventType.DialogEventReceived,
                handler,
              ),
          },
        }),
      ),
  };
}

/** This same page as the dialog showing `message`, with the language for its close button. */
function dialogUrl(message: string, lang: string): string {
  const url = new URL(window.location.href);
  url.hash = '';
  url.searchParams.set(MESSAGE_PARAM, message);
  url.searchParams.set(LANG_PARAM, lang);
  return url.toString();
}

const params = new URLSearchParams(window.location.search);
const shown = params.get(MESSAGE_PARAM);
void Office.onReady(() => {
  if (shown !== null) {
    // Opened as the failure dialog: Office is ready, so the close button can message the command.
    const lang = langFromOffice(undefined, params.get(LANG_PARAM) ?? undefined);
    renderFailureDialog(document.body, shown, getLocale(lang).ui.dismiss, () => Office.context.ui.messageParent('close'));
    return;
  }
  Office.actions.associate('generateSummary', (event: Office.AddinCommands.Event) =>
    // A click on the ribbon can land while a cell is being typed in: wait for Enter or Esc instead of failing.
    runSummaryCommand(createOfficeWorkbookHost({ delayForCellEdit: true }), event, Office.context.displayLanguage, (message, lang) =>
      showFailureDialog(officeDialogHost(), dialogUrl(message, lang), message),
    ),
  );
});
