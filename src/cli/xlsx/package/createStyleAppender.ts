/** Adds the generated sheets' styles to a workbook's own styles part, leaving every entry it has in place. */
import type { Document, Element } from '@xmldom/xmldom';
import type { PlanConditionalRule } from '../../../core';
import { argbOf as argb } from '../argbOf';
import { childElements } from './childElements';
import { createElementLike } from './createElementLike';
import { elementKey } from './elementKey';
import type { CellStyle } from './planCellStyles';

export interface StyleAppender {
  /** Index into `cellXfs` for a cell of this style (0, the workbook's default, for an empty style). */
  cellXf(style: CellStyle): number;
  /** Index into `dxfs` for a conditional-formatting rule's look. */
  dxf(rule: PlanConditionalRule): number;
}

// CT_Stylesheet is a sequence: a section that is missing goes in before the first one after it.
const SECTIONS = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

// Excel's built-in number formats: a code among them is referred to by its id, never added again.
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/**
 * New fonts start from the workbook's default font (its name, size and theme stay, only what the
 * plan sets changes), so the generated sheets look like the user's. Equal styles share one entry, and
 * an entry the part already has (the tool's own from an earlier run, or an equal one of the user's) is
 * used where it stands: a rerun leaves the styles part as the first run left it.
 * Works on the parsed part in place; the caller serialises it. Sections a minimal package leaves out
 * are created, with the entries Excel expects at their start (two fills, a default font, border and xf).
 * @example createStyleAppender(stylesDoc).cellXf({ bold: true }) //=> 12 (the workbook had 12 cell formats)
 */
export function createStyleAppender(doc: Document): StyleAppender {
  const sections = stylesSectionsOf(doc);
  addEntriesExcelExpects(sections);
  const once = onceByKey();
  const parts = cellXfPartsOf(sections, once);
  return {
    cellXf: (s) => once(`xf${cellStyleKey(s)}`, () => (Object.values(s).every((v) => v === undefined) ? 0 : parts.append(s))),
    dxf(rule) {
      const key = JSON.stringify(['dxf', rule.fill, rule.fontColor, rule.strike, rule.outline]);
      return once(key, () => sections.entryIndex('dxfs', dxfElement(sections.el, rule)));
    },
  };
}

type Once = (key: string, make: () => number) => number;

/** A cell format's parts (number format, font, fill, border), each found or added once, and the format that joins them. */
function cellXfPartsOf(sections: StylesSections, once: Once): { append(s: CellStyle): number } {
  const { el, entryIndex } = sections;
  const base = baseFontOf(sections);
  const styleXfs = sections.existing('cellStyleXfs');
  const hasStyleXf = styleXfs !== undefined && childElements(styleXfs).length > 0;
  const numberFormatId = numberFormatIdsOf(sections);
  const fontId = (s: CellStyle): number =>
    setsFont(s)
      ? once(JSON.stringify(['font', s.bold, s.italic, s.strike, s.underline, s.fontSize, s.fontColor]), () =>
          entryIndex('fonts', fontElement(el, s, base.child)),
        )
      : base.id;
  const fillId = (color: string | undefined): number =>
    color === undefined ? 0 : once(`fill${color}`, () => entryIndex('fills', solidFillElement(el, color)));
  const borderId = (border: CellStyle['border']): number =>
    border === undefined
      ? 0
      : once(JSON.stringify(['border', border.top, border.right, border.bottom, border.left]), () =>
          entryIndex('borders', borderElement(el, border)),
        );
  return {
    append(s) {
      const ids = { numFmtId: numberFormatId(s.numberFormat), fontId: fontId(s), fillId: fillId(s.fill), borderId: borderId(s.border) };
      return entryIndex('cellXfs', xfElement(el, s, ids, { baseFontId: base.id, hasStyleXf }));
    },
  };
}

/** A style that sets nothing of the font uses the workbook's default font, not a copy of it. */
function setsFont(s: CellStyle): boolean {
  return (
    s.bold !== undefined ||
    s.italic !== undefined ||
    s.strike !== undefined ||
    Boolean(s.underline) ||
    s.fontSize !== undefined ||
    s.fontColor !== undefined
  );
}

/** Equal styles, equal keys: every field a cell format is made from, in a fixed order. */
function cellStyleKey(s: CellStyle): string {
  return JSON.stringify([
    s.numberFormat,
    s.bold,
    s.italic,
    s.strike,
    s.underline,
    s.fontSize,
    s.fontColor,
    s.fill,
    s.wrap,
    s.hAlign,
    s.indent,
    s.border,
  ]);
}

