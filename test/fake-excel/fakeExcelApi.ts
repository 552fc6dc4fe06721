/**
 * Office.js-shaped objects over the in-memory workbook: writes queue until sync, loads resolve at sync, reads before that throw.
 * Each class names the Excel class it stands for (`apiClass`); `strict.ts` shows the code under test only the members the
 * typings give that class, with their requirement sets. The classes here are the fake's inside and check no requirement set.
 */
import type { CellRange } from '../../src/core/a1/parseRange';
import { parseAddress, printAddress, quoteSheet } from './addresses';
import { enterCell } from './enterCell';
import { recalculate, renameSheetInFormula } from './formulas';
import {
  cellOf,
  defaultPageLayout,
  intersects,
  MAX_CELL_TEXT,
  MAX_COLS,
  MAX_ROWS,
  usedRangeOf,
  type FakeCell,
  type FakeChart,
  type FakeChartSeries,
  type FakeConditionalFormat,
  type FakeHyperlink,
  type FakePageLayout,
  type FakeScalar,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbookModel,
} from './model';
import { apiNotFoundMessage, enumValueSince, hostHas, memberOf } from './requirements';

/** The error Office.js rejects a batch with (OfficeExtension.Error): `code` and `debugInfo` as the real one. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** What one queued action does at sync: apply itself, say how many bytes it returns, and publish loaded values. */
interface Outcome {
  bytes: number;
  commit?: () => void;
}
export interface Op {
  describe: string;
  requestBytes: number;
  run: () => Outcome;
}

export const OP_OVERHEAD = 40;
const jsonSize = (v: unknown): number => JSON.stringify(v ?? null).length;

const CELL_EDIT_MESSAGE =
  'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.';

export class FakeRequestContext {
  readonly apiClass = 'RequestContext';
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** Set by `Excel.run({ delayForCellEdit: true }, …)`: syncs wait out cell-edit mode instead of failing. */
  delayForCellEdit = false;
  private ops: Op[] = [];
  constructor(readonly model: FakeWorkbookModel) {
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }

  /** @internal */
  queue(op: Op): void {
    this.ops.push(op);
  }

  /** @internal A write: counted, fault-injected, refused on a protected sheet. */
  queueWrite(describe: string, payload: unknown, apply: () => FakeSheet | null | void): void {
    const model = this.model;
    this.queue({
      describe,
      requestBytes: OP_OVERHEAD + jsonSize(payload),
      run: () => {
        model.stats.writes++;
        model.writesSinceFault++;
        if (model.faults.failAtWrite !== null && model.writesSinceFault === model.faults.failAtWrite) {
          throw new FakeOfficeError('GeneralException', 'An internal error has occurred.', describe);
        }
        if (model.faults.failWhen?.test(describe))
          throw new FakeOfficeError('GeneralException', 'An internal error has occurred.', describe);
        apply();
        return { bytes: 0 };
      },
    });
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const ops = this.ops;
    this.ops = [];
    const model = this.model;
    await Promise.resolve();
    // Office.js sends nothing for an empty queue (Excel.run's closing sync after an explicit one costs no round trip).
    if (ops.length === 0) return passThroughValue;
    if (model.faults.cellEditMode && this.delayForCellEdit) {
      // Excel holds the request until the user presses Enter, Tab or Esc.
      await new Promise<void>((resolve) => model.cellEditWaiters.push(resolve));
    }
    model.stats.syncs++;
    const requestBytes = ops.reduce((n, op) => n + op.requestBytes, 0);
    model.stats.requestBytes.push(requestBytes);
    const limit = model.options.platform === 'OfficeOnline' ? model.options.payloadLimit : Infinity;
    if (model.faults.cellEditMode) {
      // The whole batch is refused before any statement runs: no statement to blame.
      model.stats.responseBytes.push(0);
      throw new FakeOfficeError(model.faults.cellEditCode, CELL_EDIT_MESSAGE);
    }
    if (requestBytes > limit) {
      model.stats.responseBytes.push(0);
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    let responseBytes = 0;
    const commits: (() => void)[] = [];
    try {
      for (const op of ops) {
        try {
          const out = op.run();
          responseBytes += out.bytes;
          if (out.commit) commits.push(out.commit);
        } catch (e) {
          if (e instanceof FakeOfficeError) throw e;
          throw new FakeOfficeError('GeneralException', String(e), op.describe);
        }
      }
    } finally {
      model.stats.responseBytes.push(responseBytes);
      recalculate(model);
    }
    if (responseBytes > limit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const commit of commits) commit();
    return passThroughValue;
  }
}

/** Anything a load can reach: it reads its paths at sync time. */
interface Collectable {
  collect(paths: string[] | null): Outcome;
  toJSON(): Record<string, unknown>;
}

type PropDef<T> = { get: (t: T) => unknown; set?: (t: T, v: unknown) => FakeSheet | null | void };

/** A proxy: finds its object at sync time (and keeps it), loads scalar properties, queues writes. */
export abstract class ClientObject<T> {
  /** The Excel class this stands for, e.g. `Range`: its members and requirement sets come from the typings. */
  abstract readonly apiClass: string;
  protected readonly loaded = new Map<string, unknown>();
  private bound: T | null | undefined = undefined;
  constructor(
    readonly context: FakeRequestContext,
    private readonly locate: () => T | null,
    private readonly nullable = false,
    /** Where the object comes from, for error messages. */
    protected readonly path = 'object',
  ) {
    if (nullable) {
      context.queue({
        describe: `${path} (resolve)`,
        requestBytes: OP_OVERHEAD,
        run: () => {
          const t = this.resolve();
          return { bytes: 20, commit: () => this.loaded.set('$isNull', t === null) };
        },
      });
    } else {
      this.loaded.set('$isNull', false);
    }
  }

  get isNullObject(): boolean {
    return this.read('$isNull') as boolean;
  }

  protected abstract props(): Record<string, PropDef<T>>;
  protected children(): Record<string, () => Collectable> {
    return {};
  }

  /** @internal The object this proxy stands for, or null for a null object; throws for a missing one. */
  resolve(): T | null {
    if (this.bound === undefined) this.bound = this.locate();
    if (this.bound === null && !this.nullable)
      throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`, this.path);
    this.checkAlive(this.bound);
    return this.bound;
  }
  protected checkAlive(_t: T | null): void {}

  /** @internal */
  target(): T | null {
    return this.resolve();
  }

  load(spec?: string | string[] | { select?: string }): this {
    const paths = normalisePaths(spec);
    this.context.queue({ describe: `${this.path}.load`, requestBytes: OP_OVERHEAD + jsonSize(paths), run: () => this.collect(paths) });
    return this;
  }

  /**
   * @internal Reads the paths now (at sync) and returns how to publish them once the batch succeeds. A path the typings do not
   * have on this class is refused; one above the host's requirement sets fails with ApiNotFound, as in Excel. Loading
   * everything (no paths) loads what the host has.
   */
  collect(paths: string[] | null): Outcome {
    const t = this.resolve();
    const props = this.props();
    const children = this.children();
    const own = new Set<string>();
    const nested = new Map<string, string[]>();
    const host = this.context.model.options;
    const requirementOf = (name: string): string | null => {
      const member = memberOf(this.apiClass, name);
      if (!member || member.kind !== 'property') {
        throw new FakeOfficeError('InvalidArgument', `The property '${name}' does not exist on Excel.${this.apiClass}.`, this.path);
      }
      return member.get;
    };
    if (paths === null) {
      for (const name of Object.keys(props)) if (hostHas(host, requirementOf(name))) own.add(name);
    }
    for (const p of paths ?? []) {
      const [head = '', ...rest] = p.split('/');
      const requirement = requirementOf(head);
      if (!hostHas(host, requirement)) {
        throw new FakeOfficeError('ApiNotFound', apiNotFoundMessage(`${this.apiClass}.${head}`, requirement), this.path);
      }
      if (rest.length === 0 && head in props) own.add(head);
      else if (head in children) nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
      else if (head in props) own.add(head);
      else throw new FakeOfficeError('InvalidArgument', `The fake cannot load '${head}' of Excel.${this.apiClass} yet.`, this.path);
    }
    const values = new Map<string, unknown>();
    for (const name of own) {
      const def = props[name];
      if (def) values.set(name, t === null ? null : def.get(t));
    }
    let bytes = jsonSize(Object.fromEntries(values));
    const commits: (() => void)[] = [];
    for (const [name, sub] of nested) {
      const child = children[name]?.();
      if (!child) continue;
      const out = child.collect(sub.length ? sub : null);
      bytes += out.bytes;
      if (out.commit) commits.push(out.commit);
    }
    return {
      bytes,
      commit: () => {
        for (const [k, v] of values) this.loaded.set(k, v);
        this.loaded.set('$isNull', t === null);
        for (const c of commits) c();
      },
    };
  }

  protected read(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name === '$isNull' ? 'isNullObject' : name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        this.path,
      );
    }
    return this.loaded.get(name);
  }

  protected write(name: string, value: unknown): void {
    const def = this.props()[name];
    if (!def?.set) throw new TypeError(`${this.path}.${name} is read-only`);
    this.loaded.set(name, value);
    const set = def.set;
    this.context.queueWrite(`${this.path}.${name}=`, value, () => {
      const t = this.resolve();
      if (t === null) return;
      const sheet = set(t, value);
      if (sheet) guardProtected(sheet, `${this.path}.${name}`);
    });
  }

  /** Queues a mutating method call. */
  protected call(name: string, payload: unknown, apply: (t: T) => void): void {
    this.context.queueWrite(`${this.path}.${name}()`, payload, () => {
      const t = this.resolve();
      if (t !== null) apply(t);
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.loaded].filter(([k]) => !k.startsWith('$')));
  }
}

function normalisePaths(spec?: string | string[] | { select?: string }): string[] | null {
  if (spec === undefined) return null;
  const text = Array.isArray(spec) ? spec.join(',') : typeof spec === 'string' ? spec : (spec.select ?? '');
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length ? parts : null;
}

function guardProtected(sheet: FakeSheet, what: string): void {
  if (sheet.protected) {
    throw new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet. (${sheet.name})`, what);
  }
}

