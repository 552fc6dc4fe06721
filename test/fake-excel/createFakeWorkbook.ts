/** Builds a fake workbook from the same grids the core reads, runs batches on it, and reads its state back for assertions. */
import { columnLetter } from '../../src/core/a1/columnLetter';
import { parseRange } from '../../src/core/a1/parseRange';
import type { CellValue } from '../../src/core/grid';
import { printAddress } from './addresses';
import { LATEST_EXCEL_API } from './excelApiMembers.generated';
import { addSheet, FakeRequestContext } from './fakeExcelApi';
import { hostHas, memberOf } from './requirements';
import { strict } from './strict';
import {
  cellOf,
  usedRangeOf,
  type FakeChart,
  type FakeFaults,
  type FakeFont,
  type FakeHyperlink,
  type FakePageLayout,
  type FakeSheet,
  type FakeStats,
  type FakeWorkbookModel,
  type FakeWorkbookOptions,
} from './model';

/** A sheet to start from: a core `Grid` (origin and tables optional), plus what only a workbook has. */
export interface FakeSheetInit {
  sheet: string;
  origin?: { row: number; col: number };
  values: readonly (readonly CellValue[])[];
  tables?: readonly { name: string; range: string; showHeaders: boolean }[];
  merges?: readonly string[];
  visible?: boolean;
  /** Hidden so that only code (or VBA) can show it again: Excel refuses to delete it. */
  veryHidden?: boolean;
  protected?: boolean;
  /** Cells with an indent level (absolute row/col), as the core's Grid has them. */
  indents?: readonly { row: number; col: number; level: number }[];
  /** Number formats by A1 cell, e.g. dates typed by the user. */
  numberFormats?: Record<string, string>;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  protected: boolean;
  /** Values from A1 to the used range's bottom-right corner; errors as their text, empty cells as null. */
  values: (string | number | boolean | null)[][];
  /** Cells holding formulas, by A1 address. */
  formulas: Record<string, string>;
  /** Cells whose text was entered with Excel's quote prefix. */
  quotePrefixed: string[];
  numberFormats: Record<string, string>;
  fills: Record<string, string>;
  fonts: Record<string, FakeFont>;
  /** Cells with a `Range.hyperlink`, by A1 address. */
  hyperlinks: Record<string, FakeHyperlink>;
  conditionalFormats: {
    range: string;
    type: string;
    formula: string | null;
    fill: string | null;
    fontColor: string | null;
    strikethrough: boolean | null;
    borders: Record<string, string>;
    stopIfTrue: boolean;
  }[];
  charts: Omit<FakeChart, 'id'>[];
  freeze: { rows: number; cols: number };
  /** Column widths in points, by column letter. */
  columnWidths: Record<string, number>;
  hiddenColumns: string[];
  tables: { name: string; range: string; showHeaders: boolean; style?: string; showBandedRows?: boolean; showFilterButton?: boolean }[];
  /** How the sheet prints: Excel's defaults unless `Worksheet.pageLayout` (ExcelApi 1.9) changed them. */
  pageLayout: FakePageLayout;
  /** Ranges whose rows were fitted to their text (`RangeFormat.autofitRows`). */
  autofitRows: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  settings: Record<string, unknown>;
  /** Review > Protect Workbook: the structure is protected. */
  structureProtected: boolean;
}

