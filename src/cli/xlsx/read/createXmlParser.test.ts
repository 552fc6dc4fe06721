import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { seed000Workbook } from '../../../../fixtures/seed000';
import { seed002BudgetWorkbook } from '../../../../fixtures/seed002Budget';
import { workbookDataToXlsx } from '../../../../fixtures/toXlsx';
import { createXmlParser, type XmlHandlers } from './createXmlParser';
import { WorkbookUnreadable } from './workbookUnreadable';

const PART = 'xl/worksheets/sheet1.xml';

/** What a reader sees of `xml` fed in pieces of `size` characters: every event and 'end', or why the part was refused. */
function outcome(parse: (handlers: XmlHandlers) => { write(t: string): void; close(): void }, xml: string, size: number): string[] {
  const seen: string[] = [];
  const parser = parse({
    open: (tag) => void seen.push(`<${tag.name} ${JSON.stringify(Object.entries(tag.attributes))}>`),
    text: (text) => void seen.push(JSON.stringify(text)),
    close: (tag) => void seen.push(`</${tag.name}>`),
  });
  try {
    for (let at = 0; at < xml.length; at += size) parser.write(xml.slice(at, at + size));
    parser.write('');
    parser.close();
    seen.push('end');
  } catch (e) {
    if (!(e instanceof WorkbookUnreadable)) throw e;
    // A refused part is read no further, so what came before the refusal does not matter (with saxes alone it
    // depends on where the pieces are cut).
    return [e.reason];
  }
  return seen;
}

/** saxes alone, wired as the reader wired it before the direct scan: the reference. */
function saxesAlone(handlers: XmlHandlers): { write(t: string): void; close(): void } {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new WorkbookUnreadable('doctype', { part: PART });
  });
  parser.on('error', () => {
    throw new WorkbookUnreadable('damagedPart', { part: PART });
  });
  parser.on('opentag', handlers.open);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) parser.on('closetag', handlers.close);
  return {
    write: (t) => void parser.write(t),
    close: () => void parser.close(),
  };
}

