/** The ribbon command's failure message, shown in a dialog that stays until the user closes it. */

/** The part of `Office.context` the dialog needs; a parameter so the rule can be tested without Office. */
export interface DialogHost {
  isDialogSupported(): boolean;
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback: (result: DialogOpenResult) => void,
  ): void;
}

export interface DialogOpenResult {
  status: 'succeeded' | 'failed';
  value?: { close(): void; addEventHandler(type: 'message' | 'event', handler: () => void): void };
}

/**
 * Opens `url` as a small dialog and resolves only once the user has closed it (its button sends a message, or the user
 * closes the frame), or at once when dialogs are unavailable or fail to open (then the message goes to the console).
 * A function command's runtime may end as soon as it calls `event.completed()`, taking an open dialog with it, so the
 * command must await this before completing.
 * @example await showFailureDialog(officeDialogHost(), 'https://localhost:3000/commands.html?message=…', 'Excel on solun muokkaustilassa.')
 */
export function showFailureDialog(host: DialogHost, url: string, message: string): Promise<void> {
  if (!host.isDialogSupported()) {
    console.error(message);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    host.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (result) => {
      const dialog = result.value;
      if (result.status !== 'succeeded' || !dialog) {
        console.error(message);
        resolve();
        return;
      }
      // The page's close button messages us; closing the frame itself is an event.
      dialog.addEventHandler('message', () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler('event', () => resolve());
    });
  });
}
