/**
 * The namespaces of OOXML's two conformance classes. Excel saves Transitional unless the user picks "Strict Open XML
 * Spreadsheet"; a Strict workbook's parts all use the purl.oclc.org names, and the tool's new parts must too. The
 * package's own names (relationships parts, content types) are the same in both.
 */
export interface OoxmlNamespaces {
  /** SpreadsheetML: the workbook, worksheets, styles and tables. */
  spreadsheetml: string;
  /** Relationships: `r:id` attributes, and the stem of relationship types (`${relationships}/worksheet`). */
  relationships: string;
  /** DrawingML's shared elements (`a:`). */
  drawingml: string;
  /** Charts (`c:`), which is also the `uri` of the drawing's graphic data holding one. */
  chart: string;
  /** A sheet's drawing part (`xdr:`). */
  spreadsheetDrawing: string;
}

/** What Excel saves by default. */
export const TRANSITIONAL: OoxmlNamespaces = {
  spreadsheetml: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawingml: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

/** ISO/IEC 29500 Strict, Excel's "Strict Open XML Spreadsheet". */
export const STRICT: OoxmlNamespaces = {
  spreadsheetml: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  drawingml: 'http://purl.oclc.org/ooxml/drawingml/main',
  chart: 'http://purl.oclc.org/ooxml/drawingml/chart',
  spreadsheetDrawing: 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
};
