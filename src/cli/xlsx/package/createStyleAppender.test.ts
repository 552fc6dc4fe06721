import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { createStyleAppender } from './createStyleAppender';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A styles part as Excel writes it for a workbook in Arial 10, with one custom format already in use. */
const EXCEL_STYLES =
  `<styleSheet xmlns="${SML}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d.m.yyyy"/></numFmts>` +
  '<fonts count="1"><font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><tableStyles count="0"/></styleSheet>';

function parse(xml: string) {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

describe('createStyleAppender', () => {
  it("makes new fonts from the workbook's own (Arial 10 stays Arial 10, bold)", () => {
    const doc = parse(EXCEL_STYLES);
    const styles = createStyleAppender(doc);
    expect(styles.cellXf({ bold: true })).toBe(2);
    const xml = new XMLSerializer().serializeToString(doc);
    expect(xml).toContain('<fonts count="2">');
    expect(xml).toContain(
      '<font><b/><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/><scheme val="minor"/></font></fonts>',
    );
    expect(xml).toContain('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>');
  });

  it('shares one entry between equal styles and gives the default style index 0', () => {
    const styles = createStyleAppender(parse(EXCEL_STYLES));
    expect(styles.cellXf({})).toBe(0);
    const first = styles.cellXf({ fill: '#63BE7B', bold: true });
    expect(styles.cellXf({ bold: true, fill: '#63BE7B' })).toBe(first);
    expect(styles.cellXf({ fill: '#63BE7B' })).not.toBe(first);
  });

  it("refers to built-in and the workbook's existing number formats and numbers new ones after them", () => {
    const doc = parse(EXCEL_STYLES);
    const styles = createStyleAppender(doc);
    styles.cellXf({ numberFormat: '#,##0' });
    styles.cellXf({ numberFormat: 'd.m.yyyy' });
    styles.cellXf({ numberFormat: '0.0 %' });
    const xml = new XMLSerializer().serializeToString(doc);
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="d.m.yyyy"/><numFmt numFmtId="165" formatCode="0.0 %"/></numFmts>',
    );
    expect(xml).toContain('<xf numFmtId="3" fontId="0"');
    expect(xml.match(/<xf numFmtId="164"/g)).toHaveLength(1);
    expect(xml).toContain('<xf numFmtId="165"');
  });

  it('puts the colour rules in a dxfs section where the schema wants it, before tableStyles', () => {
    const doc = parse(EXCEL_STYLES);
    const styles = createStyleAppender(doc);
    expect(styles.dxf({ formula: '=$A2="x"', fill: '#F8696B', fontColor: '#9C0006', strike: true, stopIfTrue: true })).toBe(0);
    expect(styles.dxf({ formula: '=$A2="y"', outline: '#7F7F7F', stopIfTrue: false })).toBe(1);
    const xml = new XMLSerializer().serializeToString(doc);
    expect(xml).toContain(
      '</cellStyles><dxfs count="2"><dxf><font><strike/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFF8696B"/></patternFill></fill></dxf>',
    );
    expect(xml).toMatch(/<\/dxfs><tableStyles/);
  });

  it('finds its own entries again in a part it extended before, and any equal entry of the workbook, instead of adding them again', () => {
    const style = { bold: true, fill: '#DDEBF7', border: { bottom: '#8EA9DB' }, numberFormat: '0.0 %', hAlign: 'center' as const };
    const rule = { formula: '=$A2="x"', fill: '#F8696B', fontColor: '#9C0006', strike: true, stopIfTrue: true };
    const first = parse(EXCEL_STYLES);
    const firstStyles = createStyleAppender(first);
    const xf = firstStyles.cellXf(style);
    const dxf = firstStyles.dxf(rule);
    const once = new XMLSerializer().serializeToString(first);

    const second = parse(once);
    const secondStyles = createStyleAppender(second);
    expect(secondStyles.cellXf(style)).toBe(xf);
    expect(secondStyles.dxf(rule)).toBe(dxf);
    expect(new XMLSerializer().serializeToString(second)).toBe(once);
    // A style the part has not seen is still added.
    expect(secondStyles.cellXf({ italic: true })).toBe(xf + 1);

    // The workbook's own date format cell style, met again, is that entry.
    expect(createStyleAppender(parse(EXCEL_STYLES)).cellXf({ numberFormat: 'd.m.yyyy' })).toBe(1);
  });

  it('gives an empty styles part the entries Excel expects at its start', () => {
    const doc = parse(`<styleSheet xmlns="${SML}"/>`);
    expect(createStyleAppender(doc).cellXf({ italic: true })).toBe(1);
    const xml = new XMLSerializer().serializeToString(doc);
    expect(xml).toMatch(
      /^<styleSheet [^>]*><fonts count="2">.*<\/fonts><fills count="2">.*gray125.*<\/fills><borders count="1">.*<\/borders><cellXfs count="2">/,
    );
  });
});