function expectSameAsSaxes(xml: string, sizes: readonly number[] = [xml.length || 1, 1, 3, 17]): void {
  for (const size of sizes) {
    expect([size, ...outcome((h) => createXmlParser(PART, h), xml, size)]).toEqual([size, ...outcome(saxesAlone, xml, size)]);
  }
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>' +
  '<row r="6" spans="2:7"><c r="B6" t="s"><v>0</v></c><c r="C6" s="3" t="inlineStr"><is><t xml:space="preserve"> Tavoite &amp; mittari </t></is></c></row>' +
  '<row r="7"><c r="B7" t=\'str\'><f>"Kyllä"&amp;""</f><v>Kyllä</v></c><c r="D7"><v>0.525</v></c><c r="E7" t="b"><v>1</v></c>' +
  '<c r="F7" t="e"><v>#N/A</v></c><c r="G7" t="inlineStr"><is><r><rPr><b/></rPr><t>Osittain</t></r><r><t> &#8211; kesken &#x2192; 2025</t></r></is></c></row>' +
  '</sheetData><mergeCells count="1"><mergeCell ref="B6:C6"/></mergeCells></worksheet>\n';

describe('createXmlParser', () => {
  it('gives a plain sheet part the very events saxes gives, however the text is cut', () => {
    expectSameAsSaxes(SHEET, [SHEET.length, 1, 2, 5, 64]);
  });

  it('gives the same events as saxes where it hands the rest over: comments, CDATA, instructions, carriage returns', () => {
    expectSameAsSaxes(SHEET.replace('<row r="7">', '<!-- Tila: Kyllä/Ei --><row r="7">'));
    expectSameAsSaxes(SHEET.replace('<t>Osittain</t>', '<t><![CDATA[Ei / korona]]></t>'));
    expectSameAsSaxes(SHEET.replace('<sheetData>', '<?mso-application progid="Excel.Sheet"?><sheetData>'));
    expectSameAsSaxes(SHEET.replace(/\n/g, '\r\n'));
    expectSameAsSaxes(SHEET.replace('Kyllä</v>', 'Kyllä\r\nEi</v>'));
    expectSameAsSaxes(SHEET.replace('spans="2:7"', 'spans="2:7\t8"'));
    expectSameAsSaxes(SHEET.replace('<?xml version="1.0"', '<?xml version="1.1"'));
    expectSameAsSaxes(SHEET.replace('mittari', 'mittari 😀'));
    expectSameAsSaxes(SHEET.replace('&#8211;', '&ndash;'));
    expectSameAsSaxes(SHEET.replace('<c r="D7">', '<ä:c r="D7">').replace('</v></c><c r="E7"', '</v></ä:c><c r="E7"'));
  });

  it('refuses what saxes refuses, for the same reason', () => {
    for (const broken of [
      '',
      '   ',
      'Toimenpide;Tila\n',
      '<worksheet><sheetData></worksheet>',
      '<a></a><b/>',
      '<a>text</a>trailing',
      'x<a/>',
      '<a b="1" b="2"/>',
      '<a b="1"c="2"/>',
      '<a b=1/>',
      '<a b="<"/>',
      '<a>&#0;</a>',
      '<a>&#xD800;</a>',
      '<a>x &amp y</a>',
      '<a>]]></a>',
      '<a/ >',
      '<1a/>',
      '<a></a >',
      '<a></A>',
      '<a><b></a></b>',
      '<a>',
      '<a b="1',
      ' <?xml version="1.0"?><a/>',
      '<a/><?xml version="1.0"?>',
      '<?xml version="1.0"?><?xml version="1.0"?><a/>',
      '<?xml version="1.0" encoding="-x"?><a/>',
      '<a>\u0001</a>',
      '<a>\uFFFF</a>',
      '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
      '<?xml version="1.0"?>\n<!DOCTYPE a><a/>',
    ]) {
      expectSameAsSaxes(broken);
    }
  });

  it('reads what saxes reads at the edges: whitespace around the root, both quotes, a __proto__ attribute', () => {
    for (const xml of [
      '<a/>',
      '\n\n<a/>\n',
      '<?xml version="1.0"?>\n  <a x = "1"  y=\'&amp;2\'> <b/> t&lt;x</a >\n \n',
      "<?xml version='1.0' encoding='utf-8'?><a/>",
      '<a __proto__="x" constructor="y"/>',
      '<a b="&#9;&#10;&#13;"/>',
      '<a>&#13;&#x10FFFF;&quot;&apos;&gt;</a>',
      '<a>x]]y]></a>',
      '<x:a xmlns:x="urn:x"><x:b.c-d_e x:f="1"/></x:a>',
    ]) {
      expectSameAsSaxes(xml);
    }
  });

  it('hands a text too long to keep between pieces to saxes, and the text comes out whole', () => {
    const long = `<t>${'Kotihoito 24/7 ja kotihoidon henkilöstöresurssit. '.repeat(25_000)}</t>`;
    expect(long.length).toBeGreaterThan(1 << 20);
    expectSameAsSaxes(long, [32_768]);
    const written = jest.spyOn(SaxesParser.prototype, 'write');
    try {
      outcome((h) => createXmlParser(PART, h), long, 32_768);
      expect(written).toHaveBeenCalled();
    } finally {
      written.mockRestore();
    }
  });

  it('gives attributes no Object.prototype behind them, as saxes does', () => {
    const tags: Array<Readonly<Record<string, string>>> = [];
    const parser = createXmlParser(PART, { open: (tag) => void tags.push(tag.attributes) });
    parser.write('<a __proto__="x" r="B7"/>');
    parser.close();
    expect(tags[0]?.constructor).toBeUndefined();
    expect(tags[0]?.__proto__).toBe('x');
    expect(Object.keys(tags[0] ?? {})).toEqual(['__proto__', 'r']);
  });

  it('reads a plain part without saxes, and hands over only what it does not scan', () => {
    const written = jest.spyOn(SaxesParser.prototype, 'write');
    try {
      outcome((h) => createXmlParser(PART, h), SHEET, 4096);
      expect(written).not.toHaveBeenCalled();
      outcome((h) => createXmlParser(PART, h), SHEET.replace('<mergeCells', '<!-- x --><mergeCells'), 4096);
      expect(written.mock.calls.map(([text]) => String(text)).join('')).toMatch(/^<worksheet><!-- x --><mergeCells/);
    } finally {
      written.mockRestore();
    }
  });

  it('agrees with saxes on every XML part of the seed workbooks and the bundled example', async () => {
    const workbooks = [
      readFileSync(join(__dirname, '../../../../examples/seuranta-esimerkki.xlsx')),
      await workbookDataToXlsx(seed000Workbook()),
      await workbookDataToXlsx(seed002BudgetWorkbook()),
    ];
    let parts = 0;
    for (const bytes of workbooks) {
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
        const xml = await zip.file(name)!.async('string');
        expectSameAsSaxes(xml, [xml.length || 1, 4096, 13]);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(20);
  });

  it('agrees with saxes on a thousand damaged copies of a sheet', () => {
    let seed = 20261204;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const marks = ['<', '>', '/', '&', ';', '"', "'", '=', ' ', '!', '?', '[', ']', '-', '\r', '\n', '\t', '#', 'x', 'ä', '\u0001'];
    let refused = 0;
    for (let n = 0; n < 1000; n++) {
      let xml = SHEET;
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * xml.length);
        const mark = marks[Math.floor(random() * marks.length)] ?? '<';
        const kind = random();
        xml =
          kind < 0.4
            ? xml.slice(0, at) + mark + xml.slice(at)
            : kind < 0.8
              ? xml.slice(0, at) + xml.slice(at + 1)
              : xml.slice(0, at) + mark + xml.slice(at + 1);
      }
      const size = 1 + Math.floor(random() * 200);
      const expected = outcome(saxesAlone, xml, size);
      expect([xml, size, ...outcome((h) => createXmlParser(PART, h), xml, size)]).toEqual([xml, size, ...expected]);
      if (expected.length === 1) refused++;
    }
    // Most damage is refused; the rest must read alike too.
    expect(refused).toBeGreaterThan(500);
  });
});
