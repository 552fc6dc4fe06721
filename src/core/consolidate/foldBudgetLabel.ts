/** How budget lines are matched across units: by their label, folded. */

/**
 * Case, spacing, a leading number and trailing punctuation do not make another line: units type
 * `TOIMINTAKULUT`, ` Toimintakulut:` and `3 Toimintakulut` for the same thing. A bilingual label
 * (`Toimintatuotot - Verksamhetsintäkter`, as the welfare areas' budget books print them) is matched by its first half.
 * @example foldBudgetLabel('  TOIMINTAKATE: ') //=> 'toimintakate'
 */
export function foldBudgetLabel(label: string): string {
  const spaced = label.toLowerCase().replace(/\s+/g, ' ').trim();
  const firstHalf = spaced.split(/ [-–] /)[0] ?? spaced;
  return firstHalf.replace(/^\d+[.)]?\s+/, '').replace(/[\s:;.,]+$/, '');
}
