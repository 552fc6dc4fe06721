/** Which action of an earlier snapshot each of today's is, across inserted rows, moved rows, other sheets and light edits. */
import { editDistanceWithin } from './editDistanceWithin';
import { foldActionNumber } from './foldActionNumber';
import { foldActionText } from './foldActionText';

/**
 * What matching looks at, a column at a time (entry `i` of each is entry `i`): where an entry is, its number and its
 * text (an indicator's text as its action, and no numbers).
 */
export interface MatchEntries {
  sheets: readonly string[];
  rows: ArrayLike<number>;
  texts: readonly string[];
  numbers?: readonly (string | null)[];
  /**
   * Null where the entry is not in its snapshot (a row of the history that only other snapshots have): no rule pairs
   * it, and it is not dropped. A snapshot's statuses (or verdicts) are this column.
   */
  present?: readonly unknown[];
}

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
  entries: MatchEntries;
  length: number;
  /** Folded texts, filled in only for the items the number and exact-text rules leave unpaired. */
  texts: (string | undefined)[];
  /** 1 where the entry is paired, 2 where it is not in its snapshot. */
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
 * @example matchItems(march.actions, june.actions) //=> { earlierOf: Int32Array [0, 1, -1], added: [2], dropped: [] }
 */
export function matchItems(earlier: MatchEntries, later: MatchEntries): ItemMatch {
  const folds = new Map<string, string>();
  const before = sideOf(earlier, folds);
  const after = sideOf(later, folds);
  const earlierOf = new Int32Array(after.length).fill(UNPAIRED);
  const pair = (e: number, l: number): void => {
    before.used[e] = 1;
    after.used[l] = 1;
    earlierOf[l] = e;
  };
  pairUnmoved(before, after, pair);
  const number = cachedFold();
  pairSameNumbers(before, after, number, () => '', pair);
  pairSameNumbers(before, after, number, (side, i) => side.entries.sheets[i] ?? '', pair);
  pairEqualTexts(before, after, (side, i) => side.entries.texts[i] ?? '', pair);
  pairEqualTexts(before, after, folded, pair);
  pairLightEdits(before, after, pair);
  return { earlierOf, added: unused(after), dropped: unused(before) };
}

function sideOf(entries: MatchEntries, folds: Map<string, string>): Side {
  const length = entries.texts.length;
  const used = new Uint8Array(length);
  const present = entries.present;
  if (present) for (let i = 0; i < length; i++) if (present[i] === null) used[i] = ABSENT;
  return { entries, length, texts: new Array<string | undefined>(length), used, folds };
}

/** `Side.used` of an entry not in its snapshot. */
const ABSENT = 2;