function solidFillElement(el: MakeElement, color: string): Element {
  return el('fill', {}, [
    el('patternFill', { patternType: 'solid' }, [el('fgColor', { rgb: argb(color) }), el('bgColor', { indexed: 64 })]),
  ]);
}

type MakeElement = (name: string, attrs?: Record<string, string | number>, children?: Element[]) => Element;

interface StylesSections {
  el: MakeElement;
  existing(name: string): Element | undefined;
  /** The section, created empty in its place in the sequence when the part lacks it. */
  section(name: string): Element;
  /** Adds the entry at the section's end and returns its index. */
  append(sectionName: string, entry: Element): number;
  /** The index of an equal entry the section has, else of the entry appended. */
  entryIndex(sectionName: string, entry: Element): number;
}

function stylesSectionsOf(doc: Document): StylesSections {
  const root = doc.documentElement;
  if (!root) throw new Error('styles part has no root element');
  const el: MakeElement = (name, attrs = {}, children = []) => createElementLike(doc, root, name, attrs, children);
  const existing = (name: string): Element | undefined => childElements(root, name)[0];
  const section = (name: string): Element => {
    const found = existing(name);
    if (found) return found;
    const created = el(name, { count: 0 });
    const after = SECTIONS.slice(SECTIONS.indexOf(name) + 1);
    const next = childElements(root).find((c) => after.includes(c.localName ?? ''));
    root.insertBefore(created, next ?? null);
    return created;
  };
  const append = (sectionName: string, entry: Element): number => {
    const s = section(sectionName);
    const index = childElements(s).length;
    s.appendChild(entry);
    s.setAttribute('count', String(index + 1));
    return index;
  };
  // Each section's entries by what they say, read once: an entry the part already has (the tool's own
  // from an earlier run, or an equal one of the user's) is used again instead of added again.
  const known = new Map<string, Map<string, number>>();
  const entryIndex = (sectionName: string, entry: Element): number => {
    let keys = known.get(sectionName);
    if (keys === undefined) {
      keys = new Map();
      for (const [i, e] of childElements(section(sectionName)).entries()) if (!keys.has(elementKey(e))) keys.set(elementKey(e), i);
      known.set(sectionName, keys);
    }
    const key = elementKey(entry);
    const found = keys.get(key);
    if (found !== undefined) return found;
    const index = append(sectionName, entry);
    keys.set(key, index);
    return index;
  };
  return { el, existing, section, append, entryIndex };
}

