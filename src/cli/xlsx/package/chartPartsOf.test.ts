import { DOMParser } from '@xmldom/xmldom';
import type { SheetPlan } from '../../../core/schema/sheetPlan';
import { chartPartsOf } from './chartPartsOf';

const plan: SheetPlan = {
  kind: 'summary',
  name: 'Yhteenveto',
  values: [['Seurannan yhteenveto'], [], ['Tila', 'Lukumäärä'], ['Toteutunut', 57], ['Osittain', 7], ['Ei /korona <2021>', 3]],
  formats: [],
  conditionalFormats: [],
  links: [],
  columnWidths: [],
  chart: { type: 'bar', title: 'Toimenpiteet tiloittain', dataRange: 'A4:B6', anchor: 'M3' },
};

function parse(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');
}

describe('chartPartsOf', () => {
  it("draws the summary's status counts as horizontal bars over the plan's cells, with the figures cached", () => {
    const parts = chartPartsOf(plan, "Yhteenveto 'A'")!;
    parse(parts.chart);
    expect(parts.chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(parts.chart).toContain("<c:f>'Yhteenveto ''A'''!$A$4:$A$6</c:f>");
    expect(parts.chart).toContain("<c:f>'Yhteenveto ''A'''!$B$4:$B$6</c:f>");
    expect(parts.chart).toContain(
      '<c:ptCount val="3"/><c:pt idx="0"><c:v>Toteutunut</c:v></c:pt><c:pt idx="1"><c:v>Osittain</c:v></c:pt><c:pt idx="2"><c:v>Ei /korona &lt;2021&gt;</c:v></c:pt>',
    );
    expect(parts.chart).toContain('<c:pt idx="0"><c:v>57</c:v></c:pt><c:pt idx="1"><c:v>7</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt>');
    expect(parts.chart).toContain('<a:t>Toimenpiteet tiloittain</a:t>');
  });

  it("anchors the chart at the plan cell, about Excel's default chart size", () => {
    const drawing = chartPartsOf(plan, 'Yhteenveto')!.drawing;
    parse(drawing);
    expect(drawing).toContain('<xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>');
    expect(drawing).toContain('r:id="rId1"/>');
  });

  it('spreads the chart over exactly the cells the plan gives it, from the first one to the end of the last', () => {
    const drawing = chartPartsOf({ ...plan, chart: { ...plan.chart!, anchor: 'E6:K17' } }, 'Yhteenveto')!.drawing;
    expect(drawing).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>');
  });

  it('draws a pie with a legend and no axes', () => {
    const chart = chartPartsOf({ ...plan, chart: { ...plan.chart!, type: 'pie' } }, 'Yhteenveto')!.chart;
    parse(chart);
    expect(chart).toContain('<c:pieChart><c:varyColors val="1"/>');
    expect(chart).toContain('<c:legend>');
    expect(chart).not.toContain('<c:valAx>');
  });

  it('stacks a column per unit with a series per status, named by the header row and filled in its colour', () => {
    const units: SheetPlan = {
      ...plan,
      values: [['Koonti'], [], ['Yksikkö', 'Toteutunut', 'Ei toteutunut'], ['Kotihoito <Pori>', 12, 3], ['Perhekeskus', 5, null]],
      chart: {
        type: 'stackedColumn',
        title: 'Toimenpiteet tiloittain yksiköittäin',
        dataRange: 'A3:C5',
        anchor: 'E3:L20',
        seriesColors: ['#63BE7B', '#F8696B'],
      },
    };
    const chart = chartPartsOf(units, 'Koonti')!.chart;
    const doc = parse(chart);
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    const series = Array.from(doc.getElementsByTagName('c:ser'));
    expect(series).toHaveLength(2);
    const [done, notDone] = series.map((s) => s.toString());
    expect(done).toContain(`<c:tx><c:strRef><c:f>'Koonti'!$B$3</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Toteutunut</c:v>`);
    expect(done).toContain(`<a:srgbClr val="63BE7B"/>`);
    expect(done).toContain(`<c:f>'Koonti'!$A$4:$A$5</c:f>`);
    expect(done).toContain(`<c:v>Kotihoito &lt;Pori&gt;</c:v>`);
    expect(done).toContain(`<c:f>'Koonti'!$B$4:$B$5</c:f>`);
    expect(done).toContain('<c:pt idx="0"><c:v>12</c:v></c:pt><c:pt idx="1"><c:v>5</c:v></c:pt>');
    expect(notDone).toContain('<c:v>Ei toteutunut</c:v>');
    expect(notDone).toContain('<a:srgbClr val="F8696B"/>');
    expect(notDone).toContain('<c:pt idx="0"><c:v>3</c:v></c:pt><c:pt idx="1"><c:v>0</c:v></c:pt>');
    expect(chart).toContain('<c:legend><c:legendPos val="b"/>');
  });

  it("leaves a series without a colour in the plan to the host's own", () => {
    const chart = chartPartsOf(
      { ...plan, chart: { type: 'stackedColumn', title: 'T', dataRange: 'A3:B6', anchor: 'E3' } },
      'Yhteenveto',
    )!.chart;
    expect(chart).toContain('<c:ser><c:idx val="0"/><c:order val="0"/><c:tx>');
    expect(chart).not.toContain('<c:spPr>');
  });

  it('gives nothing for a plan without a chart', () => {
    const { chart: _none, ...noChart } = plan;
    expect(chartPartsOf(noChart, 'Yhteenveto')).toBeNull();
  });
});
