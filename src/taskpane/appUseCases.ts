/** The app's use cases (src/app), the same the ribbon command runs, in the shape the pane injects. */
import { generateBudgetComparison } from '../app/generateBudgetComparison';
import { generateSummary } from '../app/generateSummary';
import { toggleStatusColours } from '../app/toggleStatusColours';
import { validateWorkbook } from '../app/validateWorkbook';
import type { PaneUseCases } from './paneUseCases';

export const appUseCases: PaneUseCases = {
  validate: validateWorkbook,
  summary: generateSummary,
  budget: generateBudgetComparison,
  colours: toggleStatusColours,
};
