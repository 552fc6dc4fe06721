/** The chart a plan asks for, as the drawing and chart parts of an .xlsx package (what the add-in draws with Office.js). */
import { columnLetter, parseRange, sheetRef, type SheetPlan } from '../../../core';
import { encodeCellString } from './encodeCellString';
import { escapeXml } from './escapeXml';
import { TRANSITIONAL, type OoxmlNamespaces } from './ooxmlNamespaces';

/** The id the drawing part gives its one chart; the drawing's relationships part must use it. */
export const CHART_RELATIONSHIP_ID = 'rId1';

// Excel's default chart size (5 × 3 inches), counted in default-width columns and default-height rows.
const WIDTH_COLS = 8;
const HEIGHT_ROWS = 15;

/** A thin grey edge around each part of a stacked column, so that a pale status (removed) shows on white. */
const SEGMENT_EDGE = '7F7F7F';

/**
 * A clustered bar (labels down the side, as Office.js's `BarClustered`) or a pie over the plan's two
 * data columns, series in the second; or stacked columns over the plan's table (as `ColumnStacked` by columns):
 * categories down its first column, a series per further column named by its first row, in the plan's colours.
 * Values are cached so the chart shows before Excel recalculates. The drawing anchors it over the plan's cells,
 * or at its one cell in about Excel's default chart size, in the package's `namespaces`. Returns null when the plan has no chart.
 * @example chartPartsOf(summaryPlan, 'Yhteenveto')?.chart //=> '<?xml …?><c:chartSpace …><c:chart><c:title>…Toimenpiteet tiloittain…'
 */
export function chartPartsOf(
  plan: SheetPlan,
  sheetName: string,
  namespaces: OoxmlNamespaces = TRANSITIONAL,
): { drawing: string; chart: string } | null {
  const chart = plan.chart;
  if (!chart) return null;
  const data = parseRange(chart.dataRange);
  const anchor = parseRange(chart.anchor);
  if (!data || !anchor || data.right < data.left + 1)
    throw new Error(`Plan chart has no two-column range: ${chart.dataRange} at ${chart.anchor}`);
  const cells = planCells(plan, sheetName);
  const plot =
    chart.type === 'stackedColumn'
      ? stackedColumnXml(cells, data, chart.seriesColors ?? [])
      : chart.type === 'bar'
        ? barXml(cells.series({ ...labelsAndCounts(data), bar: true }))
        : pieXml(cells.series({ ...labelsAndCounts(data), bar: false }));
  return { drawing: drawingXml(chart.title, anchor, namespaces), chart: chartXml(chart, plot, namespaces) };
}

type PlanChart = NonNullable<SheetPlan['chart']>;
type Range = NonNullable<ReturnType<typeof parseRange>>;

/** Where one series' figures are: its categories' column, its values' column, their rows; its name's row and its fill. */
interface SeriesCells {
  index: number;
  labelCol: number;
  valueCol: number;
  top: number;
  bottom: number;
  nameRow: number | null;
  color: string | null;
  /** A bar's series says how negative values are drawn; a pie's has no such element. */
  bar: boolean;
}

/** The one series of a bar or pie: labels in the range's first column, counts in its second, no name, the host's colours. */
function labelsAndCounts(data: Range): Omit<SeriesCells, 'bar'> {
  return { index: 0, labelCol: data.left, valueCol: data.left + 1, top: data.top, bottom: data.bottom, nameRow: null, color: null };
}

