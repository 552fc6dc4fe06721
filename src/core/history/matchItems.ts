/** Which action of an earlier snapshot each of today's is, across inserted rows, moved rows, other sheets and light edits. */
import { editDistanceWithin } from './editDistanceWithin';
import { foldActionNumber } from './foldActionNumber';
import { foldActionText } from './foldActionText';
import type { SnapshotItem } from './snapshot';

/** What matching looks at: where an entry is, its number and its text (an indicator's text as its action). */
export type MatchEntry = Pick<SnapshotItem, 'sheet' | 'row' | 'number' | 'action'>;

export interface ItemMatch {
  /**
   * Per later item, the index of the earlier item it is, or -1 (`UNPAIRED`) where it is none. One typed array, not a
   * pair object per item: at 100 000 items a list of pairs took a third of the matching's time to make.
   */
  earlierOf: Int32Array;
  /** Later items no earlier one could be matched with. */
  added: number[];
  /** Earlier items no later one could be matched with. */
  dropped: number[];
}

/** An edit of at most a fifth of the longer text's characters is a light one (a typo fixed, a word changed). */
const LIGHT_EDIT_SHARE = 0.2;
/** A word part shared by more earlier items than this says nothing about which one an item is. */
const COMMON_PART = 500;
/** The earlier items sharing most word parts with an item are compared with it, at most this many. */
const CANDIDATES = 30;
/** Identical texts in groups larger than this are paired in row order rather than by every pair's distance. */
const LARGE_GROUP = 2_500;
/** `ItemMatch.earlierOf` of a later item paired with no earlier one. */
export const UNPAIRED = -1;

interface Side {
  items: readonly MatchEntry[];
  /** Folded texts, filled in only for the items the number and exact-text rules leave unpaired. */
  texts: (string | undefined)[];
  used: Uint8Array;
  /** Folded form per raw text, shared by both sides: most actions are the same text quarter after quarter. */
  folds: Map<string, string>;
}

interface Candidate {
  earlier: number;
  later: number;
  distance: number;
}

/**
 * Pairs the items of two snapshots in four rules, each only among the items still unpaired: the same place with the
 * same number and text (most of a workbook from one quarter to the next); the same action number, unique in the
 * workbook or else on its sheet; the same folded text, wherever it is; and a light edit of the folded text. Among
 * equally good candidates the same sheet wins, then the nearest row; what no rule pairs is added or dropped, never
 * guessed.
 * @example matchItems([{ action: 'Perhekeskus', … }], [{ action: 'Perhekeskus.', … }]) //=> { earlierOf: Int32Array [0], added: [], dropped: [] }
 */
export function matchItems(earlier: readonly MatchEntry[], later: readonly MatchEntry[]): ItemMatch {
  const folds = new Map<string, string>();
  const before = sideOf(earlier, folds);
  const after = sideOf(later, folds);
  const earlierOf = new Int32Array(later.length).fill(UNPAIRED);
  const pair = (e: number, l: number): void => {
    before.used[e] = 1;
    after.used[l] = 1;
    earlierOf[l] = e;
  };
  pairUnmoved(before, after, pair);
  const number = cachedFold();
  const numbersBefore = earlier.map((item, i) => (before.used[i] ? null : number(item.number)));
  const numbersAfter = later.map((item, i) => (after.used[i] ? null : number(item.number)));
  pairSameNumbers(before, after, [numbersBefore, numbersAfter], () => '', pair);
  pairSameNumbers(before, after, [numbersBefore, numbersAfter], (item) => item.sheet, pair);
  pairEqualTexts(before, after, (side, i) => side.items[i]?.action ?? '', pair);
  pairEqualTexts(before, after, folded, pair);
  pairLightEdits(before, after, pair);
  return { earlierOf, added: unused(after), dropped: unused(before) };
}

function sideOf(items: readonly MatchEntry[], folds: Map<string, string>): Side {
  return { items, texts: new Array<string | undefined>(items.length), used: new Uint8Array(items.length), folds };
}

function folded(side: Side, i: number): string {
  const known = side.texts[i];
  if (known !== undefined) return known;
  const raw = side.items[i]?.action ?? '';
  let text = side.folds.get(raw);
  if (text === undefined) {
    text = foldActionText(raw);
    side.folds.set(raw, text);
  }
  side.texts[i] = text;
  return text;
}

function unused(side: Side): number[] {
  const out: number[] = [];
  side.used.forEach((u, i) => {
    if (u === 0) out.push(i);
  });
  return out;
}