/** An enum argument the typings lack is refused; one newer than the host fails with ApiNotFound (e.g. clear('Hyperlinks') below 1.7). */
function requireEnumValue(model: FakeWorkbookModel, enumName: string, value: string, what: string): void {
  const found = enumValueSince(enumName, value);
  if (!found) throw new FakeOfficeError('InvalidArgument', `'${value}' is no Excel.${enumName}.`, what);
  if (!hostHas(model.options, found.since))
    throw new FakeOfficeError('ApiNotFound', apiNotFoundMessage(`${enumName}.${value}`, found.since), what);
}

/** Adding, deleting, renaming, moving, hiding or showing a sheet is refused while the workbook's structure is protected. */
function guardStructure(model: FakeWorkbookModel, what: string): void {
  if (model.structureProtected) {
    throw new FakeOfficeError('AccessDenied', `The workbook's structure is protected. (${what})`, what);
  }
}

/** Items proxies for a collection, created at sync time for the objects that exist then. */
abstract class CollectionObject<T, I extends Collectable> extends ClientObject<T> {
  private itemList: I[] | undefined;
  get items(): I[] {
    if (!this.itemList) this.read('items');
    return this.itemList ?? [];
  }
  protected abstract listItems(t: T): I[];
  protected override props(): Record<string, PropDef<T>> {
    return {};
  }
  override collect(paths: string[] | null): Outcome {
    const t = this.resolve();
    const list = t === null ? [] : this.listItems(t);
    const sub = (paths ?? []).map((p) => (p.startsWith('items/') ? p.slice(6) : p === 'items' ? '' : p)).filter(Boolean);
    let bytes = 2;
    const commits: (() => void)[] = [];
    for (const item of list) {
      const out = item.collect(sub.length ? sub : null);
      bytes += out.bytes + 1;
      if (out.commit) commits.push(out.commit);
    }
    return {
      bytes,
      commit: () => {
        this.itemList = list;
        this.loaded.set('items', true);
        for (const c of commits) c();
      },
    };
  }
  override toJSON(): Record<string, unknown> {
    return { items: (this.itemList ?? []).map((i) => i.toJSON()) };
  }
}

/* ---------------------------------------------------------------- workbook ---------------------------------------------------------------- */

export class WorkbookProxy extends ClientObject<FakeWorkbookModel> {
  get apiClass(): string {
    return 'Workbook';
  }
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: ApplicationProxy;
  readonly protection: WorkbookProtectionProxy;
  constructor(context: FakeRequestContext) {
    super(context, () => context.model, false, 'workbook');
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, () => context.model.sheets.filter((s) => !s.deleted), 'workbook.tables');
    this.settings = new SettingCollectionProxy(context);
    this.application = new ApplicationProxy(context);
    this.protection = new WorkbookProtectionProxy(context, () => context.model, false, 'workbook.protection');
  }
  protected props(): Record<string, PropDef<FakeWorkbookModel>> {
    return { name: { get: () => 'Book.xlsx' } };
  }
  protected override children(): Record<string, () => Collectable> {
    return { protection: () => this.protection, application: () => this.application };
  }
  get name(): string {
    return this.read('name') as string;
  }
  getSelectedRange(): RangeProxy {
    const m = this.context.model;
    return new RangeProxy(
      this.context,
      () => {
        const sel = m.selection;
        const sheet = m.sheets.find((s) => s.id === (sel?.sheetId ?? m.activeSheetId) && !s.deleted);
        if (!sheet) throw new FakeOfficeError('ItemNotFound', 'No selection.');
        return { sheet, r: sel?.range ?? { top: 1, left: 1, bottom: 1, right: 1 } };
      },
      false,
      'workbook.getSelectedRange()',
    );
  }
}

/** Review > Protect Workbook: the structure's protection (ExcelApi 1.7). */
export class WorkbookProtectionProxy extends ClientObject<FakeWorkbookModel> {
  get apiClass(): string {
    return 'WorkbookProtection';
  }
  get protected(): boolean {
    return this.read('protected') as boolean;
  }
  protected props(): Record<string, PropDef<FakeWorkbookModel>> {
    return { protected: { get: (m) => m.structureProtected } };
  }
  protect(password?: string): void {
    this.call('protect', password ?? null, (m) => void (m.structureProtected = true));
  }
  unprotect(password?: string): void {
    this.call('unprotect', password ?? null, (m) => void (m.structureProtected = false));
  }
}

export class ApplicationProxy extends ClientObject<FakeWorkbookModel> {
  get apiClass(): string {
    return 'Application';
  }
  constructor(context: FakeRequestContext) {
    super(context, () => context.model, false, 'application');
  }
  protected props(): Record<string, PropDef<FakeWorkbookModel>> {
    return { calculationMode: { get: () => 'Automatic' } };
  }
  get calculationMode(): string {
    return this.read('calculationMode') as string;
  }
}

/* ---------------------------------------------------------------- worksheets ---------------------------------------------------------------- */

function findSheet(model: FakeWorkbookModel, key: string): FakeSheet | null {
  const lower = key.toLowerCase();
  return model.sheets.find((s) => !s.deleted && (s.id === key || s.name.toLowerCase() === lower)) ?? null;
}