export interface FakeWorkbook {
  readonly model: FakeWorkbookModel;
  readonly stats: FakeStats;
  readonly faults: FakeFaults;
  /** `Excel.run` over this workbook, with or without `Excel.RunOptions` (e.g. `{ delayForCellEdit: true }`). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Plain data (JSON-safe) of everything a test checks. */
  snapshot(): WorkbookSnapshot;
  sheetNames(): string[];
  /** A sheet's snapshot by name (case-insensitive), or undefined. */
  sheet(name: string): SheetSnapshot | undefined;
  protectSheet(name: string, on?: boolean): void;
  /** Protects (or unprotects) the workbook's structure, as Review > Protect Workbook does. */
  protectStructure(on?: boolean): void;
  resetStats(): void;
  /** Runs a ribbon command registered with `Office.actions.associate`; resolves when it calls `event.completed()`. */
  invokeAction(name: string): Promise<void>;
  /** Addresses of the dialogs the add-in opened and whether each is still open (JSON-safe). */
  dialogs(): { url: string; open: boolean }[];
  /** The user answers the newest open dialog: its page messages the opener (`message`), or the user closes its frame. */
  answerDialog(how: { message: string } | 'closeFrame'): void;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel's serial day number of a date (the UTC calendar day). */
export function toSerial(d: Date): number {
  return (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - EXCEL_EPOCH) / 86400000;
}

export function createFakeWorkbook(sheets: readonly FakeSheetInit[], options: FakeWorkbookOptions = {}): FakeWorkbook {
  const model: FakeWorkbookModel = {
    sheets: [],
    activeSheetId: null,
    selection: null,
    settings: new Map(),
    options: {
      excelApi: options.excelApi ?? LATEST_EXCEL_API,
      platform: options.platform ?? 'OfficeOnline',
      payloadLimit: options.payloadLimit ?? 5 * 1024 * 1024,
      culture: options.culture ?? 'fi-FI',
      displayLanguage: options.displayLanguage ?? 'fi-FI',
    },
    faults: cellEditAware(
      { failAtWrite: null, failWhen: null, cellEditMode: false, cellEditCode: 'InvalidOperationInCellEditMode', runDelayMs: 0 },
      () => model,
    ),
    stats: { syncs: 0, requestBytes: [], responseBytes: [], writes: 0 },
    actions: new Map(),
    dialogs: [],
    messagesToParent: [],
    nextId: 1,
    writesSinceFault: 0,
    structureProtected: false,
    cellEditWaiters: [],
  };
  let tableNo = 1;
  for (const init of sheets.length ? sheets : [{ sheet: 'Taul1', values: [] }]) {
    const s = addSheet(model, init.sheet);
    const top = init.origin?.row ?? 1;
    const left = init.origin?.col ?? 1;
    init.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null || v === '') return;
        const cell = cellOf(s, top + i, left + j, true);
        if (v instanceof Date) {
          cell.value = toSerial(v);
          cell.numberFormat = 'd.m.yyyy';
        } else cell.value = v;
      }),
    );
    for (const [a1, fmt] of Object.entries(init.numberFormats ?? {})) {
      const r = parseRange(a1);
      if (r) cellOf(s, r.top, r.left, true).numberFormat = fmt;
    }
    for (const { row, col, level } of init.indents ?? []) cellOf(s, row, col, true).indentLevel = level;
    for (const t of init.tables ?? []) {
      const r = parseRange(t.range);
      if (r) s.tables.push({ id: String(tableNo++), name: t.name, range: r, showHeaders: t.showHeaders });
    }
    for (const m of init.merges ?? []) {
      const r = parseRange(m);
      if (r) s.merges.push(r);
    }
    if (init.visible === false) s.visibility = 'Hidden';
    if (init.veryHidden) s.visibility = 'VeryHidden';
    if (init.protected) s.protected = true;
  }
  const first = model.sheets.find((s) => s.visibility === 'Visible') ?? model.sheets[0];
  model.activeSheetId = first?.id ?? null;
  model.selection = first ? { sheetId: first.id, range: { top: 1, left: 1, bottom: 1, right: 1 } } : null;

  const fake: FakeWorkbook = {
    model,
    get stats() {
      return model.stats;
    },
    get faults() {
      return model.faults;
    },
    async run<T>(...args: unknown[]): Promise<T> {
      const batch = args.at(-1) as (context: Excel.RequestContext) => Promise<T>;
      if (model.faults.runDelayMs > 0) await new Promise((resume) => setTimeout(resume, model.faults.runDelayMs));
      const context = new FakeRequestContext(model);
      if (args.length > 1) applyRunOptions(context, args[0]);
      const result = await batch(strict(context) as unknown as Excel.RequestContext);
      await context.sync();
      return result;
    },
    snapshot: () => snapshotOf(model),
    sheetNames: () => model.sheets.map((s) => s.name),
    sheet: (name) => {
      const s = model.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      return s ? sheetSnapshot(s) : undefined;
    },
    protectSheet(name, on = true) {
      const s = model.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s) throw new Error(`no sheet ${name}`);
      s.protected = on;
    },
    protectStructure(on = true) {
      model.structureProtected = on;
    },
    dialogs: () => model.dialogs.map((d) => ({ url: d.url, open: d.open })),
    answerDialog(how) {
      const dialog = [...model.dialogs].reverse().find((d) => d.open);
      if (!dialog) throw new Error('no dialog is open');
      if (how === 'closeFrame') {
        dialog.open = false;
        // 12006: the user closed the dialog (Office's DialogEventReceived code).
        for (const handler of dialog.handlers.event) handler({ error: 12006 });
      } else {
        for (const handler of dialog.handlers.message) handler(how);
      }
    },
    resetStats() {
      model.stats.syncs = 0;
      model.stats.requestBytes = [];
      model.stats.responseBytes = [];
      model.stats.writes = 0;
      model.writesSinceFault = 0;
    },
    invokeAction(name) {
      const fn = model.actions.get(name);
      if (!fn) return Promise.reject(new Error(`no action '${name}' associated`));
      return new Promise<void>((resolve, reject) => {
        const event = { source: { id: name }, completed: () => resolve() };
        try {
          const out = fn(event);
          if (out instanceof Promise) out.catch(reject);
        } catch (e) {
          reject(e);
        }
      });
    },
  };
  return fake;
}

