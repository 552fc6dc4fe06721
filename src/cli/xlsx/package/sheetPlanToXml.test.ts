import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { SheetPlan } from '../../../core/schema/sheetPlan';
import { createStyleAppender } from './createStyleAppender';
import { sheetPlanToXml } from './sheetPlanToXml';

const xmlOf = (...args: Parameters<typeof sheetPlanToXml>): string => [...sheetPlanToXml(...args)].join('');

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function styles() {
  return createStyleAppender(new DOMParser().parseFromString(`<styleSheet xmlns="${SML}"/>`, 'text/xml'));
}

const plan: SheetPlan = {
  kind: 'summary',
  name: 'Yhteenveto',
  values: [['Seurannan yhteenveto'], ['Tilanne päivänä', 45473], [], ['=ei kaava', ' Ei /\nkorona', true]],
  formats: [
    { range: 'A1:C1', bold: true },
    { range: 'B2', numberFormat: 'd.m.yyyy' },
  ],
  conditionalFormats: [{ range: 'C4:C9', rules: [{ formula: '=$C4="x"', fill: '#63BE7B', stopIfTrue: true }] }],
  links: [{ cell: 'D4', sheet: "Kumppanit 'B'", target: 'C7', text: 'C7' }],
  columnWidths: [40, 14],
  freeze: { rows: 3, cols: 1 },
};