function checkSheetName(model: FakeWorkbookModel, name: string, self?: FakeSheet): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (sheet name '${name}')`);
  }
  const other = findSheet(model, name);
  if (other && other !== self)
    throw new FakeOfficeError('ItemAlreadyExists', `A resource with the same name or identifier already exists. ('${name}')`);
}

/** Every formula of the workbook after sheet `from` was renamed to `to`, or deleted (`to` null), as Excel rewrites them. */
function rewriteReferences(model: FakeWorkbookModel, from: string, to: string | null): void {
  for (const sheet of model.sheets) {
    for (const cols of sheet.cells.values()) {
      for (const cell of cols.values()) if (cell.formula !== undefined) cell.formula = renameSheetInFormula(cell.formula, from, to);
    }
  }
}

/** @internal Creates a sheet in the model, as `worksheets.add` does at sync. */
export function addSheet(model: FakeWorkbookModel, name: string): FakeSheet {
  checkSheetName(model, name);
  const sheet: FakeSheet = {
    id: `{${String(model.nextId++).padStart(8, '0')}-0000-4000-8000-000000000000}`,
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    tables: [],
    merges: [],
    conditionalFormats: [],
    charts: [],
    freeze: { rows: 0, cols: 0 },
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    pageLayout: defaultPageLayout(),
    autofitRows: [],
    deleted: false,
  };
  model.sheets.push(sheet);
  return sheet;
}

export class WorksheetCollectionProxy extends CollectionObject<FakeWorkbookModel, WorksheetProxy> {
  get apiClass(): string {
    return 'WorksheetCollection';
  }
  constructor(context: FakeRequestContext) {
    super(context, () => context.model, false, 'worksheets');
  }
  protected listItems(m: FakeWorkbookModel): WorksheetProxy[] {
    return m.sheets.filter((s) => !s.deleted).map((s) => new WorksheetProxy(this.context, () => s, false, `worksheets['${s.name}']`));
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => findSheet(this.context.model, key), false, `worksheets.getItem('${key}')`);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => findSheet(this.context.model, key), true, `worksheets.getItemOrNullObject('${key}')`);
  }
  getActiveWorksheet(): WorksheetProxy {
    const m = this.context.model;
    return new WorksheetProxy(
      this.context,
      () => m.sheets.find((s) => s.id === m.activeSheetId && !s.deleted) ?? null,
      false,
      'worksheets.getActiveWorksheet()',
    );
  }
  getCount(): { value: number } {
    const result = { value: -1 };
    this.context.queue({
      describe: 'worksheets.getCount()',
      requestBytes: OP_OVERHEAD,
      run: () => ({ bytes: 8, commit: () => (result.value = this.context.model.sheets.filter((s) => !s.deleted).length) }),
    });
    return result;
  }
  add(name?: string): WorksheetProxy {
    const m = this.context.model;
    let created: FakeSheet | null = null;
    const proxy = new WorksheetProxy(
      this.context,
      () => {
        if (!created) throw new FakeOfficeError('ItemNotFound', 'The sheet was not added.');
        return created;
      },
      false,
      `worksheets.add('${name ?? ''}')`,
    );
    this.context.queueWrite(`worksheets.add('${name ?? ''}')`, name ?? null, () => {
      guardStructure(m, 'worksheets.add');
      let n = name;
      if (n === undefined) for (let i = 1; !n || findSheet(m, n); i++) n = `Sheet${i}`;
      created = addSheet(m, n);
    });
    return proxy;
  }
}

export class WorksheetProxy extends ClientObject<FakeSheet> {
  get apiClass(): string {
    return 'Worksheet';
  }
  protected override checkAlive(t: FakeSheet | null): void {
    if (t?.deleted) throw new FakeOfficeError('ItemNotFound', `The sheet '${t.name}' was deleted.`, this.path);
  }
  protected props(): Record<string, PropDef<FakeSheet>> {
    const m = this.context.model;
    return {
      name: {
        get: (s) => s.name,
        set: (s, v) => {
          const name = String(v);
          if (name === s.name) return;
          guardStructure(m, 'worksheet.name');
          checkSheetName(m, name, s);
          rewriteReferences(m, s.name, name);
          s.name = name;
        },
      },
      id: { get: (s) => s.id },
      position: {
        get: (s) => m.sheets.filter((x) => !x.deleted).indexOf(s),
        set: (s, v) => {
          guardStructure(m, 'worksheet.position');
          const rest = m.sheets.filter((x) => x !== s);
          rest.splice(Math.max(0, Math.min(rest.length, Number(v))), 0, s);
          m.sheets = rest;
        },
      },
      visibility: {
        get: (s) => s.visibility,
        set: (s, v) => {
          if (v === s.visibility) return;
          guardStructure(m, 'worksheet.visibility');
          if (v !== 'Visible' && m.sheets.filter((x) => !x.deleted && x.visibility === 'Visible' && x !== s).length === 0) {
            throw new FakeOfficeError(
              'InvalidOperation',
              'A workbook must contain at least one visible worksheet.',
              'worksheet.visibility',
            );
          }
          s.visibility = v as FakeSheet['visibility'];
        },
      },
    };
  }
  protected override children(): Record<string, () => Collectable> {
    return { protection: () => this.protection, tables: () => this.tables, charts: () => this.charts, freezePanes: () => this.freezePanes };
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.write('name', v);
  }
  get id(): string {
    return this.read('id') as string;
  }
  get position(): number {
    return this.read('position') as number;
  }
  set position(v: number) {
    this.write('position', v);
  }
  get visibility(): string {
    return this.read('visibility') as string;
  }
  set visibility(v: string) {
    this.write('visibility', v);
  }
  private cached: Record<string, unknown> = {};
  private once<P>(key: string, make: () => P): P {
    return (this.cached[key] ??= make()) as P;
  }
  get protection(): WorksheetProtectionProxy {
    return this.once(
      'protection',
      () => new WorksheetProtectionProxy(this.context, () => this.resolve(), false, `${this.path}.protection`),
    );
  }
  get tables(): TableCollectionProxy {
    return this.once(
      'tables',
      () =>
        new TableCollectionProxy(
          this.context,
          () => {
            const s = this.resolve();
            return s ? [s] : [];
          },
          `${this.path}.tables`,
        ),
    );
  }
  get charts(): ChartCollectionProxy {
    return this.once('charts', () => new ChartCollectionProxy(this.context, this));
  }
  get freezePanes(): FreezePanesProxy {
    return this.once('freezePanes', () => new FreezePanesProxy(this.context, this));
  }
  get pageLayout(): PageLayoutProxy {
    return this.once('pageLayout', () => new PageLayoutProxy(this.context, () => this.resolve(), false, `${this.path}.pageLayout`));
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.resolve();
        if (!sheet) return null;
        const r = address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } : parseAddress(address);
        if (!r)
          throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. ('${address}')`);
        return { sheet, r };
      },
      false,
      `${this.path}.getRange('${address ?? ''}')`,
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return this.getRange(printAddress({ top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 }));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    const r = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return this.getRange(printAddress(r));
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.resolve();
        if (!sheet) return null;
        return { sheet, r: usedRangeOf(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
      },
      false,
      `${this.path}.getUsedRange(${valuesOnly})`,
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.resolve();
        if (!sheet) return null;
        const r = usedRangeOf(sheet, valuesOnly);
        return r ? { sheet, r } : null;
      },
      true,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
    );
  }
  activate(): void {
    this.call('activate', null, (s) => {
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', `The sheet '${s.name}' is hidden and cannot be activated.`, 'worksheet.activate');
      this.context.model.activeSheetId = s.id;
      this.context.model.selection = { sheetId: s.id, range: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  delete(): void {
    const m = this.context.model;
    this.call('delete', null, (s) => {
      guardStructure(m, 'worksheet.delete');
      if (s.visibility === 'VeryHidden') {
        throw new FakeOfficeError(
          'InvalidOperation',
          `The very hidden sheet '${s.name}' cannot be deleted; make it visible first.`,
          'worksheet.delete',
        );
      }
      const visible = m.sheets.filter((x) => !x.deleted && x.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === s) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'worksheet.delete');
      }
      const live = m.sheets.filter((x) => !x.deleted);
      const at = live.indexOf(s);
      s.deleted = true;
      m.sheets = m.sheets.filter((x) => x !== s);
      rewriteReferences(m, s.name, null);
      if (m.activeSheetId === s.id) {
        const next = live.filter((x) => x !== s && x.visibility === 'Visible');
        const pick = next[Math.max(0, at - 1)] ?? next[0];
        m.activeSheetId = pick?.id ?? null;
        m.selection = pick ? { sheetId: pick.id, range: { top: 1, left: 1, bottom: 1, right: 1 } } : null;
      }
    });
  }
}

export class WorksheetProtectionProxy extends ClientObject<FakeSheet> {
  get apiClass(): string {
    return 'WorksheetProtection';
  }
  get protected(): boolean {
    return this.read('protected') as boolean;
  }
  protected props(): Record<string, PropDef<FakeSheet>> {
    return { protected: { get: (s) => s.protected } };
  }
}

export class FreezePanesProxy extends ClientObject<FakeSheet> {
  get apiClass(): string {
    return 'WorksheetFreezePanes';
  }
  constructor(context: FakeRequestContext, sheet: WorksheetProxy) {
    super(context, () => sheet.target(), false, 'freezePanes');
  }
  protected props(): Record<string, PropDef<FakeSheet>> {
    return {};
  }
  freezeRows(count = 1): void {
    this.call('freezeRows', count, (s) => (guardProtected(s, 'freezeRows'), (s.freeze = { ...s.freeze, rows: count })));
  }
  freezeColumns(count = 1): void {
    this.call('freezeColumns', count, (s) => (guardProtected(s, 'freezeColumns'), (s.freeze = { ...s.freeze, cols: count })));
  }
  freezeAt(range: string | RangeProxy): void {
    this.call('freezeAt', typeof range === 'string' ? range : null, (s) => {
      const r = typeof range === 'string' ? parseAddress(range) : range.target()?.r;
      if (!r) throw new FakeOfficeError('InvalidArgument', 'freezeAt needs a range.');
      s.freeze = { rows: r.bottom, cols: r.right === MAX_COLS ? 0 : r.right };
    });
  }
  unfreeze(): void {
    this.call('unfreeze', null, (s) => (s.freeze = { rows: 0, cols: 0 }));
  }
}

/* ---------------------------------------------------------------- page layout ---------------------------------------------------------------- */

const MARGIN_KEYS = {
  leftMargin: 'left',
  rightMargin: 'right',
  topMargin: 'top',
  bottomMargin: 'bottom',
  headerMargin: 'header',
  footerMargin: 'footer',
} as const;
const HEADER_FOOTER_KEYS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;

/** `Worksheet.pageLayout` (ExcelApi 1.9): what it sets is recorded on the sheet, so tests can read what would print. */
export class PageLayoutProxy extends ClientObject<FakeSheet> {
  get apiClass(): string {
    return 'PageLayout';
  }
  constructor(context: FakeRequestContext, locate: () => FakeSheet | null, nullable: boolean, path: string) {
    super(context, locate, nullable, path);
    // Each property reads once loaded and queues its write, as `PartProxy`'s do.
    for (const key of Object.keys(this.props())) {
      Object.defineProperty(this, key, { get: () => this.read(key), set: (v: unknown) => this.write(key, v), enumerable: true });
    }
  }
  [key: string]: unknown;
  protected props(): Record<string, PropDef<FakeSheet>> {
    const m = this.context.model;
    const margins = Object.fromEntries(
      Object.entries(MARGIN_KEYS).map(([name, key]) => [
        name,
        {
          get: (s: FakeSheet) => s.pageLayout.margins[key],
          set: (s: FakeSheet, v: unknown) => {
            if (typeof v !== 'number' || v < 0) throw new FakeOfficeError('InvalidArgument', `${name} must be a number of points.`);
            s.pageLayout.margins[key] = v;
            return s;
          },
        },
      ]),
    );
    return {
      ...margins,
      orientation: {
        get: (s) => s.pageLayout.orientation,
        set: (s, v) => {
          requireEnumValue(m, 'PageOrientation', String(v), `${this.path}.orientation`);
          s.pageLayout.orientation = String(v);
          return s;
        },
      },
      paperSize: {
        get: (s) => s.pageLayout.paperSize,
        set: (s, v) => {
          requireEnumValue(m, 'PaperType', String(v), `${this.path}.paperSize`);
          s.pageLayout.paperSize = String(v);
          return s;
        },
      },
      printGridlines: { get: (s) => s.pageLayout.printGridlines, set: (s, v) => ((s.pageLayout.printGridlines = Boolean(v)), s) },
      zoom: {
        get: (s) => ({ ...s.pageLayout.zoom }),
        set: (s, v) => {
          const zoom = v as FakePageLayout['zoom'];
          for (const n of [zoom.horizontalFitToPages, zoom.verticalFitToPages])
            if (n !== undefined && !(Number.isInteger(n) && n >= 0))
              throw new FakeOfficeError('InvalidArgument', 'Fit to pages takes a whole number.');
          s.pageLayout.zoom = { ...zoom };
          return s;
        },
      },
    };
  }
  protected override children(): Record<string, () => Collectable> {
    return { headersFooters: () => this.headersFooters };
  }
  private group: HeaderFooterGroupProxy | undefined;
  get headersFooters(): HeaderFooterGroupProxy {
    return (this.group ??= new HeaderFooterGroupProxy(this.context, () => this.resolve(), false, `${this.path}.headersFooters`));
  }
  /** Rows printed at the top of every page: an A1 row range (`$1:$3`) or a range of whole rows. */
  setPrintTitleRows(rows: string | RangeProxy): void {
    this.call('setPrintTitleRows', typeof rows === 'string' ? rows : null, (s) => {
      const text = typeof rows === 'string' ? rows : null;
      const r = text === null ? (rows as RangeProxy).target()?.r : null;
      if (text !== null && !/^\$?\d+:\$?\d+$/.test(text)) throw new FakeOfficeError('InvalidArgument', `'${text}' is no range of rows.`);
      s.pageLayout.printTitleRows = text !== null ? text.replace(/\$/g, '').replace(/(\d+)/g, '$$$1') : r ? `$${r.top}:$${r.bottom}` : null;
    });
  }
}

export class HeaderFooterGroupProxy extends ClientObject<FakeSheet> {
  get apiClass(): string {
    return 'HeaderFooterGroup';
  }
  protected props(): Record<string, PropDef<FakeSheet>> {
    return {};
  }
  protected override children(): Record<string, () => Collectable> {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }
  private all: PartProxy<FakeSheet> | undefined;
  /** The header and footer of every page (the only ones modelled: no first-page or odd/even ones). */
  get defaultForAllPages(): PartProxy<FakeSheet> {
    return (this.all ??= new PartProxy<FakeSheet>(
      'HeaderFooter',
      this.context,
      () => this.resolve(),
      Object.fromEntries(
        HEADER_FOOTER_KEYS.map((key) => [
          key,
          {
            get: (s: FakeSheet) => s.pageLayout.headerFooter[key],
            set: (s: FakeSheet, v: unknown) => ((s.pageLayout.headerFooter[key] = String(v)), s),
          },
        ]),
      ),
      `${this.path}.defaultForAllPages`,
    ));
  }
}

/* ---------------------------------------------------------------- ranges ---------------------------------------------------------------- */

interface RangeTarget {
  sheet: FakeSheet;
  r: CellRange;
}

function cellsIn(t: RangeTarget): number {
  return (t.r.bottom - t.r.top + 1) * (t.r.right - t.r.left + 1);
}

function grid<V>(t: RangeTarget, limit: number, f: (cell: FakeCell | undefined, row: number, col: number) => V): V[][] {
  if (cellsIn(t) * 3 > limit) {
    throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
  const out: V[][] = [];
  for (let row = t.r.top; row <= t.r.bottom; row++) {
    const line: V[] = [];
    for (let col = t.r.left; col <= t.r.right; col++) line.push(f(cellOf(t.sheet, row, col), row, col));
    out.push(line);
  }
  return out;
}

/** The stored cells inside the range (never the billions of empty ones a whole-sheet range spans). */
function storedCells(t: RangeTarget): { row: number; col: number; cell: FakeCell }[] {
  const out: { row: number; col: number; cell: FakeCell }[] = [];
  for (const [row, cols] of t.sheet.cells) {
    if (row < t.r.top || row > t.r.bottom) continue;
    for (const [col, cell] of cols) if (col >= t.r.left && col <= t.r.right) out.push({ row, col, cell });
  }
  return out;
}

const shownValue = (v: FakeScalar): string | number | boolean => (typeof v === 'object' ? v.error : v);
function valueType(cell: FakeCell | undefined): string {
  const v = cell?.value ?? '';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'Double';
  return v === '' ? 'Empty' : 'String';
}

/** The one value of a property over the range, or null when cells differ (as Office.js reports mixed formats). */
function uniform<V>(t: RangeTarget, f: (c: FakeCell | undefined) => V): V | null {
  if (cellsIn(t) > 100000) return f(undefined);
  let first: V | undefined;
  let seen = false;
  for (let row = t.r.top; row <= t.r.bottom; row++) {
    for (let col = t.r.left; col <= t.r.right; col++) {
      const v = f(cellOf(t.sheet, row, col));
      if (!seen) {
        first = v;
        seen = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

/** Applies a scalar or a 2D array of the range's shape to every cell; null entries leave a cell as it is. */
function assign(t: RangeTarget, input: unknown, name: string, apply: (cell: FakeCell, v: unknown) => void): FakeSheet {
  guardProtected(t.sheet, name);
  const rows = t.r.bottom - t.r.top + 1;
  const cols = t.r.right - t.r.left + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${name}: range ${rows}x${cols})`,
      );
    }
    input.forEach((line: unknown[], i) =>
      line.forEach((v, j) => {
        if (v === null || v === undefined) return;
        apply(cellOf(t.sheet, t.r.top + i, t.r.left + j, true), v);
      }),
    );
  } else if (input !== null && input !== undefined) {
    if (cellsIn(t) > 5_000_000) throw new FakeOfficeError('InvalidArgument', 'The range is too large for the fake.');
    for (let row = t.r.top; row <= t.r.bottom; row++) {
      for (let col = t.r.left; col <= t.r.right; col++) apply(cellOf(t.sheet, row, col, true), input);
    }
  }
  return t.sheet;
}

/**
 * Excel refuses a cell text longer than 32 767 characters (the quote prefix is no part of the text), a formula longer than
 * 8 192, and a text constant in a formula longer than 255.
 */
function checkCellText(entry: unknown): unknown {
  if (typeof entry !== 'string') return entry;
  const text = entry.startsWith("'") ? entry.slice(1) : entry;
  if (text.length > MAX_CELL_TEXT) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `Text values in cells are limited to ${MAX_CELL_TEXT} characters (this one has ${text.length}).`,
    );
  }
  if (!entry.startsWith('=')) return entry;
  if (entry.length > MAX_FORMULA) throw new FakeOfficeError('InvalidArgument', `Formulas are limited to ${MAX_FORMULA} characters.`);
  for (const [literal] of entry.matchAll(/"(?:[^"]|"")*"/g)) {
    if (literal.slice(1, -1).replace(/""/g, '"').length > MAX_FORMULA_TEXT) {
      throw new FakeOfficeError('InvalidArgument', `Text values in formulas are limited to ${MAX_FORMULA_TEXT} characters.`);
    }
  }
  return entry;
}

const MAX_FORMULA = 8192;
const MAX_FORMULA_TEXT = 255;

const HYPERLINK_KEYS = ['address', 'documentReference', 'screenTip', 'textToDisplay'] as const;

/** Checks a `Range.hyperlink` value against the typings' RangeHyperlink: only its four string fields. */
function toHyperlink(v: unknown): FakeHyperlink {
  if (typeof v !== 'object' || v === null) throw new FakeOfficeError('InvalidArgument', 'A hyperlink is an object.');
  const out: FakeHyperlink = {};
  for (const [key, value] of Object.entries(v)) {
    if (!memberOf('RangeHyperlink', key) || !(HYPERLINK_KEYS as readonly string[]).includes(key)) {
      throw new FakeOfficeError('InvalidArgument', `Excel.RangeHyperlink has no field '${key}'.`);
    }
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new FakeOfficeError('InvalidArgument', `RangeHyperlink.${key} is a string.`);
    out[key as (typeof HYPERLINK_KEYS)[number]] = value;
  }
  if (out.address === undefined && out.documentReference === undefined) {
    throw new FakeOfficeError('InvalidArgument', 'A hyperlink needs an address or a documentReference.');
  }
  return out;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  get apiClass(): string {
    return 'Range';
  }
  protected override checkAlive(t: RangeTarget | null): void {
    if (t?.sheet.deleted) throw new FakeOfficeError('ItemNotFound', `The sheet '${t.sheet.name}' was deleted.`, this.path);
  }
  protected props(): Record<string, PropDef<RangeTarget>> {
    const limit = this.context.model.options.platform === 'OfficeOnline' ? this.context.model.options.payloadLimit : 50_000_000;
    return {
      address: { get: (t) => `${quoteSheet(t.sheet.name)}!${printAddress(t.r)}` },
      addressLocal: { get: (t) => `${quoteSheet(t.sheet.name)}!${printAddress(t.r)}` },
      rowIndex: { get: (t) => t.r.top - 1 },
      columnIndex: { get: (t) => t.r.left - 1 },
      rowCount: { get: (t) => t.r.bottom - t.r.top + 1 },
      columnCount: { get: (t) => t.r.right - t.r.left + 1 },
      cellCount: { get: (t) => cellsIn(t) },
      values: {
        get: (t) => grid(t, limit, (c) => shownValue(c?.value ?? '')),
        set: (t, v) => assign(t, v, 'values', (cell, x) => enterCell(cell, checkCellText(x), 'values')),
      },
      formulas: {
        get: (t) => grid(t, limit, (c) => c?.formula ?? shownValue(c?.value ?? '')),
        set: (t, v) => assign(t, v, 'formulas', (cell, x) => enterCell(cell, checkCellText(x), 'formulas')),
      },
      valueTypes: { get: (t) => grid(t, limit, (c) => valueType(c)) },
      numberFormat: {
        get: (t) => grid(t, limit, (c) => c?.numberFormat ?? 'General'),
        set: (t, v) => assign(t, v, 'numberFormat', (cell, x) => (cell.numberFormat = String(x))),
      },
      text: { get: (t) => grid(t, limit, (c) => String(shownValue(c?.value ?? ''))) },
      hyperlink: {
        get: (t) => cellOf(t.sheet, t.r.top, t.r.left)?.hyperlink ?? null,
        set: (t, v) => {
          const link = toHyperlink(v);
          return assign(t, true, 'hyperlink', (cell) => {
            cell.hyperlink = { ...link };
            if (link.textToDisplay === undefined) return;
            // The text shown becomes the cell's value as it is: never a formula or a number.
            cell.value = checkCellText(link.textToDisplay) as string;
            delete cell.formula;
            delete cell.quotePrefix;
          });
        },
      },
      columnHidden: {
        get: (t) => {
          for (let c = t.r.left; c <= t.r.right; c++) if (!t.sheet.hiddenColumns.has(c)) return false;
          return true;
        },
        set: (t, v) => {
          for (let c = t.r.left; c <= t.r.right && c <= MAX_COLS; c++) {
            if (v) t.sheet.hiddenColumns.add(c);
            else t.sheet.hiddenColumns.delete(c);
          }
          return t.sheet;
        },
      },
    };
  }
  protected override children(): Record<string, () => Collectable> {
    return { format: () => this.format, worksheet: () => this.worksheet, conditionalFormats: () => this.conditionalFormats };
  }
  get address(): string {
    return this.read('address') as string;
  }
  get addressLocal(): string {
    return this.read('addressLocal') as string;
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get cellCount(): number {
    return this.read('cellCount') as number;
  }
  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  set values(v: unknown) {
    this.write('values', v);
  }
  get formulas(): unknown[][] {
    return this.read('formulas') as unknown[][];
  }
  set formulas(v: unknown) {
    this.write('formulas', v);
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes') as string[][];
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat') as string[][];
  }
  set numberFormat(v: unknown) {
    this.write('numberFormat', v);
  }
  get text(): string[][] {
    return this.read('text') as string[][];
  }
  get hyperlink(): FakeHyperlink | null {
    return this.read('hyperlink') as FakeHyperlink | null;
  }
  set hyperlink(v: unknown) {
    this.write('hyperlink', v);
  }
  get columnHidden(): boolean {
    return this.read('columnHidden') as boolean;
  }
  set columnHidden(v: boolean) {
    this.write('columnHidden', v);
  }
  private cache: Record<string, unknown> = {};
  get format(): RangeFormatProxy {
    return (this.cache.format ??= new RangeFormatProxy(
      this.context,
      () => this.resolve(),
      false,
      `${this.path}.format`,
    )) as RangeFormatProxy;
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this.cache.cf ??= new ConditionalFormatCollectionProxy(this.context, this)) as ConditionalFormatCollectionProxy;
  }
  get worksheet(): WorksheetProxy {
    return (this.cache.ws ??= new WorksheetProxy(
      this.context,
      () => this.resolve()?.sheet ?? null,
      false,
      `${this.path}.worksheet`,
    )) as WorksheetProxy;
  }
  getCell(row: number, column: number): RangeProxy {
    return this.derive(`getCell(${row},${column})`, (t) => ({
      top: t.r.top + row,
      left: t.r.left + column,
      bottom: t.r.top + row,
      right: t.r.left + column,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive(`getOffsetRange(${rowOffset},${columnOffset})`, (t) => ({
      top: t.r.top + rowOffset,
      bottom: t.r.bottom + rowOffset,
      left: t.r.left + columnOffset,
      right: t.r.right + columnOffset,
    }));
  }
  getRow(row: number): RangeProxy {
    return this.derive(`getRow(${row})`, (t) => ({ ...t.r, top: t.r.top + row, bottom: t.r.top + row }));
  }
  getColumn(column: number): RangeProxy {
    return this.derive(`getColumn(${column})`, (t) => ({ ...t.r, left: t.r.left + column, right: t.r.left + column }));
  }
  getEntireColumn(): RangeProxy {
    return this.derive('getEntireColumn()', (t) => ({ ...t.r, top: 1, bottom: MAX_ROWS }));
  }
  private derive(name: string, f: (t: RangeTarget) => CellRange): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const r = f(t);
        if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS)
          throw new FakeOfficeError('InvalidArgument', `${name} is off the sheet.`);
        return { sheet: t.sheet, r };
      },
      false,
      `${this.path}.${name}`,
    );
  }
  /** Per-cell properties; only `format.indentLevel` is modelled. */
  getCellProperties(spec: { format?: { indentLevel?: boolean } }): { value: unknown[][] } {
    const result: { value: unknown[][] } = { value: [] };
    let loaded = false;
    Object.defineProperty(result, 'value', {
      get: () => {
        if (!loaded)
          throw new FakeOfficeError(
            'PropertyNotLoaded',
            `The value of the result object has not been loaded yet. Call "context.sync()" first.`,
            this.path,
          );
        return computed;
      },
    });
    let computed: unknown[][] = [];
    this.context.queue({
      describe: `${this.path}.getCellProperties()`,
      requestBytes: OP_OVERHEAD + jsonSize(spec),
      run: () => {
        const t = this.resolve();
        const limit = this.context.model.options.platform === 'OfficeOnline' ? this.context.model.options.payloadLimit : 50_000_000;
        const props = t ? grid(t, limit, (c) => (spec.format?.indentLevel ? { format: { indentLevel: c?.indentLevel ?? 0 } } : {})) : [];
        return { bytes: jsonSize(props), commit: () => ((computed = props), (loaded = true)) };
      },
    });
    return result;
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const areas = t.sheet.merges.filter((m) => intersects(m, t.r));
        // Excel's docs: with more than 512 merged areas in the range the method fails to return the result.
        if (areas.length > MAX_MERGED_AREAS) {
          throw new FakeOfficeError(
            'GeneralException',
            'There are too many merged areas in the range.',
            `${this.path}.getMergedAreasOrNullObject()`,
          );
        }
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      true,
      `${this.path}.getMergedAreasOrNullObject()`,
    );
  }
  select(): void {
    this.call('select', null, (t) => {
      const m = this.context.model;
      m.activeSheetId = t.sheet.id;
      m.selection = { sheetId: t.sheet.id, range: t.r };
    });
  }
  /**
   * `All` (the default) clears values, formulas, formats and hyperlinks; `Contents` values and formulas; `Formats` formats;
   * `Hyperlinks` the links only. Conditional formats, charts, merges, widths and freeze panes stay, as in Excel.
   */
  clear(applyTo: string = 'All'): void {
    this.call('clear', applyTo, (t) => {
      requireEnumValue(this.context.model, 'ClearApplyTo', applyTo, `${this.path}.clear`);
      guardProtected(t.sheet, 'clear');
      if (!['All', 'Contents', 'Formats', 'Hyperlinks'].includes(applyTo))
        throw new FakeOfficeError('InvalidArgument', `clear('${applyTo}') is not modelled.`);
      for (const { row, col, cell } of storedCells(t)) {
        if (applyTo === 'All') {
          t.sheet.cells.get(row)?.delete(col);
          continue;
        }
        if (applyTo === 'Contents') {
          cell.value = '';
          delete cell.formula;
          delete cell.quotePrefix;
        }
        if (applyTo === 'Formats') {
          for (const key of ['numberFormat', 'fill', 'font', 'wrapText', 'horizontalAlignment', 'indentLevel', 'borders'] as const)
            delete cell[key];
        }
        if (applyTo === 'Hyperlinks') delete cell.hyperlink;
      }
    });
  }
  merge(): void {
    this.call('merge', null, (t) => (guardProtected(t.sheet, 'merge'), t.sheet.merges.push(t.r)));
  }
  unmerge(): void {
    this.call('unmerge', null, (t) => {
      guardProtected(t.sheet, 'unmerge');
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.r));
    });
  }
}

const MAX_MERGED_AREAS = 512;

export class RangeAreasProxy extends ClientObject<{ sheet: FakeSheet; areas: CellRange[] }> {
  get apiClass(): string {
    return 'RangeAreas';
  }
  get address(): string {
    return this.read('address') as string;
  }
  get areaCount(): number {
    return this.read('areaCount') as number;
  }
  protected props(): Record<string, PropDef<{ sheet: FakeSheet; areas: CellRange[] }>> {
    return {
      address: { get: (t) => t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${printAddress(a)}`).join(',') },
      areaCount: { get: (t) => t.areas.length },
    };
  }
}

/* ---------------------------------------------------------------- formats ---------------------------------------------------------------- */

const POINTS_PER_CHAR = 7.5;

export class RangeFormatProxy extends ClientObject<RangeTarget> {
  get apiClass(): string {
    return 'RangeFormat';
  }
  protected props(): Record<string, PropDef<RangeTarget>> {
    return {
      columnWidth: {
        get: (t) => t.sheet.columnWidths.get(t.r.left) ?? 8.43 * POINTS_PER_CHAR,
        set: (t, v) => {
          for (let c = t.r.left; c <= t.r.right && c <= MAX_COLS; c++) t.sheet.columnWidths.set(c, Number(v));
          return t.sheet;
        },
      },
      wrapText: {
        get: (t) => uniform(t, (c) => c?.wrapText ?? false),
        set: (t, v) => assign(t, v, 'wrapText', (c, x) => (c.wrapText = Boolean(x))),
      },
      horizontalAlignment: {
        get: (t) => uniform(t, (c) => c?.horizontalAlignment ?? 'General'),
        set: (t, v) => assign(t, v, 'horizontalAlignment', (c, x) => (c.horizontalAlignment = String(x))),
      },
      indentLevel: {
        get: (t) => uniform(t, (c) => c?.indentLevel ?? 0),
        set: (t, v) => assign(t, v, 'indentLevel', (c, x) => (c.indentLevel = Number(x))),
      },
    };
  }
  protected override children(): Record<string, () => Collectable> {
    return { fill: () => this.fill, font: () => this.font };
  }
  get columnWidth(): number {
    return this.read('columnWidth') as number;
  }
  set columnWidth(v: number) {
    this.write('columnWidth', v);
  }
  get wrapText(): boolean {
    return this.read('wrapText') as boolean;
  }
  set wrapText(v: boolean) {
    this.write('wrapText', v);
  }
  get horizontalAlignment(): string {
    return this.read('horizontalAlignment') as string;
  }
  set horizontalAlignment(v: string) {
    this.write('horizontalAlignment', v);
  }
  get indentLevel(): number {
    return this.read('indentLevel') as number;
  }
  set indentLevel(v: number) {
    this.write('indentLevel', v);
  }
  private cache: Record<string, unknown> = {};
  get fill(): RangeFillProxy {
    return (this.cache.fill ??= new RangeFillProxy(this.context, () => this.resolve(), false, `${this.path}.fill`)) as RangeFillProxy;
  }
  get font(): RangeFontProxy {
    return (this.cache.font ??= new RangeFontProxy(this.context, () => this.resolve(), false, `${this.path}.font`)) as RangeFontProxy;
  }
  get borders(): RangeBordersProxy {
    return (this.cache.borders ??= new RangeBordersProxy(
      this.context,
      () => this.resolve(),
      false,
      `${this.path}.borders`,
    )) as RangeBordersProxy;
  }
  autofitColumns(): void {
    this.call('autofitColumns', null, () => undefined);
  }
  /** Recorded on the sheet: the fake has no fonts to measure with. */
  autofitRows(): void {
    this.call('autofitRows', null, (t) => (guardProtected(t.sheet, 'autofitRows'), t.sheet.autofitRows.push(t.r)));
  }
}

export class RangeFillProxy extends ClientObject<RangeTarget> {
  get apiClass(): string {
    return 'RangeFill';
  }
  protected props(): Record<string, PropDef<RangeTarget>> {
    return {
      color: {
        get: (t) => uniform(t, (c) => c?.fill ?? '#FFFFFF'),
        set: (t, v) => assign(t, v, 'fill.color', (c, x) => (c.fill = String(x).toUpperCase())),
      },
    };
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    this.write('color', v);
  }
  clear(): void {
    this.call('clear', null, (t) => assign(t, true, 'fill.clear', (c) => (c.fill = null)));
  }
}

const FONT_KEYS = ['bold', 'italic', 'strikethrough', 'color', 'size', 'name'] as const;
export class RangeFontProxy extends ClientObject<RangeTarget> {
  get apiClass(): string {
    return 'RangeFont';
  }
  protected props(): Record<string, PropDef<RangeTarget>> {
    const defaults = { bold: false, italic: false, strikethrough: false, color: '#000000', size: 11, name: 'Calibri' };
    return Object.fromEntries(
      FONT_KEYS.map((k) => [
        k,
        {
          get: (t: RangeTarget) => uniform(t, (c) => c?.font?.[k] ?? defaults[k]),
          set: (t: RangeTarget, v: unknown) =>
            assign(t, v, `font.${k}`, (c, x) => (c.font = { ...c.font, [k]: k === 'color' ? String(x).toUpperCase() : x })),
        },
      ]),
    );
  }
  get bold(): boolean {
    return this.read('bold') as boolean;
  }
  set bold(v: boolean) {
    this.write('bold', v);
  }
  get italic(): boolean {
    return this.read('italic') as boolean;
  }
  set italic(v: boolean) {
    this.write('italic', v);
  }
  get strikethrough(): boolean {
    return this.read('strikethrough') as boolean;
  }
  set strikethrough(v: boolean) {
    this.write('strikethrough', v);
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    this.write('color', v);
  }
  get size(): number {
    return this.read('size') as number;
  }
  set size(v: number) {
    this.write('size', v);
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.write('name', v);
  }
}

export class RangeBordersProxy extends ClientObject<RangeTarget> {
  get apiClass(): string {
    return 'RangeBorderCollection';
  }
  protected props(): Record<string, PropDef<RangeTarget>> {
    return {};
  }
  getItem(index: string): RangeBorderProxy {
    if (!enumValueSince('BorderIndex', index)) throw new FakeOfficeError('InvalidArgument', `Unknown border index '${index}'.`);
    return new RangeBorderProxy(this.context, () => this.resolve(), index, `${this.path}.getItem('${index}')`);
  }
}

export class RangeBorderProxy extends ClientObject<RangeTarget> {
  get apiClass(): string {
    return 'RangeBorder';
  }
  constructor(
    context: FakeRequestContext,
    locate: () => RangeTarget | null,
    private readonly edge: string,
    path: string,
  ) {
    super(context, locate, false, path);
  }
  protected props(): Record<string, PropDef<RangeTarget>> {
    const edge = this.edge;
    const set = (key: 'style' | 'color') => (t: RangeTarget, v: unknown) =>
      assign(t, true, `border.${key}`, (c) => {
        const b = c.borders?.[edge] ?? { style: 'None', color: '#000000' };
        c.borders = { ...c.borders, [edge]: { ...b, [key]: key === 'color' ? String(v).toUpperCase() : String(v) } };
      });
    return {
      style: { get: (t) => uniform(t, (c) => c?.borders?.[edge]?.style ?? 'None'), set: set('style') },
      color: { get: (t) => uniform(t, (c) => c?.borders?.[edge]?.color ?? '#000000'), set: set('color') },
      weight: { get: () => 'Thin', set: (t) => t.sheet },
    };
  }
  get style(): string {
    return this.read('style') as string;
  }
  set style(v: string) {
    this.write('style', v);
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    this.write('color', v);
  }
  get weight(): string {
    return this.read('weight') as string;
  }
  set weight(v: string) {
    this.write('weight', v);
  }
}

/* ---------------------------------------------------------------- conditional formats ---------------------------------------------------------------- */

export class ConditionalFormatCollectionProxy extends CollectionObject<RangeTarget, ConditionalFormatProxy> {
  get apiClass(): string {
    return 'ConditionalFormatCollection';
  }
  constructor(
    context: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context, () => range.target(), false, `${(range as unknown as { path: string }).path}.conditionalFormats`);
  }
  protected listItems(t: RangeTarget): ConditionalFormatProxy[] {
    return t.sheet.conditionalFormats
      .filter((cf) => intersects(cf.range, t.r))
      .map((cf) => new ConditionalFormatProxy(this.context, () => ({ sheet: t.sheet, cf }), `${this.path}[${cf.id}]`));
  }
  add(type: string): ConditionalFormatProxy {
    let created: { sheet: FakeSheet; cf: FakeConditionalFormat } | null = null;
    const proxy = new ConditionalFormatProxy(
      this.context,
      () => {
        if (!created) throw new FakeOfficeError('ItemNotFound', 'The conditional format was not added.');
        return created;
      },
      `${this.path}.add('${type}')`,
    );
    this.context.queueWrite(`${this.path}.add('${type}')`, type, () => {
      requireEnumValue(this.context.model, 'ConditionalFormatType', type, `${this.path}.add`);
      const t = this.range.target();
      if (!t) return;
      guardProtected(t.sheet, 'conditionalFormats.add');
      const m = this.context.model;
      const cf: FakeConditionalFormat = {
        id: m.nextId++,
        type,
        range: t.r,
        formula: null,
        fill: null,
        fontColor: null,
        bold: null,
        strikethrough: null,
        borders: {},
        stopIfTrue: false,
      };
      // Office.js adds a new conditional format at the top of the priority list.
      t.sheet.conditionalFormats.unshift(cf);
      created = { sheet: t.sheet, cf };
    });
    return proxy;
  }
  clearAll(): void {
    this.call('clearAll', null, (t) => {
      guardProtected(t.sheet, 'conditionalFormats.clearAll');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.range, t.r));
    });
  }
}

