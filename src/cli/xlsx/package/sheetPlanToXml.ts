/** A generated sheet as the worksheet part of an .xlsx package, written straight from its plan. */
import {
  cellAddress,
  columnLetter,
  GENERATED_MARKER_CELL,
  generatedMarker,
  parseRange,
  sheetRef,
  type PlanValue,
  type SheetPlan,
} from '../../../core';
import type { StyleAppender } from './createStyleAppender';
import { encodeCellString } from './encodeCellString';
import { escapeXml } from './escapeXml';
import { TRANSITIONAL, type OoxmlNamespaces } from './ooxmlNamespaces';
import { fileLinkRelationships } from './fileLinkRelationships';
import { CELL_KEY_ROW, planCellStyles, type CellStyle } from './planCellStyles';
import { rowHeightsOf } from './rowHeightsOf';

const LEADING_OR_TRAILING_SPACE = /^[ \t\n\r]|[ \t\n\r]$/;
/**
 * Strings are inline text (`t="inlineStr"`), so `=SUM(A1)` stays text and no shared-strings part
 * of the user's is touched; the sheet has no formulas at all. A link is the sheet's own
 * `<hyperlink location=…>` element over a cell holding its text: Excel on the web follows only web
 * addresses in a HYPERLINK formula, every host follows a location link, and it needs no relationship.
 * The marker in AZ1 tells the sheet as the tool's own; its column is hidden. Cells a format
 * covers but no value fills are written with their style only, as Excel keeps a coloured empty cell.
 * A chart is drawn from its own parts (chartPartsOf); the sheet only points at its drawing.
 * The text comes a piece at a time (the head, each row, the tail), for the package to deflate as it comes.
 * @example [...sheetPlanToXml(summaryPlan, styles, { selected: false })].join('') //=> '<?xml …?><worksheet …><sheetData><row r="1"><c r="A1" s="12" t="inlineStr">…'
 */