describe('sheetPlanToXml', () => {
  const xml = xmlOf(plan, styles(), { selected: false });

  const childNames = (text: string) => {
    const root = new DOMParser().parseFromString(text, 'text/xml').documentElement!;
    const names: string[] = [];
    for (let n = root.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) names.push(n.nodeName);
    return names;
  };

  it('writes the parts of a worksheet in the order the schema fixes', () => {
    const order = ['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'conditionalFormatting', 'hyperlinks', 'pageMargins'];
    expect(childNames(xml)).toEqual(order);
    expect(childNames(xmlOf(plan, styles(), { selected: false, drawingId: 'rId1' }))).toEqual([...order, 'drawing']);
    expect(childNames(xmlOf({ ...plan, links: [] }, styles(), { selected: false }))).not.toContain('hyperlinks');
  });

  const printed: SheetPlan = {
    ...plan,
    values: [
      ...plan.values,
      ['Perhekeskuksen palveluohjauksen vakiinnuttaminen kaikkiin kuntiin ja yhteisen asiakasohjauksen mallin käyttöönotto'],
    ],
    formats: [...plan.formats, { range: 'A5', wrap: true }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      titleRows: 3,
      header: { left: 'Sote && pelastus', center: '', right: 'Tilanne 30.6.2022' },
      footer: { left: '', center: 'Sivu &P / &N', right: '' },
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      gridlines: false,
    },
    tables: [{ name: 'Myöhässä', range: 'A4:C5' }],
  };
  const printedXml = xmlOf(printed, styles(), { selected: false, drawingId: 'rId1', tableIds: ['rId2'] });

  it('prints on A4 landscape, one page wide and as many tall as it takes, with header, footer and no gridlines, in schema order', () => {
    expect(childNames(printedXml)).toEqual([
      'sheetPr',
      'dimension',
      'sheetViews',
      'sheetFormatPr',
      'cols',
      'sheetData',
      'conditionalFormatting',
      'hyperlinks',
      'printOptions',
      'pageMargins',
      'pageSetup',
      'headerFooter',
      'drawing',
      'tableParts',
    ]);
    expect(printedXml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(printedXml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(printedXml).toContain('<printOptions gridLines="0"/>');
    expect(printedXml).toContain(
      '<headerFooter><oddHeader>&amp;LSote &amp;&amp; pelastus&amp;RTilanne 30.6.2022</oddHeader><oddFooter>&amp;CSivu &amp;P / &amp;N</oddFooter></headerFooter>',
    );
    expect(printedXml).toContain('<tableParts count="1"><tablePart r:id="rId2"/></tableParts>');
  });

  it('makes a row of wrapped text tall enough for its lines, and leaves other rows at their default height', () => {
    expect(printedXml).toMatch(/<row r="5" ht="(\d+(\.\d+)?)" customHeight="1">/);
    expect(Number(/<row r="5" ht="([\d.]+)"/.exec(printedXml)?.[1])).toBeGreaterThanOrEqual(45); // 116 characters in a 40-character column: three lines of 15 points at least
    expect(printedXml).toContain('<row r="4">');
  });

  it('keeps formula-looking text and leading spaces as text, and writes no formula at all', () => {
    expect(xml).toContain('<c r="A4" t="inlineStr"><is><t>=ei kaava</t></is></c>');
    expect(xml).toContain('<c r="B4" t="inlineStr"><is><t xml:space="preserve"> Ei /&#10;korona</t></is></c>');
    expect(xml).toContain('<c r="C4" t="b"><v>1</v></c>');
    expect(new XMLSerializer().serializeToString(new DOMParser().parseFromString(xml, 'text/xml'))).not.toMatch(/<f[ >]/);
  });

  it("links to a cell with the sheet's own hyperlink element, which Excel on the web follows too, over the link text in link style", () => {
    const linked: SheetPlan = {
      ...plan,
      links: [
        { cell: 'D4', sheet: "Kumppanit 'B'", target: 'C7', text: 'C7' },
        { cell: 'D5', sheet: 'Hyte & <muut>', target: 'E12', text: '=E12 "x"' },
      ],
    };
    const out = xmlOf(linked, styles(), { selected: false });
    const linkStyle = /<c r="D4" s="(\d+)" t="inlineStr"><is><t>C7<\/t><\/is><\/c>/.exec(out)?.[1];
    expect(linkStyle).toBeDefined();
    expect(out).toContain(`<c r="D5" s="${linkStyle}" t="inlineStr"><is><t>=E12 &quot;x&quot;</t></is></c>`);
    expect(out).toContain(
      '<hyperlinks><hyperlink ref="D4" location="\'Kumppanit \'\'B\'\'\'!$C$7" display="C7"/>' +
        '<hyperlink ref="D5" location="\'Hyte &amp; &lt;muut&gt;\'!$E$12" display="=E12 &quot;x&quot;"/></hyperlinks>',
    );
    const link = new DOMParser().parseFromString(out, 'text/xml').getElementsByTagName('hyperlink')[1]!;
    expect(link.getAttribute('location')).toBe("'Hyte & <muut>'!$E$12");
    expect(link.hasAttribute('r:id')).toBe(false);
  });

  it('links to another file through a relationship of the sheet, over the link text', () => {
    const withFile = { ...plan, fileLinks: [{ cell: 'A6', path: 'yksiköt/Kotihoito.xlsx', text: 'yksiköt/Kotihoito.xlsx' }] };
    const out = xmlOf(withFile, styles(), { selected: false });
    expect(out).toContain('<hyperlink ref="A6" r:id="rIdL1" display="yksiköt/Kotihoito.xlsx"/>');
    // In link style, as a link to a place is.
    const linkStyle = /<c r="D4" s="(\d+)"/.exec(out)?.[1];
    expect(out).toContain(`<c r="A6" s="${linkStyle}" t="inlineStr"><is><t>yksiköt/Kotihoito.xlsx</t></is></c>`);
  });

  it('writes styled cells with no value, the hidden marker column and the frozen pane', () => {
    expect(xml).toMatch(
      /<c r="B1" s="1"\/><c r="C1" s="1"\/><c r="AZ1" t="inlineStr"><is><t>seuranta:generated:summary<\/t><\/is><\/c><\/row>/,
    );
    expect(xml).toContain(
      '<col min="1" max="1" width="40" customWidth="1"/><col min="2" max="2" width="14" customWidth="1"/><col min="52" max="52" width="9.140625" hidden="1" customWidth="1"/>',
    );
    expect(xml).toContain('<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"/>');
    expect(xml).not.toContain('<row r="3"');
    expect(xml).toContain('<dimension ref="A1:AZ4"/>');
  });

  it("writes a row's cells once each and in column order when styled empty cells lie before and among its values", () => {
    const mixed: SheetPlan = {
      ...plan,
      values: [[null, null, 'Tila', null, 'Vastuuhenkilö', null]],
      formats: [
        { range: 'F1', bold: true },
        { range: 'A1:C1', bold: true },
        { range: 'D1', italic: true },
      ],
      conditionalFormats: [],
      links: [],
      freeze: undefined,
    };
    const cells = [...xmlOf(mixed, styles(), { selected: false }).matchAll(/<c r="([A-Z]+)1"/g)].map((m) => m[1]);
    expect(cells).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'AZ']);
  });

  it('writes every row of a long list once and in order, the last ones too', () => {
    const long: SheetPlan = { ...plan, values: Array.from({ length: 601 }, (_, i) => [`Toimenpide ${i + 1}`]), links: [] };
    const rows = new DOMParser().parseFromString(xmlOf(long, styles(), { selected: false }), 'text/xml').getElementsByTagName('row');
    const texts = Array.from({ length: rows.length }, (_, i) => rows.item(i)?.getElementsByTagName('t').item(0)?.textContent);
    expect(texts.filter((t) => t?.startsWith('Toimenpide'))).toEqual(Array.from({ length: 601 }, (_, i) => `Toimenpide ${i + 1}`));
    expect(Array.from({ length: rows.length }, (_, i) => Number(rows.item(i)?.getAttribute('r')))).toEqual(
      Array.from({ length: 601 }, (_, i) => i + 1),
    );
  });

  it('marks the sheet selected only when it is to be the active tab', () => {
    expect(xml).not.toContain('tabSelected');
    expect(xmlOf(plan, styles(), { selected: true })).toContain('<sheetView tabSelected="1" workbookViewId="0">');
  });

  it('refuses a number Excel cannot store: that is a bug in the planner', () => {
    expect(() => xmlOf({ ...plan, values: [[Number.NaN]] }, styles(), { selected: false })).toThrow(/not a finite number/);
  });
});