type CfTarget = { sheet: FakeSheet; cf: FakeConditionalFormat };

export class ConditionalFormatProxy extends ClientObject<CfTarget> {
  get apiClass(): string {
    return 'ConditionalFormat';
  }
  constructor(context: FakeRequestContext, locate: () => CfTarget | null, path: string) {
    super(context, locate, false, path);
  }
  protected override checkAlive(t: CfTarget | null): void {
    if (t && !t.sheet.conditionalFormats.includes(t.cf))
      throw new FakeOfficeError('ItemNotFound', 'The conditional format was deleted.', this.path);
  }
  protected props(): Record<string, PropDef<CfTarget>> {
    return {
      id: { get: (t) => String(t.cf.id) },
      type: { get: (t) => t.cf.type },
      stopIfTrue: { get: (t) => t.cf.stopIfTrue, set: (t, v) => void (t.cf.stopIfTrue = Boolean(v)) },
      priority: {
        get: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
        set: (t, v) => {
          const list = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
          list.splice(Math.max(0, Math.min(list.length, Number(v))), 0, t.cf);
          t.sheet.conditionalFormats = list;
        },
      },
    };
  }
  protected override children(): Record<string, () => Collectable> {
    return { custom: () => this.custom };
  }
  get id(): string {
    return this.read('id') as string;
  }
  get type(): string {
    return this.read('type') as string;
  }
  get stopIfTrue(): boolean {
    return this.read('stopIfTrue') as boolean;
  }
  set stopIfTrue(v: boolean) {
    this.write('stopIfTrue', v);
  }
  get priority(): number {
    return this.read('priority') as number;
  }
  set priority(v: number) {
    this.write('priority', v);
  }
  private customProxy: CustomConditionalFormatProxy | undefined;
  get custom(): CustomConditionalFormatProxy {
    return (this.customProxy ??= new CustomConditionalFormatProxy(
      this.context,
      () => {
        const t = this.resolve();
        if (t && t.cf.type !== 'Custom')
          throw new FakeOfficeError('InvalidArgument', `The conditional format is of type ${t.cf.type}, not Custom.`, this.path);
        return t;
      },
      `${this.path}.custom`,
    ));
  }
  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const t = this.resolve();
        return t ? { sheet: t.sheet, r: t.cf.range } : null;
      },
      false,
      `${this.path}.getRange()`,
    );
  }
  delete(): void {
    this.call('delete', null, (t) => {
      guardProtected(t.sheet, 'conditionalFormat.delete');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }
}

export class CustomConditionalFormatProxy extends ClientObject<CfTarget> {
  get apiClass(): string {
    return 'CustomConditionalFormat';
  }
  constructor(context: FakeRequestContext, locate: () => CfTarget | null, path: string) {
    super(context, locate, false, path);
  }
  protected props(): Record<string, PropDef<CfTarget>> {
    return {};
  }
  protected override children(): Record<string, () => Collectable> {
    return { rule: () => this.rule, format: () => this.format };
  }
  private cache: Record<string, unknown> = {};
  get rule(): ConditionalFormatRuleProxy {
    return (this.cache.rule ??= new ConditionalFormatRuleProxy(
      this.context,
      () => this.resolve(),
      false,
      `${this.path}.rule`,
    )) as ConditionalFormatRuleProxy;
  }
  get format(): ConditionalRangeFormatProxy {
    return (this.cache.format ??= new ConditionalRangeFormatProxy(
      this.context,
      () => this.resolve(),
      false,
      `${this.path}.format`,
    )) as ConditionalRangeFormatProxy;
  }
}

export class ConditionalFormatRuleProxy extends ClientObject<CfTarget> {
  get apiClass(): string {
    return 'ConditionalFormatRule';
  }
  protected props(): Record<string, PropDef<CfTarget>> {
    return {
      formula: {
        get: (t) => t.cf.formula,
        set: (t, v) => {
          if (typeof v !== 'string' || !v.startsWith('='))
            throw new FakeOfficeError('InvalidArgument', `A conditional format formula must start with '=': ${String(v)}`);
          t.cf.formula = v;
        },
      },
    };
  }
  get formula(): string {
    return this.read('formula') as string;
  }
  set formula(v: string) {
    this.write('formula', v);
  }
}

export class ConditionalRangeFormatProxy extends ClientObject<CfTarget> {
  get apiClass(): string {
    return 'ConditionalRangeFormat';
  }
  protected props(): Record<string, PropDef<CfTarget>> {
    return {};
  }
  protected override children(): Record<string, () => Collectable> {
    return { fill: () => this.fill, font: () => this.font };
  }
  private cache: Record<string, unknown> = {};
  get fill(): PartProxy<CfTarget> {
    return (this.cache.fill ??= new PartProxy<CfTarget>(
      'ConditionalRangeFill',
      this.context,
      () => this.resolve(),
      {
        color: { get: (t) => t.cf.fill, set: (t, v) => void (t.cf.fill = String(v).toUpperCase()) },
      },
      `${this.path}.fill`,
    )) as PartProxy<CfTarget>;
  }
  get font(): PartProxy<CfTarget> {
    return (this.cache.font ??= new PartProxy<CfTarget>(
      'ConditionalRangeFont',
      this.context,
      () => this.resolve(),
      {
        color: { get: (t) => t.cf.fontColor, set: (t, v) => void (t.cf.fontColor = String(v).toUpperCase()) },
        bold: { get: (t) => t.cf.bold, set: (t, v) => void (t.cf.bold = Boolean(v)) },
        strikethrough: { get: (t) => t.cf.strikethrough, set: (t, v) => void (t.cf.strikethrough = Boolean(v)) },
      },
      `${this.path}.font`,
    )) as PartProxy<CfTarget>;
  }
  get borders(): ConditionalRangeBordersProxy {
    return (this.cache.borders ??= new ConditionalRangeBordersProxy(
      this.context,
      () => this.resolve(),
      false,
      `${this.path}.borders`,
    )) as ConditionalRangeBordersProxy;
  }
}

export class ConditionalRangeBordersProxy extends ClientObject<CfTarget> {
  get apiClass(): string {
    return 'ConditionalRangeBorderCollection';
  }
  protected props(): Record<string, PropDef<CfTarget>> {
    return {};
  }
  getItem(edge: string): PartProxy<CfTarget> {
    if (!['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'].includes(edge))
      throw new FakeOfficeError('InvalidArgument', `Unknown border index '${edge}'.`);
    return new PartProxy<CfTarget>(
      'ConditionalRangeBorder',
      this.context,
      () => this.resolve(),
      {
        color: { get: (t) => t.cf.borders[edge] ?? null, set: (t, v) => void (t.cf.borders[edge] = String(v).toUpperCase()) },
        style: { get: (t) => (t.cf.borders[edge] ? 'Continuous' : 'None'), set: () => undefined },
      },
      `${this.path}.getItem('${edge}')`,
    );
  }
}

/** A small part defined by a table of properties (a conditional format's fill, font or border; a chart's title or legend). */
export class PartProxy<T> extends ClientObject<T> {
  constructor(
    readonly apiClass: string,
    context: FakeRequestContext,
    locate: () => T | null,
    private readonly defs: Record<string, PropDef<T>>,
    path: string,
  ) {
    super(context, locate, false, path);
    for (const key of Object.keys(defs)) {
      Object.defineProperty(this, key, { get: () => this.read(key), set: (v: unknown) => this.write(key, v), enumerable: true });
    }
  }
  protected props(): Record<string, PropDef<T>> {
    return this.defs;
  }
  [key: string]: unknown;
}

/* ---------------------------------------------------------------- tables, charts, settings ---------------------------------------------------------------- */

export class TableCollectionProxy extends CollectionObject<FakeSheet[], TableProxy> {
  get apiClass(): string {
    return 'TableCollection';
  }
  constructor(context: FakeRequestContext, sheets: () => FakeSheet[], path: string) {
    super(context, sheets, false, path);
  }
  protected listItems(sheets: FakeSheet[]): TableProxy[] {
    return sheets.flatMap((s) =>
      s.tables.map((t) => new TableProxy(this.context, () => ({ sheet: s, table: t }), false, `tables['${t.name}']`)),
    );
  }
  /**
   * A table over `address` (on this collection's sheet; `Sheet!A1:C9` on the workbook's), its first row the header when
   * `hasHeaders`; named `TableN` until renamed. Refused over another table, or on a protected sheet.
   */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableTarget | null = null;
    const proxy = new TableProxy(this.context, () => created, false, `tables.add('${typeof address === 'string' ? address : 'range'}')`);
    this.context.queueWrite(`tables.add()`, { address: typeof address === 'string' ? address : null, hasHeaders }, () => {
      const sheets = this.resolve() ?? [];
      const target = typeof address === 'string' ? tableAddress(this.context.model, sheets, address) : address.target();
      if (!target)
        throw new FakeOfficeError(
          'InvalidArgument',
          `The argument is invalid or missing or has an incorrect format. ('${String(address)}')`,
        );
      guardProtected(target.sheet, 'tables.add');
      if (target.sheet.tables.some((t) => intersects(t.range, target.r)))
        throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.', 'tables.add');
      const model = this.context.model;
      const taken = new Set(model.sheets.flatMap((sh) => sh.tables.map((t) => t.name.toLowerCase())));
      let n = 1;
      while (taken.has(`table${n}`)) n++;
      const table: FakeTable = {
        id: String(model.nextId++),
        name: `Table${n}`,
        range: target.r,
        showHeaders: hasHeaders,
        style: 'TableStyleMedium2',
      };
      target.sheet.tables.push(table);
      created = { sheet: target.sheet, table };
    });
    return proxy;
  }
  getItem(name: string): TableProxy {
    return new TableProxy(
      this.context,
      () => {
        for (const sheet of this.resolve() ?? []) {
          const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
          if (table) return { sheet, table };
        }
        return null;
      },
      false,
      `tables.getItem('${name}')`,
    );
  }
}