/** A default font, the two fills Excel reserves, a default border and a default cell format. */
function addEntriesExcelExpects({ el, section, append }: StylesSections): void {
  const fonts = section('fonts');
  if (childElements(fonts).length === 0) append('fonts', el('font', {}, [el('sz', { val: 11 }), el('name', { val: 'Calibri' })]));
  const fills = section('fills');
  if (childElements(fills).length === 0) append('fills', el('fill', {}, [el('patternFill', { patternType: 'none' })]));
  if (childElements(fills).length === 1) append('fills', el('fill', {}, [el('patternFill', { patternType: 'gray125' })]));
  if (childElements(section('borders')).length === 0) append('borders', borderElement(el, {}));
  const cellXfs = section('cellXfs');
  if (childElements(cellXfs).length === 0) append('cellXfs', el('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 }));
}

/** The font of the workbook's default cell format, which new fonts start from. */
function baseFontOf({ section }: StylesSections): { id: number; child: (name: string) => Element | undefined } {
  const fonts = section('fonts');
  const defaultXf = childElements(section('cellXfs'))[0];
  const id = Number(defaultXf?.getAttribute('fontId') ?? 0);
  const font = childElements(fonts)[id] ?? childElements(fonts)[0];
  return { id, child: (name) => (font ? childElements(font, name)[0] : undefined) };
}

/** A format code's id: built-in, the part's own, or a new one after the highest the part uses. */
function numberFormatIdsOf({ el, existing, append }: StylesSections): (code: string | undefined) => number {
  const customFormats = new Map<string, number>();
  let nextFormatId = FIRST_CUSTOM_FORMAT;
  const numFmts = existing('numFmts');
  for (const f of numFmts ? childElements(numFmts, 'numFmt') : []) {
    const id = Number(f.getAttribute('numFmtId'));
    const code = f.getAttribute('formatCode');
    if (code !== null && !customFormats.has(code)) customFormats.set(code, id);
    if (id >= nextFormatId) nextFormatId = id + 1;
  }
  return (code) => {
    if (code === undefined) return 0;
    const known = BUILT_IN_FORMATS[code] ?? customFormats.get(code);
    if (known !== undefined) return known;
    const id = nextFormatId++;
    append('numFmts', el('numFmt', { numFmtId: id, formatCode: code }));
    customFormats.set(code, id);
    return id;
  };
}

/** Each key's value made once and then given again. */
function onceByKey(): Once {
  const memo = new Map<string, number>();
  return (key, make) => {
    let index = memo.get(key);
    if (index === undefined) memo.set(key, (index = make()));
    return index;
  };
}

/** The base font with what the style sets changed: its name, family, charset and scheme stay. */
function fontElement(el: MakeElement, s: CellStyle, baseChild: (name: string) => Element | undefined): Element {
  const flag = (name: string, on: boolean | undefined) => ((on ?? baseChild(name) !== undefined) ? [el(name)] : []);
  const kept = ['name', 'family', 'charset', 'scheme'].flatMap((n) => {
    const c = baseChild(n);
    return c ? [c.cloneNode(true) as Element] : [];
  });
  const baseSize = baseChild('sz');
  const baseColor = baseChild('color');
  return el('font', {}, [
    ...flag('b', s.bold),
    ...flag('i', s.italic),
    ...flag('strike', s.strike),
    ...(s.underline ? [el('u')] : []),
    ...(s.fontSize !== undefined ? [el('sz', { val: s.fontSize })] : baseSize ? [baseSize.cloneNode(true) as Element] : []),
    ...(s.fontColor !== undefined ? [el('color', { rgb: argb(s.fontColor) })] : baseColor ? [baseColor.cloneNode(true) as Element] : []),
    ...kept,
  ]);
}

function borderElement(el: MakeElement, border: NonNullable<CellStyle['border']>): Element {
  const edge = (name: string, color: string | undefined) =>
    color === undefined ? el(name) : el(name, { style: 'thin' }, [el('color', { rgb: argb(color) })]);
  return el('border', {}, [
    edge('left', border.left),
    edge('right', border.right),
    edge('top', border.top),
    edge('bottom', border.bottom),
    el('diagonal'),
  ]);
}

/** A cell format that says which of its parts apply, with its alignment when the style sets one. */
function xfElement(
  el: MakeElement,
  s: CellStyle,
  ids: { numFmtId: number; fontId: number; fillId: number; borderId: number },
  { baseFontId, hasStyleXf }: { baseFontId: number; hasStyleXf: boolean },
): Element {
  const aligned = s.wrap !== undefined || s.hAlign !== undefined || s.indent !== undefined;
  const alignment: Record<string, string | number> = {};
  if (s.hAlign !== undefined) alignment['horizontal'] = s.hAlign;
  if (s.indent !== undefined && s.indent > 0) alignment['indent'] = s.indent;
  if (s.wrap !== undefined) alignment['wrapText'] = s.wrap ? 1 : 0;
  const attrs: Record<string, string | number> = { ...ids };
  if (hasStyleXf) attrs['xfId'] = 0;
  if (ids.numFmtId !== 0) attrs['applyNumberFormat'] = 1;
  if (ids.fontId !== baseFontId) attrs['applyFont'] = 1;
  if (ids.fillId !== 0) attrs['applyFill'] = 1;
  if (ids.borderId !== 0) attrs['applyBorder'] = 1;
  if (aligned) attrs['applyAlignment'] = 1;
  return el('xf', attrs, aligned ? [el('alignment', alignment)] : []);
}

/** A conditional-formatting rule's look: font colour and strike, fill, and an outline on all four edges. */
function dxfElement(el: MakeElement, rule: PlanConditionalRule): Element {
  const font =
    rule.fontColor !== undefined || rule.strike
      ? [el('font', {}, [...(rule.strike ? [el('strike')] : []), ...(rule.fontColor ? [el('color', { rgb: argb(rule.fontColor) })] : [])])]
      : [];
  // As Excel writes a conditional fill: the pattern left out and the colour in bgColor.
  const fill = rule.fill ? [el('fill', {}, [el('patternFill', {}, [el('bgColor', { rgb: argb(rule.fill) })])])] : [];
  const outline = rule.outline;
  const border = outline ? [borderElement(el, { top: outline, right: outline, bottom: outline, left: outline })] : [];
  return el('dxf', {}, [...font, ...fill, ...border]);
}
