/** Counts a table's items per section, in the order the sections stand. */
import { countStatuses } from '../countStatuses';
import type { ActionItem, Section } from '../schema/report';

export interface SectionMark {
  title: string;
  row: number;
}

/**
 * One entry per section mark with the total and status counts of the items that belong to it
 * (`itemSection[i]` is the index into `marks` of item i, or -1 when it stands in no section).
 * A section with no items stays listed with 0: the manager wrote it and sees it counted.
 * @example tallySections([{ title: 'Tavoite 2: Päivystyspotilaiden hoitaminen oikeassa paikassa', row: 12 }], fourDoneItems, [0, 0, 0, 0])[0]?.byStatus.done //=> 4
 */
export function tallySections(marks: readonly SectionMark[], items: readonly ActionItem[], itemSection: readonly number[]): Section[] {
  // One pass over the items, each to its section: a filter per section would read them all once per section.
  const statuses: ActionItem['status'][][] = marks.map(() => []);
  items.forEach((item, i) => statuses[itemSection[i] ?? -1]?.push(item.status));
  return marks.map((mark, index) => {
    const own = statuses[index] ?? [];
    return { title: mark.title, row: mark.row, total: own.length, byStatus: countStatuses(own) };
  });
}