type TableTarget = { sheet: FakeSheet; table: FakeTable };

/** A table's address on one of `sheets`: `A1:C9` on the only one, or `Sheet!A1:C9`. */
function tableAddress(model: FakeWorkbookModel, sheets: readonly FakeSheet[], address: string): RangeTarget | null {
  const bang = address.lastIndexOf('!');
  const sheet =
    bang < 0
      ? sheets.length === 1
        ? sheets[0]
        : undefined
      : findSheet(model, address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"));
  const r = parseAddress(bang < 0 ? address : address.slice(bang + 1));
  return sheet && r ? { sheet, r } : null;
}
export class TableProxy extends ClientObject<TableTarget> {
  get apiClass(): string {
    return 'Table';
  }
  protected props(): Record<string, PropDef<TableTarget>> {
    const model = this.context.model;
    return {
      name: {
        get: (t) => t.table.name,
        set: (t, v) => {
          const name = String(v);
          // Excel's rule for names; the letters of any language count as letters.
          if (!/^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(name) || /^[A-Za-z]{1,3}\d+$|^[RrCc]$|^R\d*C\d*$/i.test(name))
            throw new FakeOfficeError('InvalidArgument', `'${name}' is not a valid table name.`, `${this.path}.name`);
          const clash = model.sheets.some(
            (sh) => !sh.deleted && sh.tables.some((x) => x !== t.table && x.name.toLowerCase() === name.toLowerCase()),
          );
          if (clash) throw new FakeOfficeError('InvalidArgument', `A table named '${name}' already exists.`, `${this.path}.name`);
          t.table.name = name;
          return t.sheet;
        },
      },
      id: { get: (t) => t.table.id },
      showHeaders: { get: (t) => t.table.showHeaders },
      style: { get: (t) => t.table.style ?? 'TableStyleMedium2', set: (t, v) => ((t.table.style = String(v)), t.sheet) },
      showBandedRows: { get: (t) => t.table.showBandedRows ?? true, set: (t, v) => ((t.table.showBandedRows = Boolean(v)), t.sheet) },
      showFilterButton: { get: (t) => t.table.showFilterButton ?? true, set: (t, v) => ((t.table.showFilterButton = Boolean(v)), t.sheet) },
    };
  }
  set name(v: string) {
    this.write('name', v);
  }
  get style(): string {
    return this.read('style') as string;
  }
  set style(v: string) {
    this.write('style', v);
  }
  get showBandedRows(): boolean {
    return this.read('showBandedRows') as boolean;
  }
  set showBandedRows(v: boolean) {
    this.write('showBandedRows', v);
  }
  get showFilterButton(): boolean {
    return this.read('showFilterButton') as boolean;
  }
  set showFilterButton(v: boolean) {
    this.write('showFilterButton', v);
  }
  /** Removes the table with its cells' values and formats, as Excel does. */
  delete(): void {
    this.call('delete', null, (t) => {
      guardProtected(t.sheet, 'table.delete');
      t.sheet.tables = t.sheet.tables.filter((x) => x !== t.table);
      for (let row = t.table.range.top; row <= t.table.range.bottom; row++)
        for (let col = t.table.range.left; col <= t.table.range.right; col++) t.sheet.cells.get(row)?.delete(col);
    });
  }
  protected override children(): Record<string, () => Collectable> {
    return { worksheet: () => this.worksheet };
  }
  get name(): string {
    return this.read('name') as string;
  }
  get id(): string {
    return this.read('id') as string;
  }
  get showHeaders(): boolean {
    return this.read('showHeaders') as boolean;
  }
  private ws: WorksheetProxy | undefined;
  get worksheet(): WorksheetProxy {
    return (this.ws ??= new WorksheetProxy(this.context, () => this.resolve()?.sheet ?? null, false, `${this.path}.worksheet`));
  }
  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const t = this.resolve();
        return t ? { sheet: t.sheet, r: t.table.range } : null;
      },
      false,
      `${this.path}.getRange()`,
    );
  }
}

