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

  it('gives nothing for a plan without a chart', () => {
    const { chart: _none, ...noChart } = plan;
    expect(chartPartsOf(noChart, 'Yhteenveto')).toBeNull();
  });
});