/** foldActionNumber, once per distinct number: the same numbers recur on every sheet and in both snapshots. */
function cachedFold(): (number: string | null) => string | null {
  const folds = new Map<string, string | null>();
  return (number) => {
    if (number === null) return null;
    let folded = folds.get(number);
    if (folded === undefined) {
      folded = foldActionNumber(number);
      folds.set(number, folded);
    }
    return folded;
  };
}

/** Unpaired items of a side grouped by a key (items without one left out). */
function groupBy(side: Side, keyOf: (item: MatchEntry, index: number) => string | null): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  side.items.forEach((item, i) => {
    if (side.used[i]) return;
    const key = keyOf(item, i);
    if (key === null) return;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}

/** A number (or a place) held by more than one unpaired item of a scope. */
const SHARED = -1;

/**
 * An item on the sheet and row where an earlier one was, with the same number and text as written, is that one. The
 * later rules would pair them too (the number is the same, and among equal texts the same place wins); this finds the
 * unchanged bulk of a workbook by sheet and row, without hashing a text or a number. Items listed as a report lists
 * them (each sheet's in one run, rows ascending) are walked side by side, sheet by sheet, with no map of places.
 */
function pairUnmoved(before: Side, after: Side, pair: (e: number, l: number) => void): void {
  const earlierRuns = sheetRuns(before.items);
  const laterRuns = earlierRuns && sheetRuns(after.items);
  if (!earlierRuns || !laterRuns) return pairUnmovedByPlace(before, after, pair);
  for (const [sheet, [first, end]] of laterRuns) {
    const run = earlierRuns.get(sheet);
    if (run) pairUnmovedInRuns(before.items, after.items, [run, [first, end]], pair);
  }
}

/** Per sheet, its items' run `[first, end)` when each sheet's items are one run of ascending rows; else null. */
function sheetRuns(items: readonly MatchEntry[]): Map<string, [number, number]> | null {
  const runs = new Map<string, [number, number]>();
  let first = 0;
  for (let i = 1; i <= items.length; i++) {
    const item = items[i];
    const previous = items[i - 1] as MatchEntry;
    if (item && item.sheet === previous.sheet) {
      if (item.row <= previous.row) return null;
      continue;
    }
    if (runs.has(previous.sheet)) return null;
    runs.set(previous.sheet, [first, i]);
    first = i;
  }
  return runs;
}

/** One sheet's runs of both sides, rows ascending in each: the earlier item of the same row is found by walking on. */
function pairUnmovedInRuns(
  earlier: readonly MatchEntry[],
  later: readonly MatchEntry[],
  [[e0, eEnd], [l0, lEnd]]: [[number, number], [number, number]],
  pair: (e: number, l: number) => void,
): void {
  let e = e0;
  for (let l = l0; l < lEnd; l++) {
    const item = later[l] as MatchEntry;
    while (e < eEnd && (earlier[e] as MatchEntry).row < item.row) e++;
    if (e === eEnd) return;
    const then = earlier[e] as MatchEntry;
    if (then.row === item.row && then.action === item.action && then.number === item.number) pair(e, l);
  }
}

/** pairUnmoved for items in any other order: each earlier item by its place, and a place held twice by none. */
function pairUnmovedByPlace(before: Side, after: Side, pair: (e: number, l: number) => void): void {
  const places = new Map<string, Map<number, number>>();
  before.items.forEach((item, e) => {
    let rows = places.get(item.sheet);
    if (!rows) places.set(item.sheet, (rows = new Map()));
    rows.set(item.row, rows.has(item.row) ? SHARED : e);
  });
  after.items.forEach((item, l) => {
    const e = places.get(item.sheet)?.get(item.row) ?? SHARED;
    const earlier = e === SHARED ? undefined : before.items[e];
    if (earlier && !before.used[e] && earlier.action === item.action && earlier.number === item.number) pair(e, l);
  });
}

/**
 * Per scope (the workbook: '', or a sheet), each number of the side's unpaired items with the one item holding it, or
 * SHARED: only a number held once on each side pairs, so no list of holders is kept.
 */
function holdersByNumber(
  side: Side,
  numbers: readonly (string | null)[],
  scopeOf: (item: MatchEntry) => string,
): Map<string, Map<string, number>> {
  const scopes = new Map<string, Map<string, number>>();
  side.items.forEach((item, i) => {
    const number = numbers[i];
    if (side.used[i] || number === null || number === undefined) return;
    const scope = scopeOf(item);
    let holders = scopes.get(scope);
    if (!holders) scopes.set(scope, (holders = new Map()));
    holders.set(number, holders.has(number) ? SHARED : i);
  });
  return scopes;
}

/** Action numbers win: a number held by exactly one unpaired item of a scope on each side pairs them. */
function pairSameNumbers(
  before: Side,
  after: Side,
  [numbersBefore, numbersAfter]: [readonly (string | null)[], readonly (string | null)[]],
  scopeOf: (item: MatchEntry) => string,
  pair: (e: number, l: number) => void,
): void {
  const earlier = holdersByNumber(before, numbersBefore, scopeOf);
  for (const [scope, laterHolders] of holdersByNumber(after, numbersAfter, scopeOf)) {
    const earlierHolders = earlier.get(scope);
    if (!earlierHolders) continue;
    for (const [number, l] of laterHolders) {
      const e = earlierHolders.get(number) ?? SHARED;
      if (e !== SHARED && l !== SHARED) pair(e, l);
    }
  }
}

/**
 * The same text wherever it now is, exactly as typed and then folded (only what the first leaves is folded); continuation rows
 * repeat their action, so position decides among equals.
 */
function pairEqualTexts(before: Side, after: Side, textOf: (side: Side, i: number) => string, pair: (e: number, l: number) => void): void {
  const earlier = groupBy(before, (_, i) => textOf(before, i));
  for (const [text, later] of groupBy(after, (_, i) => textOf(after, i))) {
    const match = earlier.get(text);
    if (!match) continue;
    if (match.length === 1 && later.length === 1) {
      pair(match[0] as number, later[0] as number);
      continue;
    }
    if (match.length * later.length > LARGE_GROUP) {
      later.slice(0, match.length).forEach((l, k) => pair(match[k] as number, l));
      continue;
    }
    const candidates = match.flatMap((e) => later.map((l) => ({ earlier: e, later: l, distance: 0 })));
    pairBest(candidates, before, after, pair);
  }
}

/** A typo fixed or a word changed: the closest earlier text within a light edit, found among those sharing word parts. */
function pairLightEdits(before: Side, after: Side, pair: (e: number, l: number) => void): void {
  const index = new Map<string, number[]>();
  before.items.forEach((_, e) => {
    if (before.used[e]) return;
    for (const part of wordParts(folded(before, e))) {
      const list = index.get(part);
      if (list) list.push(e);
      else index.set(part, [e]);
    }
  });
  if (index.size === 0) return;
  const candidates: Candidate[] = [];
  after.items.forEach((_, l) => {
    if (after.used[l]) return;
    const text = folded(after, l);
    for (const e of likelyEarlier(text, index)) {
      const other = folded(before, e);
      const limit = Math.floor(Math.max(text.length, other.length) * LIGHT_EDIT_SHARE);
      const distance = limit > 0 ? editDistanceWithin(other, text, limit) : null;
      if (distance !== null) candidates.push({ earlier: e, later: l, distance });
    }
  });
  pairBest(candidates, before, after, pair);
}

/** The first and last four letters of each word: a typo rarely touches both ends of every word. */
function wordParts(text: string): Set<string> {
  const parts = new Set<string>();
  for (const word of text.split(' ')) {
    if (word.length < 3) continue;
    parts.add(`<${word.slice(0, 4)}`);
    parts.add(`>${word.slice(-4)}`);
  }
  return parts;
}

function likelyEarlier(text: string, index: ReadonlyMap<string, number[]>): number[] {
  const shared = new Map<number, number>();
  for (const part of wordParts(text)) {
    const list = index.get(part);
    if (!list || list.length > COMMON_PART) continue;
    for (const e of list) shared.set(e, (shared.get(e) ?? 0) + 1);
  }
  return [...shared]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, CANDIDATES)
    .map(([e]) => e);
}

/** Pairs the closest candidates first; the same sheet, then the nearest row, only break ties. */
function pairBest(candidates: Candidate[], before: Side, after: Side, pair: (e: number, l: number) => void): void {
  const rank = (c: Candidate) => {
    const e = before.items[c.earlier];
    const l = after.items[c.later];
    return { sheet: e?.sheet === l?.sheet ? 0 : 1, rows: Math.abs((e?.row ?? 0) - (l?.row ?? 0)) };
  };
  const ranked = candidates.map((c) => ({ c, r: rank(c) }));
  ranked.sort((x, y) => x.c.distance - y.c.distance || x.r.sheet - y.r.sheet || x.r.rows - y.r.rows || x.c.later - y.c.later);
  for (const { c } of ranked) {
    if (before.used[c.earlier] || after.used[c.later]) continue;
    pair(c.earlier, c.later);
  }
}