export class ChartCollectionProxy extends CollectionObject<FakeSheet, ChartProxy> {
  get apiClass(): string {
    return 'ChartCollection';
  }
  constructor(
    context: FakeRequestContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(context, () => sheet.target(), false, 'charts');
  }
  protected listItems(s: FakeSheet): ChartProxy[] {
    return s.charts.map((c) => new ChartProxy(this.context, () => ({ sheet: s, chart: c }), false, `charts['${c.name}']`));
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      () => {
        const s = this.sheet.target();
        const chart = s?.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
        return s && chart ? { sheet: s, chart } : null;
      },
      false,
      `${this.path}.getItem('${name}')`,
    );
  }
  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    let created: ChartTarget | null = null;
    const proxy = new ChartProxy(this.context, () => created, false, `charts.add('${type}')`);
    this.context.queueWrite(`charts.add('${type}')`, { type, seriesBy }, () => {
      const s = this.sheet.target();
      const src = sourceData.target();
      if (!s || !src) return;
      guardProtected(s, 'charts.add');
      requireEnumValue(this.context.model, 'ChartType', type, 'charts.add');
      requireEnumValue(this.context.model, 'ChartSeriesBy', seriesBy, 'charts.add');
      const id = this.context.model.nextId++;
      const chart: FakeChart = {
        id,
        name: `Chart ${s.charts.length + 1}`,
        type,
        source: printAddress(src.r),
        seriesBy,
        title: null,
        anchor: null,
        series: Array.from({ length: seriesCount(s, src.r, seriesBy) }, () => ({ fill: null, line: null })),
        legendPosition: 'Right',
      };
      s.charts.push(chart);
      created = { sheet: s, chart };
    });
    return proxy;
  }
}

