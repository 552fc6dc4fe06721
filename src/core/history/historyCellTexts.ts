/** What a snapshot's column says of an action or an indicator, in the manager's language. */
import type { CoreContext } from '../context';
import type { CanonicalStatus } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import type { SnapshotIndicator, SnapshotItem } from './snapshot';

export interface HistoryCellTexts {
  item(item: Pick<SnapshotItem, 'status' | 'overdue'>): string;
  indicator(indicator: Pick<SnapshotIndicator, 'verdict' | 'latest'>): string;
}

/**
 * An action's cell is its status label, with the overdue mark when it was overdue; an indicator's is its verdict,
 * with its latest value after a colon (a decimal comma in Finnish and Swedish). `historyCellReader` reads both back
 * in any of the three languages.
 * @example historyCellTexts(fiCtx).item({ status: 'in_progress', overdue: true }) //=> 'Käynnissä, myöhässä'
 * @example historyCellTexts(fiCtx).indicator({ verdict: 'met', latest: 82.5 }) //=> 'Saavutettu: 82,5'
 */
export function historyCellTexts(ctx: CoreContext): HistoryCellTexts {
  const { statusLabels, history, indicators } = ctx.locale;
  const decimal = ctx.lang === 'en' ? '.' : ',';
  // Each of the few texts made once: a history of 100 000 actions writes one of eighteen in every cell.
  const plain = new Map<CanonicalStatus, string>(CANONICAL_STATUSES.map((s) => [s, statusLabels[s]]));
  const overdue = new Map<CanonicalStatus, string>(CANONICAL_STATUSES.map((s) => [s, `${statusLabels[s]}, ${history.overdueMark}`]));
  return {
    item: (item) => (item.overdue ? overdue : plain).get(item.status) ?? statusLabels[item.status],
    indicator: (ind) => {
      const verdict = indicators.verdictLabels[ind.verdict];
      return ind.latest === null ? verdict : `${verdict}: ${String(ind.latest).replace('.', decimal)}`;
    },
  };
}