/** Reads the plan's cells as a chart's series: references to the sheet's cells with their values cached. */
function planCells(plan: SheetPlan, sheetName: string) {
  const at = (row: number, col: number) => plan.values[row - 1]?.[col - 1];
  const text = (row: number, col: number) => {
    const v = at(row, col);
    return v === null || v === undefined ? '' : String(v);
  };
  const number = (row: number, col: number) => {
    const v = at(row, col);
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  };
  const ref = (col: number, top: number, bottom: number) => {
    const letter = columnLetter(col);
    return escapeXml(sheetRef(sheetName, top === bottom ? `$${letter}$${top}` : `$${letter}$${top}:$${letter}$${bottom}`));
  };
  const rows = (top: number, bottom: number) => Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  const points = (values: readonly (string | number)[], encode: (v: string | number) => string) =>
    `<c:ptCount val="${values.length}"/>` + values.map((v, i) => `<c:pt idx="${i}"><c:v>${encode(v)}</c:v></c:pt>`).join('');
  const strings = (col: number, top: number, bottom: number) =>
    `<c:strRef><c:f>${ref(col, top, bottom)}</c:f><c:strCache>${points(
      rows(top, bottom).map((r) => text(r, col)),
      (v) => encodeCellString(String(v)),
    )}</c:strCache></c:strRef>`;
  return {
    /** A series' XML: its name and fill (with an edge around each part) where given, then its categories and values. */
    series({ index, labelCol, valueCol, top, bottom, nameRow, color, bar }: SeriesCells): string {
      const name = nameRow === null ? '' : `<c:tx>${strings(valueCol, nameRow, nameRow)}</c:tx>`;
      const look =
        color === null
          ? ''
          : `<c:spPr><a:solidFill><a:srgbClr val="${color.slice(1)}"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="${SEGMENT_EDGE}"/></a:solidFill></a:ln></c:spPr>`;
      return (
        `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}${look}` +
        (bar ? '<c:invertIfNegative val="0"/>' : '') +
        `<c:cat>${strings(labelCol, top, bottom)}</c:cat>` +
        `<c:val><c:numRef><c:f>${ref(valueCol, top, bottom)}</c:f><c:numCache><c:formatCode>General</c:formatCode>${points(
          rows(top, bottom).map((r) => number(r, valueCol)),
          String,
        )}</c:numCache></c:numRef></c:val>` +
        '</c:ser>'
      );
    },
  };
}

const BAR_AXES = { category: 500000001, value: 500000002 };

/** Category and value axes; `categoryAt` is the side the categories' labels sit on (`l` for bars, `b` for columns). */
function axesXml(categoryAt: 'l' | 'b'): string {
  const valueAt = categoryAt === 'l' ? 'b' : 'l';
  return (
    `<c:catAx><c:axId val="${BAR_AXES.category}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${categoryAt}"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${BAR_AXES.value}"/>` +
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${BAR_AXES.value}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valueAt}"/>` +
    '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${BAR_AXES.category}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function barXml(series: string): string {
  return (
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series +
    `<c:gapWidth val="150"/><c:axId val="${BAR_AXES.category}"/><c:axId val="${BAR_AXES.value}"/></c:barChart>` +
    axesXml('l')
  );
}

function pieXml(series: string): string {
  return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
}

/** A column per category (the table's first column below its first row), a series per further column stacked in it. */
function stackedColumnXml(cells: ReturnType<typeof planCells>, data: Range, colors: readonly string[]): string {
  const series = Array.from({ length: data.right - data.left }, (_, i) =>
    cells.series({
      index: i,
      labelCol: data.left,
      valueCol: data.left + 1 + i,
      top: data.top + 1,
      bottom: data.bottom,
      nameRow: data.top,
      color: colors[i] ?? null,
      bar: true,
    }),
  ).join('');
  return (
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="${BAR_AXES.category}"/><c:axId val="${BAR_AXES.value}"/></c:barChart>` +
    axesXml('b')
  );
}

/** The chart part: the plot and a legend where several series or slices need telling apart (not for one series of bars). */
function chartXml(chart: PlanChart, plot: string, ns: OoxmlNamespaces): string {
  const legend =
    chart.type === 'pie'
      ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>'
      : chart.type === 'stackedColumn'
        ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
        : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.drawingml}" xmlns:r="${ns.relationships}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    '</c:chart></c:chartSpace>'
  );
}

/** The drawing part: the chart over the plan's cells, or at its one cell in about Excel's default chart size. */
function drawingXml(title: string, anchor: Range, ns: OoxmlNamespaces): string {
  const isCell = anchor.top === anchor.bottom && anchor.left === anchor.right;
  const at = (col0: number, row0: number) =>
    `<xdr:col>${col0}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row0}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.drawingml}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    `<xdr:from>${at(anchor.left - 1, anchor.top - 1)}</xdr:from><xdr:to>${isCell ? at(anchor.left - 1 + WIDTH_COLS, anchor.top - 1 + HEIGHT_ROWS) : at(anchor.right, anchor.bottom)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${ns.chart}">` +
    `<c:chart xmlns:c="${ns.chart}" xmlns:r="${ns.relationships}" r:id="${CHART_RELATIONSHIP_ID}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
