import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { SheetPlan } from '../../../core/schema/sheetPlan';
import { createStyleAppender } from './createStyleAppender';
import { sheetPlanToXml } from './sheetPlanToXml';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function styles() {
  return createStyleAppender(new DOMParser().parseFromString(`<styleSheet xmlns="${SML}"/>`, 'text/xml'));
}

const plan: SheetPlan = {
  kind: 'summary',
  name: 'Yhteenveto',
  values: [['Seurannan yhteenveto'], ['Tilanne päivänä', 45473], [], ['=ei kaava', ' Ei /\nkorona', true]],
  formats: [{ range: 'A1:C1', bold: true }, { range: 'B2', numberFormat: 'd.m.yyyy' }],
  conditionalFormats: [{ range: 'C4:C9', rules: [{ formula: '=$C4="x"', fill: '#63BE7B', stopIfTrue: true }] }],
  links: [{ cell: 'D4', sheet: "Kumppanit 'B'", target: 'C7', text: 'C7' }],
  columnWidths: [40, 14],
  freeze: { rows: 3, cols: 1 },
};

describe('sheetPlanToXml', () => {
  const xml = sheetPlanToXml(plan, styles(), { selected: false });

  it('writes the parts of a worksheet in the order the schema fixes', () => {
    const order = ['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'conditionalFormatting', 'pageMargins'];
    const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
    const names: string[] = [];
    for (let n = root.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) names.push(n.nodeName);
    expect(names).toEqual(order);
  });

  it('keeps formula-looking text and leading spaces as text, and writes the link as the only formula', () => {
    expect(xml).toContain('<c r="A4" t="inlineStr"><is><t>=ei kaava</t></is></c>');
    expect(xml).toContain('<c r="B4" t="inlineStr"><is><t xml:space="preserve"> Ei /&#10;korona</t></is></c>');
    expect(xml).toContain('<c r="C4" t="b"><v>1</v></c>');
    expect(xml).toMatch(/<c r="D4" s="\d+" t="str"><f>HYPERLINK\(&quot;#'Kumppanit ''B'''!C7&quot;,&quot;C7&quot;\)<\/f><v>C7<\/v><\/c>/);
    expect(new XMLSerializer().serializeToString(new DOMParser().parseFromString(xml, 'text/xml'))).toContain('<f>');
  });

  it('writes styled cells with no value, the hidden marker column and the frozen pane', () => {
    expect(xml).toMatch(/<c r="B1" s="1"\/><c r="C1" s="1"\/><c r="AZ1" t="inlineStr"><is><t>seuranta:generated:summary<\/t><\/is><\/c><\/row>/);
    expect(xml).toContain('<col min="1" max="1" width="40" customWidth="1"/><col min="2" max="2" width="14" customWidth="1"/><col min="52" max="52" width="9.140625" hidden="1" customWidth="1"/>');
    expect(xml).toContain('<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"/>');
    expect(xml).not.toContain('<row r="3"');
    expect(xml).toContain('<dimension ref="A1:AZ4"/>');
  });

  it('marks the sheet selected only when it is to be the active tab', () => {
    expect(xml).not.toContain('tabSelected');
    expect(sheetPlanToXml(plan, styles(), { selected: true })).toContain('<sheetView tabSelected="1" workbookViewId="0">');
  });

  it('refuses a number Excel cannot store: that is a bug in the planner', () => {
    expect(() => sheetPlanToXml({ ...plan, values: [[Number.NaN]] }, styles(), { selected: false })).toThrow(/not a finite number/);
  });
});