export function* sheetPlanToXml(
  plan: SheetPlan,
  styles: StyleAppender,
  options: {
    selected: boolean;
    /** The sheet's relationship to its drawing part, when it has a chart. */
    drawingId?: string;
    /** The sheet's relationships to its table parts, in the order of the plan's tables. */
    tableIds?: readonly string[];
    /** The package's namespaces: Transitional unless the workbook is Strict. */
    namespaces?: OoxmlNamespaces;
  },
): Generator<string> {
  const cellStyles = planCellStyles(plan);
  const links = locationLinksOf(plan);
  const extent = extentOf(plan, cellStyles);
  const heights = rowHeightsOf(plan, cellStyles);
  const tableIds = options.tableIds ?? [];
  const ns = options.namespaces ?? TRANSITIONAL;
  yield (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${ns.spreadsheetml}" xmlns:r="${ns.relationships}">` +
    (plan.pageSetup ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${columnLetter(extent.lastCol)}${extent.lastRow}"/>` +
    `<sheetViews><sheetView${options.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(plan.freeze)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${columnsXml(plan)}</cols>` +
    '<sheetData>'
  );
  // Rows before conditional formats: the order in which styles are asked for fixes their indices.
  yield* rowsXml(plan, styles, cellStyles, links.textByKey, extent, heights);
  yield (
    '</sheetData>' +
    conditionalFormattingXml(plan, styles) +
    (links.hyperlinks.length === 0 ? '' : `<hyperlinks>${links.hyperlinks.join('')}</hyperlinks>`) +
    printXml(plan.pageSetup) +
    (options.drawingId === undefined ? '' : `<drawing r:id="${escapeXml(options.drawingId)}"/>`) +
    (tableIds.length === 0
      ? ''
      : `<tableParts count="${tableIds.length}">${tableIds.map((id) => `<tablePart r:id="${escapeXml(id)}"/>`).join('')}</tableParts>`) +
    '</worksheet>'
  );
}

/**
 * Each link as a `<hyperlink location=…>` element, each link to another file as one naming its relationship
 * (fileLinkRelationships), and their texts by cell key for the cells under them.
 */
function locationLinksOf(plan: SheetPlan): { textByKey: Map<number, string>; hyperlinks: string[] } {
  const textByKey = new Map<number, string>();
  const hyperlinks: string[] = [];
  const relationships = fileLinkRelationships(plan);
  (plan.fileLinks ?? []).forEach((link, i) => {
    const r = parseRange(link.cell);
    if (!r) throw new Error(`Plan file link has no A1 cell: ${link.cell}`);
    textByKey.set((r.top - 1) * CELL_KEY_ROW + r.left - 1, link.text);
    hyperlinks.push(
      `<hyperlink ref="${cellAddress(r.top, r.left)}" r:id="${relationships[i]?.id ?? ''}" display="${encodeCellString(link.text)}"/>`,
    );
  });
  for (const link of plan.links) {
    const r = parseRange(link.cell);
    if (!r) throw new Error(`Plan link has no A1 cell: ${link.cell}`);
    textByKey.set((r.top - 1) * CELL_KEY_ROW + r.left - 1, link.text);
    const location = sheetRef(link.sheet, absoluteRef(link.target));
    hyperlinks.push(
      `<hyperlink ref="${cellAddress(r.top, r.left)}" location="${escapeXml(location)}" display="${encodeCellString(link.text)}"/>`,
    );
  }
  return { textByKey, hyperlinks };
}

interface Extent {
  /** Cells with a style, by 0-based row, whether or not the plan gives them a value; link cells are among them. */
  styledColsByRow: Map<number, number[]>;
  lastRow: number;
  lastCol: number;
}

/** The sheet reaches as far as its last value, its last styled cell or the marker, whichever is furthest. */
function extentOf(plan: SheetPlan, cellStyles: ReadonlyMap<number, CellStyle>): Extent {
  const styledColsByRow = new Map<number, number[]>();
  let lastRow: number = GENERATED_MARKER_CELL.row;
  let lastCol: number = GENERATED_MARKER_CELL.col;
  for (const key of cellStyles.keys()) {
    const row0 = Math.floor(key / CELL_KEY_ROW);
    const col = (key % CELL_KEY_ROW) + 1;
    let cols = styledColsByRow.get(row0);
    if (cols === undefined) styledColsByRow.set(row0, (cols = []));
    cols.push(col);
    lastRow = Math.max(lastRow, row0 + 1);
    lastCol = Math.max(lastCol, col);
  }
  plan.values.forEach((line, r) => {
    if (line.length > 0) lastRow = Math.max(lastRow, r + 1);
    lastCol = Math.max(lastCol, line.length);
  });
  return { styledColsByRow, lastRow, lastCol };
}

/** A row for every row with a value, a styled cell or the marker; a row with none of them is left out. */
function* rowsXml(
  plan: SheetPlan,
  styles: StyleAppender,
  cellStyles: ReadonlyMap<number, CellStyle>,
  linkTexts: ReadonlyMap<number, string>,
  { styledColsByRow, lastRow }: Extent,
  heights: ReadonlyMap<number, number>,
): Generator<string> {
  const marker = generatedMarker(plan.kind);
  const markerKey = (GENERATED_MARKER_CELL.row - 1) * CELL_KEY_ROW + GENERATED_MARKER_CELL.col - 1;
  // One list for every row, filled from its start: emptying it with `length = 0` would drop its storage each row.
  const cols: number[] = [];
  for (let row0 = 0; row0 < lastRow; row0++) {
    const line = plan.values[row0] ?? [];
    let count = 0;
    for (let c = 0; c < line.length; c++) if (line[c] !== null && line[c] !== undefined) cols[count++] = c + 1;
    const valued = count;
    const styled = styledColsByRow.get(row0);
    if (styled) for (const col of styled) cols[count++] = col;
    if (row0 === GENERATED_MARKER_CELL.row - 1) cols[count++] = GENERATED_MARKER_CELL.col;
    if (count === 0) continue;
    // The valued columns come in order; only columns added after them need sorting in.
    if (count > valued) sortLeadingAscending(cols, count);

    const r = row0 + 1;
    const height = heights.get(r);
    let xml = height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${Math.ceil(height * 4) / 4}" customHeight="1">`;
    let previous = 0;
    for (let i = 0; i < count; i++) {
      const col = cols[i] ?? 0;
      if (col === previous) continue;
      previous = col;
      const key = row0 * CELL_KEY_ROW + col - 1;
      const style = cellStyles.get(key);
      const s = style === undefined ? 0 : styles.cellXf(style);
      const head = `<c r="${columnLetter(col)}${r}"${s === 0 ? '' : ` s="${s}"`}`;
      const linkText = linkTexts.get(key);
      if (key === markerKey) xml += `${head} t="inlineStr"><is><t>${encodeCellString(marker)}</t></is></c>`;
      else xml += head + valueXml(linkText ?? line[col - 1] ?? null);
    }
    yield `${xml}</row>`;
  }
}

/**
 * Sorts the first `count` numbers of `list` in place, by insertion: a row's handful of columns, where `Array#sort`
 * allocated its work arrays on each of a 100 000-row sheet's rows (95 MB in all).
 */
function sortLeadingAscending(list: number[], count: number): void {
  for (let i = 1; i < count; i++) {
    const value = list[i] ?? 0;
    let j = i - 1;
    for (; j >= 0 && (list[j] ?? 0) > value; j--) list[j + 1] = list[j] ?? 0;
    list[j + 1] = value;
  }
}

/** The plan's column widths, and the marker's column hidden. */
function columnsXml(plan: SheetPlan): string {
  const widths = new Map<number, { width?: number; hidden?: boolean }>();
  plan.columnWidths.forEach((width, i) => widths.set(i + 1, { width }));
  widths.set(GENERATED_MARKER_CELL.col, { ...widths.get(GENERATED_MARKER_CELL.col), hidden: true });
  return [...widths.entries()]
    .sort(([a], [b]) => a - b)
    .map(([col, w]) => `<col min="${col}" max="${col}" width="${w.width ?? 9.140625}"${w.hidden ? ' hidden="1"' : ''} customWidth="1"/>`)
    .join('');
}

/** Expression rules, numbered by priority in the plan's order, their look in `dxfs`. */
function conditionalFormattingXml(plan: SheetPlan, styles: StyleAppender): string {
  let priority = 1;
  return plan.conditionalFormats
    .map((cf) => {
      const rules = cf.rules
        .map(
          (rule) =>
            `<cfRule type="expression" dxfId="${styles.dxf(rule)}" priority="${priority++}"${rule.stopIfTrue ? ' stopIfTrue="1"' : ''}>` +
            `<formula>${escapeXml(rule.formula.replace(/^=/, ''))}</formula></cfRule>`,
        )
        .join('');
      return `<conditionalFormatting sqref="${escapeXml(cf.range.replace(/,\s*/g, ' '))}">${rules}</conditionalFormatting>`;
    })
    .join('');
}

/**
 * `$C$12`, never `C12`: LibreOffice reads a location that is also an R1C1 reference (`C12`, `R5`) as
 * R1C1 and then fails to follow it; Excel follows either.
 */
function absoluteRef(a1: string): string {
  const r = parseRange(a1);
  if (!r) throw new Error(`Plan link has no A1 target: ${a1}`);
  const corner = (row: number, col: number) => `$${columnLetter(col)}$${row}`;
  return r.top === r.bottom && r.left === r.right ? corner(r.top, r.left) : `${corner(r.top, r.left)}:${corner(r.bottom, r.right)}`;
}

function valueXml(value: PlanValue): string {
  if (value === null) return '/>';
  if (typeof value === 'string') {
    const space = LEADING_OR_TRAILING_SPACE.test(value) ? ' xml:space="preserve"' : '';
    return ` t="inlineStr"><is><t${space}>${encodeCellString(value)}</t></is></c>`;
  }
  if (typeof value === 'boolean') return ` t="b"><v>${value ? 1 : 0}</v></c>`;
  if (!Number.isFinite(value)) throw new Error(`Plan value is not a finite number: ${value}`);
  return `><v>${value}</v></c>`;
}

/** Excel's paper size code for A4. */
const PAPER_SIZE = { A4: 9 } as const;

/**
 * Print options, margins, page setup and header and footer, in the order the schema fixes; without a page setup only the
 * margins Excel writes by default. `fitToHeight="0"`: as many pages tall as it takes (the sheetPr's fitToPage turns it on).
 */
function printXml(page: SheetPlan['pageSetup']): string {
  if (!page) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const m = page.margins;
  const part = (code: string, text: string) => (text === '' ? '' : `${code}${text}`);
  const sections = (s: { left: string; center: string; right: string }) =>
    escapeXml(part('&L', s.left) + part('&C', s.center) + part('&R', s.right));
  return (
    `<printOptions gridLines="${page.gridlines ? 1 : 0}"/>` +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PAPER_SIZE[page.paperSize]}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="0"/>` +
    `<headerFooter><oddHeader>${sections(page.header)}</oddHeader><oddFooter>${sections(page.footer)}</oddFooter></headerFooter>`
  );
}

/** A frozen pane: the cell below and right of the split is where scrolling starts. */
function paneXml(freeze: SheetPlan['freeze']): string {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return '';
  const topLeft = cellAddress(freeze.rows + 1, freeze.cols + 1);
  const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}`;
  return `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}
