/** Finds the unit ("1 000 €") a budget header or title line states. */
import { cellText } from '../cellText';
import { composed } from '../text/composed';
import { foldText } from '../text/foldText';

/**
 * The first unit of `units` (tried longest first) that stands as its own word in `text`, folded as every reader folds
 * (`foldText`), as written there; null when none does.
 * @example findUnitInText('Sosiaali- ja terveystoimi Social- och hälsovård 1 000 €', ['1 000 €', '€']) //=> '1 000 €'
 */
export function findUnitInText(text: string, units: readonly string[]): string | null {
  // Composed before folding, so that a position in the folded text is a position in the text shown.
  const shown = composed(cellText(text));
  const lower = foldText(shown);
  for (const unit of [...units].sort((a, b) => b.length - a.length)) {
    const u = foldText(cellText(unit));
    if (u === '') continue;
    let at = lower.indexOf(u);
    while (at >= 0) {
      const before = lower.slice(0, at);
      const after = lower.slice(at + u.length);
      if (!/[\p{L}\d]$/u.test(before) && !/^\p{L}/u.test(after)) return shown.slice(at, at + u.length);
      at = lower.indexOf(u, at + 1);
    }
  }
  return null;
}