/** The faults object, whose `cellEditMode` going false lets the batches that wait for it (delayForCellEdit) go on. */
function cellEditAware(faults: FakeFaults, model: () => FakeWorkbookModel): FakeFaults {
  let editing = faults.cellEditMode;
  Object.defineProperty(faults, 'cellEditMode', {
    enumerable: true,
    get: () => editing,
    set: (on: boolean) => {
      editing = on;
      if (on) return;
      const waiting = model().cellEditWaiters.splice(0);
      for (const resume of waiting) resume();
    },
  });
  return faults;
}

/**
 * `Excel.run`'s first argument: RunOptions (the typings' fields only; `delayForCellEdit` honoured), or previous objects, which
 * the fake does not model.
 */
function applyRunOptions(context: FakeRequestContext, options: unknown): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options) || 'context' in options) {
    throw new TypeError('The fake Excel.run takes RunOptions or no first argument; previous objects are not modelled.');
  }
  for (const [key, value] of Object.entries(options)) {
    const member = memberOf('RunOptions', key);
    if (!member || member.kind !== 'property') throw new TypeError(`Excel.RunOptions has no field '${key}' in @types/office-js.`);
    if (!hostHas(context.model.options, member.get)) {
      throw new TypeError(`Excel.RunOptions.${key} needs ${member.get ?? ''}, which this host lacks.`);
    }
    if (key === 'delayForCellEdit') context.delayForCellEdit = value === true;
  }
}

function snapshotOf(model: FakeWorkbookModel): WorkbookSnapshot {
  const byId = (id: string | undefined | null) => model.sheets.find((s) => s.id === id);
  const sel = model.selection;
  const selSheet = byId(sel?.sheetId);
  return {
    sheets: model.sheets.map(sheetSnapshot),
    activeSheet: byId(model.activeSheetId)?.name ?? null,
    selection: sel && selSheet ? { sheet: selSheet.name, address: printAddress(sel.range) } : null,
    settings: Object.fromEntries(model.settings),
    structureProtected: model.structureProtected,
  };
}

function sheetSnapshot(s: FakeSheet): SheetSnapshot {
  const used = usedRangeOf(s, true);
  const values: SheetSnapshot['values'] = [];
  if (used) {
    for (let row = 1; row <= used.bottom; row++) {
      const line: (string | number | boolean | null)[] = [];
      for (let col = 1; col <= used.right; col++) {
        const v = cellOf(s, row, col)?.value ?? '';
        line.push(v === '' ? null : typeof v === 'object' ? v.error : v);
      }
      values.push(line);
    }
  }
  const formulas: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  const fills: Record<string, string> = {};
  const fonts: Record<string, FakeFont> = {};
  const hyperlinks: Record<string, FakeHyperlink> = {};
  const quotePrefixed: string[] = [];
  for (const [row, cols] of s.cells) {
    for (const [col, cell] of cols) {
      const a1 = `${columnLetter(col)}${row}`;
      if (cell.formula !== undefined) formulas[a1] = cell.formula;
      if (cell.quotePrefix) quotePrefixed.push(a1);
      if (cell.numberFormat !== undefined) numberFormats[a1] = cell.numberFormat;
      if (cell.fill) fills[a1] = cell.fill;
      if (cell.font) fonts[a1] = cell.font;
      if (cell.hyperlink) hyperlinks[a1] = { ...cell.hyperlink };
    }
  }
  return {
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    values,
    formulas,
    quotePrefixed,
    numberFormats,
    fills,
    fonts,
    hyperlinks,
    conditionalFormats: s.conditionalFormats.map((cf) => ({
      range: printAddress(cf.range),
      type: cf.type,
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
      strikethrough: cf.strikethrough,
      borders: { ...cf.borders },
      stopIfTrue: cf.stopIfTrue,
    })),
    charts: s.charts.map(({ id: _id, ...c }) => ({ ...c })),
    freeze: { ...s.freeze },
    columnWidths: Object.fromEntries([...s.columnWidths].map(([c, w]) => [columnLetter(c), w])),
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b).map(columnLetter),
    tables: s.tables.map((t) => ({
      name: t.name,
      range: printAddress(t.range),
      showHeaders: t.showHeaders,
      ...(t.style === undefined ? {} : { style: t.style }),
      ...(t.showBandedRows === undefined ? {} : { showBandedRows: t.showBandedRows }),
      ...(t.showFilterButton === undefined ? {} : { showFilterButton: t.showFilterButton }),
    })),
    pageLayout: structuredClone(s.pageLayout),
    autofitRows: s.autofitRows.map(printAddress),
  };
}