function folded(side: Side, i: number): string {
  const known = side.texts[i];
  if (known !== undefined) return known;
  const raw = side.entries.texts[i] ?? '';
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

/** Unpaired items of a side grouped by a key. */
function groupBy(side: Side, keyOf: (side: Side, index: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < side.length; i++) {
    if (side.used[i]) continue;
    const key = keyOf(side, i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
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
  const earlierRuns = sheetRuns(before);
  const laterRuns = earlierRuns && sheetRuns(after);
  if (!earlierRuns || !laterRuns) return pairUnmovedByPlace(before, after, pair);
  for (const [sheet, later] of laterRuns) {
    const earlier = earlierRuns.get(sheet);
    if (earlier) pairUnmovedInRuns(before, after, [earlier, later], pair);
  }
}

/**
 * Per sheet, the run `[first, end)` of its entries when each sheet's are one run of ascending rows; else null. Entries
 * not in the snapshot are passed over: the rows of actions a workbook no longer has follow the others in the history.
 */
function sheetRuns({ entries: { sheets, rows }, used, length }: Side): Map<string, [number, number]> | null {
  const runs = new Map<string, [number, number]>();
  let first = -1;
  let previous = -1;
  for (let i = 0; i <= length; i++) {
    if (i < length && used[i] === ABSENT) continue;
    const sheet = i < length ? sheets[i] : undefined;
    if (previous >= 0 && sheet === sheets[previous]) {
      if ((rows[i] as number) <= (rows[previous] as number)) return null;
    } else {
      if (previous >= 0) {
        if (runs.has(sheets[previous] as string)) return null;
        runs.set(sheets[previous] as string, [first, previous + 1]);
      }
      first = i;
    }
    previous = i;
  }
  return runs;
}

/** One sheet's runs of both sides, rows ascending in each: the earlier entry of the same row is found by walking on. */
function pairUnmovedInRuns(
  before: Side,
  after: Side,
  [[e0, eEnd], [l0, lEnd]]: [[number, number], [number, number]],
  pair: (e: number, l: number) => void,
): void {
  const earlier = before.entries;
  const later = after.entries;
  let e = e0;
  for (let l = l0; l < lEnd; l++) {
    if (after.used[l] === ABSENT) continue;
    const row = later.rows[l] as number;
    while (e < eEnd && (before.used[e] === ABSENT || (earlier.rows[e] as number) < row)) e++;
    if (e === eEnd) return;
    if (earlier.rows[e] === row && !before.used[e] && sameAsWritten(earlier, e, later, l)) pair(e, l);
  }
}

/** The same text and number, as written. */
function sameAsWritten(earlier: MatchEntries, e: number, later: MatchEntries, l: number): boolean {
  return earlier.texts[e] === later.texts[l] && (earlier.numbers?.[e] ?? null) === (later.numbers?.[l] ?? null);
}

/** pairUnmoved for entries in any other order: each earlier entry by its place, and a place held twice by none. */
function pairUnmovedByPlace(before: Side, after: Side, pair: (e: number, l: number) => void): void {
  const places = new Map<string, Map<number, number>>();
  const { sheets, rows } = before.entries;
  for (let e = 0; e < before.length; e++) {
    if (before.used[e] === ABSENT) continue;
    const sheet = sheets[e] as string;
    const row = rows[e] as number;
    let held = places.get(sheet);
    if (!held) places.set(sheet, (held = new Map()));
    held.set(row, held.has(row) ? SHARED : e);
  }
  for (let l = 0; l < after.length; l++) {
    const e = places.get(after.entries.sheets[l] as string)?.get(after.entries.rows[l] as number) ?? SHARED;
    if (e !== SHARED && !before.used[e] && sameAsWritten(before.entries, e, after.entries, l)) pair(e, l);
  }
}

/**
 * Per scope (the workbook: '', or a sheet), each number of the side's unpaired items with the one item holding it, or
 * SHARED: only a number held once on each side pairs, so no list of holders is kept.
 */
function holdersByNumber(
  side: Side,
  fold: (number: string | null) => string | null,
  scopeOf: (side: Side, index: number) => string,
): Map<string, Map<string, number>> {
  const scopes = new Map<string, Map<string, number>>();
  for (let i = 0; i < side.length; i++) {
    if (side.used[i]) continue;
    const number = fold(side.entries.numbers?.[i] ?? null);
    if (number === null) continue;
    const scope = scopeOf(side, i);
    let holders = scopes.get(scope);
    if (!holders) scopes.set(scope, (holders = new Map()));
    holders.set(number, holders.has(number) ? SHARED : i);
  }
  return scopes;
}

/** Action numbers win: a number held by exactly one unpaired item of a scope on each side pairs them. */
function pairSameNumbers(
  before: Side,
  after: Side,
  fold: (number: string | null) => string | null,
  scopeOf: (side: Side, index: number) => string,
  pair: (e: number, l: number) => void,
): void {
  const earlier = holdersByNumber(before, fold, scopeOf);
  for (const [scope, laterHolders] of holdersByNumber(after, fold, scopeOf)) {
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
  const earlier = groupBy(before, textOf);
  for (const [text, later] of groupBy(after, textOf)) {
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
  for (let e = 0; e < before.length; e++) {
    if (before.used[e]) continue;
    for (const part of wordParts(folded(before, e))) {
      const list = index.get(part);
      if (list) list.push(e);
      else index.set(part, [e]);
    }
  }
  if (index.size === 0) return;
  const candidates: Candidate[] = [];
  for (let l = 0; l < after.length; l++) {
    if (after.used[l]) continue;
    const text = folded(after, l);
    for (const e of likelyEarlier(text, index)) {
      const other = folded(before, e);
      const limit = Math.floor(Math.max(text.length, other.length) * LIGHT_EDIT_SHARE);
      const distance = limit > 0 ? editDistanceWithin(other, text, limit) : null;
      if (distance !== null) candidates.push({ earlier: e, later: l, distance });
    }
  }
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
  const rank = ({ earlier: e, later: l }: Candidate) => ({
    sheet: before.entries.sheets[e] === after.entries.sheets[l] ? 0 : 1,
    rows: Math.abs((before.entries.rows[e] ?? 0) - (after.entries.rows[l] ?? 0)),
  });
  const ranked = candidates.map((c) => ({ c, r: rank(c) }));
  ranked.sort((x, y) => x.c.distance - y.c.distance || x.r.sheet - y.r.sheet || x.r.rows - y.r.rows || x.c.later - y.c.later);
  for (const { c } of ranked) {
    if (before.used[c.earlier] || after.used[c.later]) continue;
    pair(c.earlier, c.later);
  }
}
