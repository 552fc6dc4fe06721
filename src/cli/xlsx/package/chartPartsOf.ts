/** The chart a plan asks for, as the drawing and chart parts of an .xlsx package (what the add-in draws with Office.js). */
import { columnLetter, parseRange, sheetRef, type SheetPlan } from '../../../core';
import { encodeCellString } from './encodeCellString';
import { escapeXml } from './escapeXml';

/** The id the drawing part gives its one chart; the drawing's relationships part must use it. */
export const CHART_RELATIONSHIP_ID = 'rId1';

// Excel's default chart size (5 × 3 inches), counted in default-width columns and default-height rows.
const WIDTH_COLS = 8;
const HEIGHT_ROWS = 15;

/**
 * A clustered bar (labels down the side, as Office.js's `BarClustered`) or a pie over the plan's two
 * data columns, series in the second, with the values cached so the chart shows before Excel recalculates.
 * The drawing anchors it at the plan's cell and spans about Excel's default chart size.
 * Returns null when the plan has no chart.
 * @example chartPartsOf(summaryPlan, 'Yhteenveto')?.chart //=> '<?xml …?><c:chartSpace …><c:chart><c:title>…Toimenpiteet tiloittain…'
 */
export function chartPartsOf(plan: SheetPlan, sheetName: string): { drawing: string; chart: string } | null {
  const chart = plan.chart;
  if (!chart) return null;
  const data = parseRange(chart.dataRange);
  const anchor = parseRange(chart.anchor);
  if (!data || !anchor || data.right < data.left + 1)
    throw new Error(`Plan chart has no two-column range: ${chart.dataRange} at ${chart.anchor}`);
  const series = seriesXml(plan, sheetName, chart.type, data);
  return { drawing: drawingXml(chart.title, anchor), chart: chartXml(chart, series) };
}

type PlanChart = NonNullable<SheetPlan['chart']>;
type Range = NonNullable<ReturnType<typeof parseRange>>;

/** Labels from the range's first column, counts from its second (0 where not a number), both cached. */
function seriesXml(plan: SheetPlan, sheetName: string, type: PlanChart['type'], data: Range): string {
  const column = (col: number) => {
    const letter = columnLetter(col);
    return sheetRef(sheetName, `$${letter}$${data.top}:$${letter}$${data.bottom}`);
  };
  const labels: string[] = [];
  const counts: number[] = [];
  for (let row = data.top; row <= data.bottom; row++) {
    const line = plan.values[row - 1] ?? [];
    const label = line[data.left - 1];
    const count = line[data.left];
    labels.push(label === null || label === undefined ? '' : String(label));
    counts.push(typeof count === 'number' && Number.isFinite(count) ? count : 0);
  }
  const points = (values: readonly (string | number)[], encode: (v: string | number) => string) =>
    `<c:ptCount val="${values.length}"/>` + values.map((v, i) => `<c:pt idx="${i}"><c:v>${encode(v)}</c:v></c:pt>`).join('');
  return (
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    (type === 'bar' ? '<c:invertIfNegative val="0"/>' : '') +
    `<c:cat><c:strRef><c:f>${escapeXml(column(data.left))}</c:f><c:strCache>${points(labels, (v) => encodeCellString(String(v)))}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(column(data.left + 1))}</c:f><c:numCache><c:formatCode>General</c:formatCode>${points(counts, String)}</c:numCache></c:numRef></c:val>` +
    '</c:ser>'
  );
}

/** The chart part: a bar chart with its two axes, or a pie with a legend on the right. */
function chartXml(chart: PlanChart, series: string): string {
  const plot =
    chart.type === 'bar'
      ? '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
        series +
        '<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
        '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
        '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/>' +
        '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
        '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
        '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
        '<c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
      : `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  const legend = chart.type === 'pie' ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    '</c:chart></c:chartSpace>'
  );
}

/** The drawing part: the chart over the plan's cells, or at its one cell in about Excel's default chart size. */
function drawingXml(title: string, anchor: Range): string {
  const isCell = anchor.top === anchor.bottom && anchor.left === anchor.right;
  const at = (col0: number, row0: number) =>
    `<xdr:col>${col0}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row0}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    `<xdr:from>${at(anchor.left - 1, anchor.top - 1)}</xdr:from><xdr:to>${isCell ? at(anchor.left - 1 + WIDTH_COLS, anchor.top - 1 + HEIGHT_ROWS) : at(anchor.right, anchor.bottom)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${CHART_RELATIONSHIP_ID}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
