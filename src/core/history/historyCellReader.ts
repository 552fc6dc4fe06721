/** A snapshot's cell on the history sheet read back, whichever of the three languages wrote it. */
import { foldText } from '../text/foldText';
import { LOCALES } from '../locales/locale';
import { parseNumber } from '../numbers/parseNumber';
import type { CanonicalStatus, Verdict } from '../schema/report';
import { CANONICAL_STATUSES, VERDICTS } from '../schema/vocabulary';

export interface HistoryCellReader {
  /** An action's status and whether it was overdue, or null when the text is none of them. */
  item(text: string): { status: CanonicalStatus; overdue: boolean } | null;
  /** An indicator's verdict and latest value, or null when the text is none of them. */
  indicator(text: string): { verdict: Verdict; latest: number | null } | null;
}

/** Folded, with the spacing around the comma a user may have retyped made one. */
function fold(text: string): string {
  return foldText(text)
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads what `historyCellTexts` wrote, in Finnish, Swedish or English alike (the manager may have switched language
 * between two reports), forgiving case and spacing; anything else is null, never a guess.
 * @example historyCellReader().item('Käynnissä, myöhässä') //=> { status: 'in_progress', overdue: true }
 * @example historyCellReader().indicator('Uppnått: 82,5') //=> { verdict: 'met', latest: 82.5 }
 */
export function historyCellReader(): HistoryCellReader {
  const items = new Map<string, { status: CanonicalStatus; overdue: boolean }>();
  const verdicts = new Map<string, Verdict>();
  for (const locale of Object.values(LOCALES)) {
    for (const status of CANONICAL_STATUSES) {
      items.set(fold(locale.statusLabels[status]), { status, overdue: false });
      items.set(fold(`${locale.statusLabels[status]}, ${locale.history.overdueMark}`), { status, overdue: true });
    }
    for (const verdict of VERDICTS) verdicts.set(fold(locale.indicators.verdictLabels[verdict]), verdict);
  }
  // A history holds a handful of distinct texts in hundreds of thousands of cells: each is folded once.
  const itemOf = new Map<string, { status: CanonicalStatus; overdue: boolean } | null>();
  return {
    item: (text) => {
      let read = itemOf.get(text);
      if (read === undefined) {
        read = items.get(fold(text)) ?? null;
        itemOf.set(text, read);
      }
      return read;
    },
    indicator: (text) => {
      const colon = text.lastIndexOf(':');
      const verdict = verdicts.get(fold(colon < 0 ? text : text.slice(0, colon)));
      if (verdict === undefined) return null;
      if (colon < 0) return { verdict, latest: null };
      const latest = parseNumber(text.slice(colon + 1).trim());
      return latest.kind === 'number' ? { verdict, latest: latest.value } : null;
    },
  };
}
