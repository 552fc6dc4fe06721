import { excelApiMembers } from './excelApiMembers';

/** An excerpt in the shape of @types/office-js: a base class outside Excel, JSDoc tags per member and per class. */
const DTS = `
declare namespace OfficeExtension {
    class ClientObject {
        /** The request context associated with the object */
        context: ClientRequestContext;
        isNullObject: boolean;
    }
}
declare namespace Excel {
    /**
     * This object represents the font attributes (font name, font size, color, etc.) for an object.
     * @remarks
     * [Api set: ExcelApi 1.1]
     */
    class RangeFont extends OfficeExtension.ClientObject {
        /**
         * Specifies the italic status of the font.
         * @remarks
         * [Api set: ExcelApi 1.1]
         */
        italic: boolean;
        /**
         * Specifies the strikethrough status of font.
         * @remarks
         * [Api set: ExcelApi 1.9]
         */
        strikethrough: boolean;
        load(propertyNames?: string | string[]): Excel.RangeFont;
    }
    /**
     * An Excel worksheet.
     * @remarks
     * [Api set: ExcelApi 1.1]
     */
    class Worksheet extends OfficeExtension.ClientObject {
        /**
         * The visibility of the worksheet.
         * @remarks
         * [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]
         */
        visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
        /**
         * Gets an object that can be used to manipulate frozen panes on the worksheet.
         * @remarks
         * [Api set: ExcelApi 1.7]
         */
        readonly freezePanes: Excel.WorksheetFreezePanes;
        /**
         * Copies a worksheet.
         * @remarks
         * [Api set: ExcelApi 1.7]
         */
        copy(positionType?: Excel.WorksheetPositionType): Excel.Worksheet;
    }
    /**
     * @remarks
     * [Api set: ExcelApi 1.1]
     */
    enum ClearApplyTo {
        /**
         * Clears everything in the range.
         * @remarks
         * [Api set: ExcelApi 1.1]
         */
        all = "All",
        /**
         * Clears all hyperlinks, but leaves all content and formatting intact.
         * @remarks
         * [Api set: ExcelApi 1.7]
         */
        hyperlinks = "Hyperlinks"
    }
    namespace Interfaces {
        interface RangeFontData { italic?: boolean; }
    }
}
`;

describe('excelApiMembers', () => {
  it('gives each member the requirement set of its own JSDoc tag', () => {
    const { RangeFont } = excelApiMembers(DTS, ['RangeFont']);
    expect(RangeFont?.italic).toEqual({ kind: 'property', readonly: false, get: 'ExcelApi 1.1', set: 'ExcelApi 1.1' });
    expect(RangeFont?.strikethrough).toEqual({ kind: 'property', readonly: false, get: 'ExcelApi 1.9', set: 'ExcelApi 1.9' });
  });

  it("gives an untagged member its class's set and inherited members none", () => {
    const { RangeFont } = excelApiMembers(DTS, ['RangeFont']);
    expect(RangeFont?.load).toEqual({ kind: 'method', call: 'ExcelApi 1.1' });
    expect(RangeFont?.isNullObject).toEqual({ kind: 'property', readonly: false, get: null, set: null });
    expect(Object.keys(RangeFont ?? {})).toEqual(['context', 'isNullObject', 'italic', 'load', 'strikethrough']);
  });

  it('splits read and write sets, keeps readonly navigation properties unwritable, and lists methods', () => {
    const { Worksheet } = excelApiMembers(DTS, ['Worksheet']);
    expect(Worksheet?.visibility).toEqual({ kind: 'property', readonly: false, get: 'ExcelApi 1.1', set: 'ExcelApi 1.2' });
    expect(Worksheet?.freezePanes).toEqual({ kind: 'property', readonly: true, get: 'ExcelApi 1.7', set: null });
    expect(Worksheet?.copy).toEqual({ kind: 'method', call: 'ExcelApi 1.7' });
  });

  it('gives each enum value the set that brought it', () => {
    expect(excelApiMembers(DTS, ['ClearApplyTo']).ClearApplyTo).toEqual({
      all: { kind: 'enumValue', value: 'All', since: 'ExcelApi 1.1' },
      hyperlinks: { kind: 'enumValue', value: 'Hyperlinks', since: 'ExcelApi 1.7' },
    });
  });

  it('refuses a class the typings do not have', () => {
    expect(() => excelApiMembers(DTS, ['RangeFontData'])).toThrow(/no Excel.RangeFontData/);
  });
});
