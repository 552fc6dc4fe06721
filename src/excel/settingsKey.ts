/** Where the add-in keeps its settings in the workbook. */
export const SETTINGS_KEY = 'seuranta.settings';