/**
 * How many series Excel makes of a source: by columns, one per column, less the first when it holds text (the categories);
 * by rows, likewise one per row. `Auto` takes series by columns where the source has more rows than columns.
 */
function seriesCount(sheet: FakeSheet, r: CellRange, seriesBy: string): number {
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && r.bottom - r.top >= r.right - r.left);
  const isText = (row: number, col: number) => typeof sheet.cells.get(row)?.get(col)?.value === 'string';
  const lines = byColumns ? r.right - r.left + 1 : r.bottom - r.top + 1;
  const labels = byColumns
    ? Array.from({ length: r.bottom - r.top }, (_, i) => isText(r.top + 1 + i, r.left)).some(Boolean)
    : Array.from({ length: r.right - r.left }, (_, i) => isText(r.top, r.left + 1 + i)).some(Boolean);
  return Math.max(1, lines - (labels ? 1 : 0));
}

type ChartTarget = { sheet: FakeSheet; chart: FakeChart };
export class ChartProxy extends ClientObject<ChartTarget> {
  get apiClass(): string {
    return 'Chart';
  }
  protected override checkAlive(t: ChartTarget | null): void {
    if (t && !t.sheet.charts.includes(t.chart)) throw new FakeOfficeError('ItemNotFound', 'The chart was deleted.', this.path);
  }
  protected props(): Record<string, PropDef<ChartTarget>> {
    return { name: { get: (t) => t.chart.name, set: (t, v) => void (t.chart.name = String(v)) }, id: { get: (t) => String(t.chart.id) } };
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.write('name', v);
  }
  get id(): string {
    return this.read('id') as string;
  }
  private cache: Record<string, unknown> = {};
  get title(): PartProxy<ChartTarget> {
    return (this.cache.title ??= new PartProxy<ChartTarget>(
      'ChartTitle',
      this.context,
      () => this.resolve(),
      {
        text: { get: (t) => t.chart.title, set: (t, v) => void (t.chart.title = String(v)) },
        visible: { get: (t) => t.chart.title !== null, set: () => undefined },
      },
      `${this.path}.title`,
    )) as PartProxy<ChartTarget>;
  }
  get legend(): PartProxy<ChartTarget> {
    return (this.cache.legend ??= new PartProxy<ChartTarget>(
      'ChartLegend',
      this.context,
      () => this.resolve(),
      {
        visible: { get: () => true, set: () => undefined },
        position: {
          get: (t) => t.chart.legendPosition,
          set: (t, v) => {
            requireEnumValue(this.context.model, 'ChartLegendPosition', String(v), 'legend.position');
            t.chart.legendPosition = String(v);
          },
        },
      },
      `${this.path}.legend`,
    )) as PartProxy<ChartTarget>;
  }
  get series(): ChartSeriesCollectionProxy {
    return (this.cache.series ??= new ChartSeriesCollectionProxy(
      this.context,
      () => this.resolve(),
      `${this.path}.series`,
    )) as ChartSeriesCollectionProxy;
  }
  /** Records the top-left cell, or the cells from it to `endCell` the chart covers. */
  setPosition(startCell: string | RangeProxy, endCell?: string | RangeProxy): void {
    this.call(
      'setPosition',
      [startCell, endCell].map((c) => (typeof c === 'string' ? c : null)),
      (t) => {
        const cellOf = (c: string | RangeProxy) => (typeof c === 'string' ? parseAddress(c) : c.target()?.r);
        const r = cellOf(startCell);
        const end = endCell === undefined ? r : cellOf(endCell);
        if (!r || !end) throw new FakeOfficeError('InvalidArgument', 'setPosition needs a cell.');
        t.chart.anchor = printAddress({ top: r.top, left: r.left, bottom: end.bottom, right: end.right });
      },
    );
  }
  delete(): void {
    this.call('delete', null, (t) => {
      guardProtected(t.sheet, 'chart.delete');
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

type SeriesTarget = { chart: ChartTarget; series: FakeChartSeries };
export class ChartSeriesCollectionProxy extends CollectionObject<ChartTarget, ChartSeriesProxy> {
  get apiClass(): string {
    return 'ChartSeriesCollection';
  }
  constructor(
    context: FakeRequestContext,
    private readonly chart: () => ChartTarget | null,
    path: string,
  ) {
    super(context, chart, false, path);
  }
  protected listItems(t: ChartTarget): ChartSeriesProxy[] {
    return t.chart.series.map((series, i) => new ChartSeriesProxy(this.context, () => ({ chart: t, series }), `${this.path}.items[${i}]`));
  }
  /** The series at `index`; one the chart does not have fails the batch at sync, as in Excel. */
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this.context,
      () => {
        const t = this.chart();
        const series = t?.chart.series[index];
        return t && series ? { chart: t, series } : null;
      },
      `${this.path}.getItemAt(${index})`,
    );
  }
}

export class ChartSeriesProxy extends ClientObject<SeriesTarget> {
  get apiClass(): string {
    return 'ChartSeries';
  }
  constructor(context: FakeRequestContext, locate: () => SeriesTarget | null, path: string) {
    super(context, locate, false, path);
  }
  protected props(): Record<string, PropDef<SeriesTarget>> {
    return {};
  }
  private formatProxy: ChartSeriesFormatProxy | undefined;
  get format(): ChartSeriesFormatProxy {
    return (this.formatProxy ??= new ChartSeriesFormatProxy(this.context, () => this.resolve(), `${this.path}.format`));
  }
}

export class ChartSeriesFormatProxy extends ClientObject<SeriesTarget> {
  get apiClass(): string {
    return 'ChartSeriesFormat';
  }
  constructor(context: FakeRequestContext, locate: () => SeriesTarget | null, path: string) {
    super(context, locate, false, path);
  }
  protected props(): Record<string, PropDef<SeriesTarget>> {
    return {};
  }
  private parts: { fill?: ChartFillProxy; line?: PartProxy<SeriesTarget> } = {};
  get fill(): ChartFillProxy {
    return (this.parts.fill ??= new ChartFillProxy(this.context, () => this.resolve(), `${this.path}.fill`));
  }
  get line(): PartProxy<SeriesTarget> {
    return (this.parts.line ??= new PartProxy<SeriesTarget>(
      'ChartLineFormat',
      this.context,
      () => this.resolve(),
      {
        color: {
          get: (t) => t.series.line,
          set: (t, v) => {
            t.series.line = String(v).toUpperCase();
            return t.chart.sheet;
          },
        },
      },
      `${this.path}.line`,
    ));
  }
}

export class ChartFillProxy extends ClientObject<SeriesTarget> {
  get apiClass(): string {
    return 'ChartFill';
  }
  constructor(context: FakeRequestContext, locate: () => SeriesTarget | null, path: string) {
    super(context, locate, false, path);
  }
  protected props(): Record<string, PropDef<SeriesTarget>> {
    return {};
  }
  setSolidColor(color: string): void {
    this.call('setSolidColor', color, (t) => {
      guardProtected(t.chart.sheet, 'fill.setSolidColor');
      t.series.fill = color.toUpperCase();
    });
  }
}

type SettingTarget = { model: FakeWorkbookModel; key: string };
export class SettingCollectionProxy extends CollectionObject<FakeWorkbookModel, SettingProxy> {
  get apiClass(): string {
    return 'SettingCollection';
  }
  constructor(context: FakeRequestContext) {
    super(context, () => context.model, false, 'settings');
  }
  protected listItems(m: FakeWorkbookModel): SettingProxy[] {
    return [...m.settings.keys()].map((key) => new SettingProxy(this.context, () => ({ model: m, key }), false, `settings['${key}']`));
  }
  add(key: string, value: unknown): SettingProxy {
    const m = this.context.model;
    this.context.queueWrite(`settings.add('${key}')`, value, () => {
      m.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    });
    return new SettingProxy(this.context, () => (m.settings.has(key) ? { model: m, key } : null), false, `settings['${key}']`);
  }
  getItem(key: string): SettingProxy {
    const m = this.context.model;
    return new SettingProxy(this.context, () => (m.settings.has(key) ? { model: m, key } : null), false, `settings.getItem('${key}')`);
  }
  getItemOrNullObject(key: string): SettingProxy {
    const m = this.context.model;
    return new SettingProxy(
      this.context,
      () => (m.settings.has(key) ? { model: m, key } : null),
      true,
      `settings.getItemOrNullObject('${key}')`,
    );
  }
}

export class SettingProxy extends ClientObject<SettingTarget> {
  get apiClass(): string {
    return 'Setting';
  }
  protected props(): Record<string, PropDef<SettingTarget>> {
    return {
      key: { get: (t) => t.key },
      value: {
        get: (t) => t.model.settings.get(t.key),
        set: (t, v) => void t.model.settings.set(t.key, JSON.parse(JSON.stringify(v)) as unknown),
      },
    };
  }
  get key(): string {
    return this.read('key') as string;
  }
  get value(): unknown {
    return this.read('value');
  }
  set value(v: unknown) {
    this.write('value', v);
  }
  delete(): void {
    this.call('delete', null, (t) => void t.model.settings.delete(t.key));
  }
}
