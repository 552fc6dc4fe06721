/** The pane before the workbook's saved settings are read: Finnish, today, every sheet. */
import type { TaskPaneState } from './paneTypes';

/**
 * The state the pane opens with.
 * @example initialPaneState().settings //=> { lang: 'fi', asOf: null, skipSheets: [] }
 */
export function initialPaneState(): TaskPaneState {
  return {
    settings: { lang: 'fi', asOf: null, skipSheets: [] },
    settingsLoaded: false,
    knownSheets: [],
    busy: null,
    notice: null,
    issues: null,
    counts: null,
    since: null,
  };
}
