/** Where a page of the add-in meets Office: once Office.js is ready, the host over the open workbook and Office's theme. */
import type { WorkbookHost } from '../app/workbookHost';
import { createOfficeWorkbookHost } from './createOfficeWorkbookHost';

export interface OfficeStart {
  host: WorkbookHost;
  /** Office's theme's background colour (`#RRGGBB`) as it is now; undefined on hosts without `officeTheme`. */
  bodyBackground: string | undefined;
}

/**
 * Calls `start` once Office.js is ready, with the workbook host and the theme, so the pane's entry never touches the
 * `Office` global itself.
 * @example startInOffice(({ host, bodyBackground }) => render(<TaskPane host={host} />, isDarkColour(bodyBackground)))
 */
export function startInOffice(start: (office: OfficeStart) => void): void {
  void Office.onReady(() =>
    start({
      host: createOfficeWorkbookHost(),
      // Read anew each time: the user can switch Office's theme while the pane is open.
      get bodyBackground() {
        return Office.context.officeTheme?.bodyBackgroundColor;
      },
    }),
  );
}
