/** Entry of the ribbon's function file: associates "generateSummary", and shows a failure message when opened as its dialog. */
import { createOfficeWorkbookHost } from '../excel/createOfficeWorkbookHost';
import { runSummaryCommand } from './runSummaryCommand';

const MESSAGE_PARAM = 'message';

/** Opens this same page as a small dialog showing `message` (DialogApi 1.1); without it, the message goes to the console. */
function notify(message: string): void {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
    console.error(message);
    return;
  }
  const url = new URL(window.location.href);
  url.hash = '';
  url.searchParams.set(MESSAGE_PARAM, message);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true });
}

const shown = new URLSearchParams(window.location.search).get(MESSAGE_PARAM);
if (shown !== null) {
  // Opened as the failure dialog: just the message.
  document.body.textContent = shown;
} else {
  void Office.onReady(() => {
    Office.actions.associate('generateSummary', (event: Office.AddinCommands.Event) =>
      // A click on the ribbon can land while a cell is being typed in: wait for Enter or Esc instead of failing.
      runSummaryCommand(createOfficeWorkbookHost({ delayForCellEdit: true }), event, Office.context.displayLanguage, notify),
    );
  });
}
