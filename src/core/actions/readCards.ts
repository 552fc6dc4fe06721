/** Reads the vertical key/value "cards" of seed 003 (Toimenpide | …, Mittari | …) as action items. */
import type { CellRange } from '../a1/parseRange';
import { rangeAddress } from '../a1/rangeAddress';
import { columnLetter } from '../a1/columnLetter';
import { cellAt } from '../cellAt';
import type { CoreContext } from '../context';
import { countStatuses } from '../countStatuses';
import type { Grid } from '../grid';
import { rowTexts } from '../rowTexts';
import type { ActionItem, ActionTable, ColumnRole } from '../schema/report';
import { buildActionItem, type RoleCells } from './buildActionItem';
import { gridExtent } from './gridExtent';
import { isFilled } from './isFilled';
import { isInRanges } from './isInRanges';
import { matchHeaderRole } from './matchHeaderRole';
import { tallySections, type SectionMark } from './tallySections';

interface KeyRow {
  row: number;
  role: ColumnRole;
}

interface Card {
  keys: KeyRow[];
}

/** A key that cannot belong to the card being read starts the next card. */
function startsNewCard(card: Card, role: ColumnRole): boolean {
  const roles = new Set(card.keys.map((k) => k.role));
  // Several goal keys in a row (Pitkän aikavälin tavoite, Toiminnallinen tavoite) open one card.
  if (role === 'goal') return [...roles].some((r) => r !== 'goal');
  return roles.has(role);
}

/** The line just above a card that names its group ("Yksikön toiminnalliset tavoitteet"), if any. */
function headingAbove(grid: Grid, top: number, floor: number, keyCol: number, lastCol: number): SectionMark | null {
  for (let r = top - 1; r >= floor; r--) {
    const texts = rowTexts(grid, r, keyCol, lastCol);
    const only = texts[0];
    if (only === undefined) continue;
    if (texts.length > 1) return null;
    // A rule line between cards ("---") names nothing.
    if (!/[\p{L}\p{N}]/u.test(only)) continue;
    return { title: only, row: r };
  }
  return null;
}

/**
 * Finds cards: a key cell naming a role (`matchHeaderRole`, trailing ':' and OCR'd keys such as
 * "Vastuhenkilö" included) with its value in the next column, on consecutive rows. A card needs a
 * Toimenpide key and one more; it becomes one item (status `missing` unless a status key exists; goal from the
 * last goal key before the action, i.e. the operational goal; owner from the owner key). All cards
 * keyed in one column of a sheet form one table of layout `cards`; a heading line above a card
 * becomes its section. Cells in `exclude` (tables already read) are never keys.
 * @example // seed 003's five goal cards and one service-promise card (no Toimenpide)
 * readCards(grid, ctx, [])[0]?.items.length //=> 5
 */
export function readCards(grid: Grid, ctx: CoreContext, exclude: readonly CellRange[]): ActionTable[] {
  const tables: ActionTable[] = [];
  for (const [keyCol, all] of [...findCards(grid, exclude)].sort((a, b) => a[0] - b[0])) {
    // Like a header row, a card needs its action and one more key: "Toimenpide | Kuvaus" alone is no card.
    const cards = all.filter((card) => card.keys.some((k) => k.role === 'action') && new Set(card.keys.map((k) => k.role)).size >= 2);
    if (cards.length > 0) tables.push(cardTable(grid, keyCol, cards, ctx));
  }
  return tables;
}

/** The cards of the sheet by the column of their keys: each row's first key cell with a value beside it. */
function findCards(grid: Grid, exclude: readonly CellRange[]): Map<number, Card[]> {
  const { lastRow, lastCol } = gridExtent(grid);
  const byColumn = new Map<number, Card[]>();
  for (let r = grid.origin.row; r <= lastRow; r++) {
    for (let c = grid.origin.col; c < lastCol; c++) {
      if (isInRanges(r, c, exclude) || isInRanges(r, c + 1, exclude)) continue;
      const match = matchHeaderRole(cellAt(grid, r, c));
      if (!match || match.role === 'section' || !isFilled(cellAt(grid, r, c + 1))) continue;
      const cards = byColumn.get(c) ?? [];
      byColumn.set(c, cards);
      const card = cards[cards.length - 1];
      const lastKey = card?.keys[card.keys.length - 1];
      if (!card || !lastKey || lastKey.row !== r - 1 || startsNewCard(card, match.role))
        cards.push({ keys: [{ row: r, role: match.role }] });
      else card.keys.push({ row: r, role: match.role });
      break;
    }
  }
  return byColumn;
}

/** One table of the cards keyed in `keyCol` (at least one card), each card an item under the heading above it. */
function cardTable(grid: Grid, keyCol: number, cards: readonly Card[], ctx: CoreContext): ActionTable {
  const valueCol = keyCol + 1;
  const items: ActionItem[] = [];
  const marks: SectionMark[] = [];
  const itemSection: number[] = [];
  const roles = new Set<ColumnRole>();
  let floor = grid.origin.row;
  for (const card of cards) {
    const top = card.keys[0]?.row ?? floor;
    const heading = headingAbove(grid, top, floor, keyCol, valueCol);
    if (heading && marks[marks.length - 1]?.title !== heading.title) marks.push(heading);
    for (const key of card.keys) roles.add(key.role);
    items.push(cardItem(grid, card, valueCol, marks[marks.length - 1]?.title ?? null, ctx));
    itemSection.push(marks.length - 1);
    floor = (card.keys[card.keys.length - 1]?.row ?? top) + 1;
  }
  const letters: ActionTable['columns'] = {};
  for (const role of roles) letters[role] = columnLetter(valueCol);
  const firstKey = cards[0]?.keys[0]?.row ?? grid.origin.row;
  const lastCard = cards[cards.length - 1];
  const bottom = lastCard?.keys[lastCard.keys.length - 1]?.row ?? firstKey;
  return {
    sheet: grid.sheet,
    range: rangeAddress({ top: firstKey, left: keyCol, bottom, right: valueCol }),
    headerRow: firstKey,
    layout: 'cards',
    excelTable: null,
    columns: letters,
    title: null,
    chair: null,
    total: items.length,
    byStatus: countStatuses(items.map((i) => i.status)),
    sections: tallySections(marks, items, itemSection),
    items,
  };
}

/** A card's item: each key's value read from its own row; the last goal key before the action is the operational goal it serves. */
function cardItem(grid: Grid, card: Card, valueCol: number, section: string | null, ctx: CoreContext): ActionItem {
  const cells: Required<RoleCells> = { cols: {}, rows: {} };
  let actionRow = card.keys[0]?.row ?? grid.origin.row;
  for (const key of card.keys) {
    if (key.role === 'goal' && cells.cols.action !== undefined) continue;
    cells.cols[key.role] = valueCol;
    cells.rows[key.role] = key.row;
    if (key.role === 'action') actionRow = key.row;
  }
  return buildActionItem(grid, { row: actionRow, cells, continues: null, carriedGoal: null, section, category: null }, ctx);
}
