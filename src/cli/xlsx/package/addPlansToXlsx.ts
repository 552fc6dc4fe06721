/** The CLI's writer at package level: the user's .xlsx parts copied byte for byte, the generated sheets added. */
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { sheetRef, uniqueSheetName, uniqueTableName, type SheetKind, type SheetPlan } from '../../../core';
import { calcChainListsSheet } from './calcChainListsSheet';
import { CHART_RELATIONSHIP_ID, chartPartsOf } from './chartPartsOf';
import { childElements } from './childElements';
import { createElementLike } from './createElementLike';
import { createStyleAppender, type StyleAppender } from './createStyleAppender';
import { escapeXml } from './escapeXml';
import { excelExtensionOf } from './excelExtensionOf';
import { fileLinkRelationships } from './fileLinkRelationships';
import { packagePartsOf, type PackageParts } from './packagePartsOf';
import { STRICT, TRANSITIONAL, type OoxmlNamespaces } from './ooxmlNamespaces';
import { parseXmlPart } from './parseXmlPart';
import { relationshipsPartOf } from './relationshipsPartOf';
import { resolvePartTarget } from './resolvePartTarget';
import { sheetPlanToXml } from './sheetPlanToXml';
import { tablePartXml } from './tablePartXml';
import { errorLine } from '../../errorLine';

export type AddPlansToXlsxResult =
  /** `extension`: the one Excel requires of the file, by its workbook part's content type (`.xlsm` for macros). */
  | { ok: true; bytes: Buffer; sheetNames: string[]; extension: string | null }
  /** The package is not one this writer knows how to extend (no workbook part, say); `detail` says what it met. */
  | { ok: false; detail: string };

/** A relationship's type in the package's namespaces: `${relationships}/worksheet`, say. */
type RelationshipKind = 'officeDocument' | 'worksheet' | 'drawing' | 'chart' | 'table' | 'styles' | 'calcChain' | 'hyperlink';
const relationshipType = (ns: OoxmlNamespaces, kind: RelationshipKind): string => `${ns.relationships}/${kind}`;
const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
};
const CONTENT_TYPES_PART = '[Content_Types].xml';
/** A generated sheet's relationships: to the drawing that holds its chart, then to its tables (`rId2`, …). */
const DRAWING_RELATIONSHIP_ID = 'rId1';
const tableRelationshipId = (index: number): string => `rId${index + 2}`;
/** Elements that follow `definedNames` in a workbook part (CT_Workbook's sequence): a new one goes before the first of them. */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];
const emptyStyles = (ns: OoxmlNamespaces): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${ns.spreadsheetml}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface Relationship {
  element: Element;
  id: string;
  type: string;
  /** The part it points to; null for an external target (a web address, a linked file). */
  part: string | null;
}

/**
 * Every part of the user's package is copied as it is (still compressed, so a 100 000-row sheet costs
 * nothing to carry over) except the few that list the sheets: the workbook, its relationships, the
 * content types and the styles, where entries are only added or removed. The tool's earlier sheets
 * of the plans' kinds (`generated`: sheet name to kind, read from their marker cells) are removed with
 * whatever only they used (a chart the add-in drew, say) and their local names, and the calculation
 * chain only when it lists their cells; each new sheet takes the old one's place in the tab order, or
 * goes last on a first run. The styles the sheets need are found in the styles part where it has them.
 * Unlike a round trip through a spreadsheet library, nothing of the user's is lost: charts, pivots,
 * macros, comments and formats a library does not know stay in the file.
 * @example (await addPlansToXlsx(bytes, [summaryPlan], new Map([['Yhteenveto', 'summary']]))).sheetNames //=> ['Yhteenveto']
 */
export async function addPlansToXlsx(
  input: Uint8Array,
  plans: readonly SheetPlan[],
  generated: ReadonlyMap<string, SheetKind>,
): Promise<AddPlansToXlsxResult> {
  try {
    return await addPlans(input, plans, generated);
  } catch (e) {
    return { ok: false, detail: errorLine(e) };
  }
}

async function addPlans(
  input: Uint8Array,
  plans: readonly SheetPlan[],
  generated: ReadonlyMap<string, SheetKind>,
): Promise<AddPlansToXlsxResult> {
  const pkg = packagePartsOf(input);
  const graph = await relationshipGraphOf(pkg);
  const book = await workbookOf(pkg, graph);
  if (!book.ok) return book;
  const { namespaces, workbookPart, workbookDoc, workbook, workbookRels, sheetsElement, contentTypesDoc, contentTypes } = book;
  const sheets = sheetsOf(sheetsElement, workbookRels, generated, namespaces);
  const { leaving, slots } = slotsOf(sheets, plans);
  const removedParts = await removeLeavingSheets(pkg, graph, sheetsElement, workbookRels, leaving, namespaces);
  // Gone before any new part is named, so a rerun gives the tool's sheets the names the last run gave them.
  for (const part of removedParts) {
    pkg.remove(part);
    pkg.remove(relationshipsPartOf(part));
    for (const o of overridesOf(contentTypes, part)) contentTypes.removeChild(o);
  }
  graph.forget(removedParts);

  const relsRoot = workbookRels.doc.documentElement;
  if (!relsRoot) return { ok: false, detail: 'workbook relationships are empty' };
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const newRelId = relationshipIdMaker(workbookRels.list);
  const addRel = (type: string, part: string): string => {
    const id = newRelId();
    relsRoot.appendChild(
      createElementLike(workbookRels.doc, relsRoot, 'Relationship', { Id: id, Type: type, Target: part.slice(folder.length) }),
    );
    return id;
  };
  const addOverride = (part: string, type: string) =>
    contentTypes.appendChild(createElementLike(contentTypesDoc, contentTypes, 'Override', { PartName: `/${part}`, ContentType: type }));

  // Styles: the workbook's own part, extended; a package without one gets a minimal one (at the place
  // its relationship names, when only the part is missing, else at the usual name where free).
  const stylesRel = workbookRels.list.find((r) => r.type === relationshipType(namespaces, 'styles'))?.part ?? null;
  const stylesPart = stylesRel ?? freePartName(`${folder}styles`, graph.taken, `${folder}styles.xml`);
  const ownStyles = stylesRel ? await pkg.readXml(stylesRel) : null;
  const stylesDoc = ownStyles ?? parseXmlPart(emptyStyles(namespaces), stylesPart);
  if (!stylesRel) addRel(relationshipType(namespaces, 'styles'), stylesPart);
  if (!ownStyles && overridesOf(contentTypes, stylesPart).length === 0) addOverride(stylesPart, CONTENT_TYPE.styles);
  const styles = createStyleAppender(stylesDoc);

  const activeTab = moveTabReferences(workbook, sheets, slots, plans, leaving);
  const tables = await tablesStaying(pkg, contentTypes);
  const where = { pkg, namespaces, taken: graph.taken, folder, workbookDoc, workbook, sheetsElement, styles, addRel, addOverride, tables };
  const sheetNames = addSheets({ ...where, plans, sheets, slots, activeTab });
  const serializer = new XMLSerializer();
  pkg.write(workbookPart, serializer.serializeToString(workbookDoc));
  pkg.write(relationshipsPartOf(workbookPart), serializer.serializeToString(workbookRels.doc));
  pkg.write(CONTENT_TYPES_PART, serializer.serializeToString(contentTypesDoc));
  pkg.write(stylesPart, serializer.serializeToString(stylesDoc));

  const bytes = await pkg.toZip();
  return { ok: true, bytes, sheetNames, extension: excelExtensionOf(contentTypeOf(contentTypes, workbookPart)) };
}

interface RelationshipsPart {
  doc: Document;
  list: Relationship[];
}

interface RelationshipGraph {
  relsOf(part: string): RelationshipsPart | undefined;
  /** Whether a new part may not take this name. */
  taken(part: string): boolean;
  /** These parts are gone, with their relationships: what only they named is free again. */
  forget(parts: readonly string[]): void;
  /** Every part reachable from these by relationships, in lower case. */
  reach(starts: readonly string[]): Set<string>;
}

/** Every relationship of the package, so that what only a removed sheet used can be told apart. */
async function relationshipGraphOf(pkg: PackageParts): Promise<RelationshipGraph> {
  const relsByPart = new Map<string, RelationshipsPart>();
  for (const [lower, name] of pkg.entries) {
    if (!lower.endsWith('.rels')) continue;
    const source = sourceOfRelationships(name.replace(/\\/g, '/'));
    const doc = await pkg.readXml(name);
    if (doc) relsByPart.set(source.toLowerCase(), { doc, list: relationshipsIn(doc, source) });
  }
  const relsOf = (part: string) => relsByPart.get(part.toLowerCase());
  // A new part's name must be one no entry has and no relationship names: a user's sheet whose part is
  // missing would otherwise show the part written at its name.
  // Built again after parts are forgotten: the lists are read as they are then (the workbook's has lost the leaving sheets).
  let named: Set<string> | null = null;
  const namedNow = (): Set<string> =>
    (named ??= new Set(
      [...relsByPart.values()].flatMap(({ list }) => list.flatMap((r) => (r.part === null ? [] : [r.part.toLowerCase()]))),
    ));
  const reach = (starts: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    const queue = [...starts];
    for (let part = queue.pop(); part !== undefined; part = queue.pop()) {
      for (const r of relsOf(part)?.list ?? []) {
        if (r.part === null || seen.has(r.part.toLowerCase())) continue;
        seen.add(r.part.toLowerCase());
        queue.push(r.part);
      }
    }
    return seen;
  };
  const forget = (parts: readonly string[]) => {
    for (const part of parts) relsByPart.delete(part.toLowerCase());
    named = null;
  };
  return { relsOf, taken: (part) => pkg.has(part) || namedNow().has(part.toLowerCase()), forget, reach };
}

type WorkbookParts =
  | { ok: false; detail: string }
  | {
      ok: true;
      /** Transitional or Strict, as the package's workbook relationship and workbook part are. */
      namespaces: OoxmlNamespaces;
      workbookPart: string;
      workbookDoc: Document;
      workbook: Element;
      workbookRels: RelationshipsPart;
      sheetsElement: Element;
      contentTypesDoc: Document;
      contentTypes: Element;
    };

/**
 * The SpreadsheetML workbook with its sheet list, relationships and content types, and the namespaces its package uses
 * (Transitional or Strict, by the workbook's relationship; its part must be SpreadsheetML of the same), or what is missing.
 */
async function workbookOf(pkg: PackageParts, graph: RelationshipGraph): Promise<WorkbookParts> {
  const packageRels = graph.relsOf('')?.list ?? [];
  const namespaces = [TRANSITIONAL, STRICT].find((ns) => packageRels.some((r) => r.type === relationshipType(ns, 'officeDocument')));
  const workbookPart = namespaces && packageRels.find((r) => r.type === relationshipType(namespaces, 'officeDocument'))?.part;
  if (!namespaces || !workbookPart) return { ok: false, detail: 'no workbook part' };
  const workbookDoc = await pkg.readXml(workbookPart);
  const workbook = workbookDoc?.documentElement;
  if (!workbookDoc || !workbook || workbook.namespaceURI !== namespaces.spreadsheetml) {
    return { ok: false, detail: `workbook part is not SpreadsheetML (${namespaces === STRICT ? 'Strict' : 'Transitional'})` };
  }
  const workbookRels = graph.relsOf(workbookPart);
  const sheetsElement = childElements(workbook, 'sheets')[0];
  const contentTypesDoc = await pkg.readXml(CONTENT_TYPES_PART);
  const contentTypes = contentTypesDoc?.documentElement;
  if (!workbookRels || !sheetsElement || !contentTypesDoc || !contentTypes) return { ok: false, detail: 'workbook has no sheet list' };
  return { ok: true, namespaces, workbookPart, workbookDoc, workbook, workbookRels, sheetsElement, contentTypesDoc, contentTypes };
}

interface Sheet {
  element: Element;
  name: string;
  rel: Relationship | undefined;
  /** The generated kind, for one of the tool's earlier sheets. */
  kind: SheetKind | undefined;
}

/** The new tab order: each user's sheet kept, or the plan that goes in that place. */
type Slot = { kept: Sheet } | { plan: number };

function sheetsOf(
  sheetsElement: Element,
  workbookRels: RelationshipsPart,
  generated: ReadonlyMap<string, SheetKind>,
  namespaces: OoxmlNamespaces,
): Sheet[] {
  const relById = new Map(workbookRels.list.map((r) => [r.id, r]));
  return childElements(sheetsElement, 'sheet').map((element) => {
    const rel = relById.get(element.getAttributeNS(namespaces.relationships, 'id') ?? '');
    const name = element.getAttribute('name') ?? '';
    return { element, name, rel, kind: generated.get(name) };
  });
}

/** The earlier generated sheets of the kinds being written go; each kind's first one leaves its place. */
function slotsOf(sheets: readonly Sheet[], plans: readonly SheetPlan[]): { leaving: Sheet[]; slots: Slot[] } {
  const kinds = new Set(plans.map((p) => p.kind));
  const leaving = sheets.filter((s) => s.kind !== undefined && kinds.has(s.kind));
  const slots: Slot[] = [];
  const placed = new Set<number>();
  for (const sheet of sheets) {
    if (!leaving.includes(sheet)) {
      slots.push({ kept: sheet });
      continue;
    }
    // The kind's first plan takes the place of the kind's first old sheet; later old ones just go.
    const plan = plans.findIndex((p) => p.kind === sheet.kind);
    if (placed.has(plan)) continue;
    placed.add(plan);
    slots.push({ plan });
  }
  plans.forEach((_, i) => {
    if (!placed.has(i)) slots.push({ plan: i });
  });
  return { leaving, slots };
}

/**
 * Takes the leaving sheets out of the sheet list and the workbook's relationships, and returns the parts
 * to remove: those only they reached (their drawings, charts, comments) and a calculation chain that lists their cells.
 */
async function removeLeavingSheets(
  pkg: PackageParts,
  graph: RelationshipGraph,
  sheetsElement: Element,
  workbookRels: RelationshipsPart,
  leaving: readonly Sheet[],
  namespaces: OoxmlNamespaces,
): Promise<string[]> {
  const leavingParts = leaving.flatMap((s) => (s.rel?.part ? [s.rel.part] : []));
  const candidates = new Set([...leavingParts.map((p) => p.toLowerCase()), ...graph.reach(leavingParts)]);
  for (const sheet of leaving) {
    sheetsElement.removeChild(sheet.element);
    if (sheet.rel) workbookRels.doc.documentElement?.removeChild(sheet.rel.element);
  }
  const removedParts: string[] = [];
  if (leaving.length === 0) return removedParts;
  // The calculation chain lists cells by sheet id. Excel repairs a file whose chain names a sheet
  // that is gone, and rebuilds a missing chain; a chain of the user's sheets only stays as it is.
  const leavingIds = new Set(leaving.map((sheet) => String(Number(sheet.element.getAttribute('sheetId')))));
  const staleChains: Relationship[] = [];
  for (const r of workbookRels.list.filter((x) => x.type === relationshipType(namespaces, 'calcChain'))) {
    const chain = r.part === null ? null : await pkg.readText(r.part);
    if (chain !== null && calcChainListsSheet(chain, leavingIds)) staleChains.push(r);
  }
  for (const r of staleChains) {
    workbookRels.doc.documentElement?.removeChild(r.element);
    if (r.part) removedParts.push(r.part);
  }
  workbookRels.list = workbookRels.list.filter((r) => !leaving.some((s) => s.rel === r) && !staleChains.includes(r));
  const stillReached = graph.reach(['']);
  for (const part of candidates) if (!stillReached.has(part)) removedParts.push(pkg.entries.get(part) ?? part);
  return removedParts;
}

/** `rIdN` ids no relationship of the workbook's has, from N = their count + 1 up. */
function relationshipIdMaker(list: readonly Relationship[]): () => string {
  const usedRelIds = new Set(list.map((r) => r.id));
  return () => {
    let n = usedRelIds.size + 1;
    while (usedRelIds.has(`rId${n}`)) n++;
    usedRelIds.add(`rId${n}`);
    return `rId${n}`;
  };
}

/**
 * The views' tabs and the local names follow their sheets to their new places; a name local to a sheet
 * that goes goes with it. The tab that was active stays active, and if it was a generated sheet, its
 * successor is. Returns the new active tab.
 */
function moveTabReferences(
  workbook: Element,
  sheets: readonly Sheet[],
  slots: readonly Slot[],
  plans: readonly SheetPlan[],
  leaving: readonly Sheet[],
): number {
  const finalIndex = (oldIndex: number): number => {
    const sheet = sheets[oldIndex];
    const at = slots.findIndex((s) => ('kept' in s ? s.kept === sheet : plans[s.plan]?.kind === sheet?.kind));
    return at >= 0 ? at : Math.max(0, Math.min(oldIndex, slots.length - 1));
  };
  const views = childElements(childElements(workbook, 'bookViews')[0] ?? workbook, 'workbookView');
  const activeTab = views[0] ? finalIndex(Number(views[0].getAttribute('activeTab') ?? 0)) : 0;
  for (const view of views) {
    for (const attribute of ['activeTab', 'firstSheet']) {
      const value = view.getAttribute(attribute);
      if (value !== null && value !== '') view.setAttribute(attribute, String(finalIndex(Number(value))));
    }
  }
  const definedNames = childElements(workbook, 'definedNames')[0];
  if (definedNames) {
    for (const name of childElements(definedNames, 'definedName')) {
      const local = name.getAttribute('localSheetId');
      if (local === null || local === '') continue;
      const sheet = sheets[Number(local)];
      if (!sheet || leaving.includes(sheet)) definedNames.removeChild(name);
      else name.setAttribute('localSheetId', String(finalIndex(Number(local))));
    }
    if (childElements(definedNames).length === 0) workbook.removeChild(definedNames);
  }
  return activeTab;
}

interface SheetsToAdd {
  pkg: PackageParts;
  namespaces: OoxmlNamespaces;
  taken: (part: string) => boolean;
  plans: readonly SheetPlan[];
  sheets: readonly Sheet[];
  slots: readonly Slot[];
  activeTab: number;
  folder: string;
  workbookDoc: Document;
  workbook: Element;
  sheetsElement: Element;
  styles: StyleAppender;
  addRel: (type: string, part: string) => string;
  addOverride: (part: string, type: string) => void;
  /** The tables the workbook keeps: new ones take names and ids none of them has. */
  tables: TablesInUse;
}

interface TablesInUse {
  names: string[];
  lastId: number;
}

/**
 * The names and the highest id of the tables in the package, read once the leaving sheets' parts are gone (table names
 * and ids are unique across a workbook).
 */
async function tablesStaying(pkg: PackageParts, contentTypes: Element): Promise<TablesInUse> {
  const inUse: TablesInUse = { names: [], lastId: 0 };
  for (const override of childElements(contentTypes, 'Override')) {
    if (override.getAttribute('ContentType') !== CONTENT_TYPE.table) continue;
    const part = (override.getAttribute('PartName') ?? '').replace(/^\//, '');
    const table = (await pkg.readXml(part))?.documentElement;
    if (!table) continue;
    for (const attribute of ['name', 'displayName']) {
      const name = table.getAttribute(attribute);
      if (name) inUse.names.push(name);
    }
    inUse.lastId = Math.max(inUse.lastId, Number(table.getAttribute('id')) || 0);
  }
  return inUse;
}

/** The sheet's tables as parts of their own, under names and ids no other table has; gives their relationships. */
function addTableParts(step: SheetsToAdd, plan: SheetPlan): { id: string; target: string }[] {
  const { pkg, namespaces, taken, folder, addOverride, tables } = step;
  return (plan.tables ?? []).map((table, i) => {
    const name = uniqueTableName(table.name, tables.names);
    tables.names.push(name);
    const part = freePartName(`${folder}tables/table`, taken);
    pkg.write(part, tablePartXml(table, plan, ++tables.lastId, name, namespaces));
    addOverride(part, CONTENT_TYPE.table);
    return { id: tableRelationshipId(i), target: `../${part.slice(folder.length)}` };
  });
}

/** The rows every printed page of the sheet at `index` repeats, as Excel keeps them: a name local to that sheet. */
function addPrintTitles(workbookDoc: Document, workbook: Element, index: number, sheetName: string, rows: number): void {
  let definedNames = childElements(workbook, 'definedNames')[0];
  if (!definedNames) {
    definedNames = createElementLike(workbookDoc, workbook, 'definedNames');
    const next = childElements(workbook).find((e) => AFTER_DEFINED_NAMES.includes(e.localName ?? ''));
    workbook.insertBefore(definedNames, next ?? null);
  }
  const name = createElementLike(workbookDoc, definedNames, 'definedName', { name: '_xlnm.Print_Titles', localSheetId: index });
  name.appendChild(workbookDoc.createTextNode(sheetRef(sheetName, `$1:$${rows}`)));
  definedNames.appendChild(name);
}

/** Lists the sheets in their new order, writing each plan's sheet (and its chart) under a free name; returns the new sheets' names. */
function addSheets(step: SheetsToAdd): string[] {
  const { pkg, namespaces, taken, plans, sheets, slots, activeTab, folder } = step;
  const type = (kind: RelationshipKind) => relationshipType(namespaces, kind);
  const { workbookDoc, workbook, sheetsElement, styles, addRel, addOverride } = step;
  let nextSheetId = Math.max(0, ...sheets.map((s) => Number(s.element.getAttribute('sheetId')) || 0)) + 1;
  const names = slots.flatMap((s) => ('kept' in s ? [s.kept.name] : []));
  const sheetNames: string[] = [];
  for (const [index, slot] of slots.entries()) {
    if ('kept' in slot) {
      sheetsElement.appendChild(slot.kept.element);
      continue;
    }
    const plan = plans[slot.plan];
    if (!plan) continue;
    const name = uniqueSheetName(plan.name, [...names, ...sheetNames]);
    const part = freePartName(`${folder}worksheets/sheet`, taken);
    const id = addRel(type('worksheet'), part);
    const element = createElementLike(workbookDoc, sheetsElement, 'sheet', { name, sheetId: nextSheetId++ });
    const prefix = workbook.lookupPrefix(namespaces.relationships);
    element.setAttributeNS(namespaces.relationships, prefix ? `${prefix}:id` : 'r:id', id);
    sheetsElement.appendChild(element);
    const chart = chartPartsOf(plan, name, namespaces);
    // The sheet's own relationships: to its chart's drawing, and to each file it links to.
    const sheetRels: RelationshipSpec[] = fileLinkRelationships(plan).map((r) => ({ ...r, type: type('hyperlink'), external: true }));
    if (chart) {
      // The chart's own parts, beside the workbook's other drawings and charts: sheet → drawing → chart.
      const drawingPart = freePartName(`${folder}drawings/drawing`, taken);
      const chartPart = freePartName(`${folder}charts/chart`, taken);
      pkg.write(drawingPart, chart.drawing);
      pkg.write(
        relationshipsPartOf(drawingPart),
        relationshipsXml([{ id: CHART_RELATIONSHIP_ID, type: type('chart'), target: `../${chartPart.slice(folder.length)}` }]),
      );
      pkg.write(chartPart, chart.chart);
      sheetRels.unshift({ id: DRAWING_RELATIONSHIP_ID, type: type('drawing'), target: `../${drawingPart.slice(folder.length)}` });
      addOverride(drawingPart, CONTENT_TYPE.drawing);
      addOverride(chartPart, CONTENT_TYPE.chart);
    }
    const tableRels = addTableParts(step, plan);
    sheetRels.push(...tableRels.map((t) => ({ ...t, type: type('table') })));
    if (sheetRels.length > 0) pkg.write(relationshipsPartOf(part), relationshipsXml(sheetRels));
    if (plan.pageSetup && plan.pageSetup.titleRows > 0) addPrintTitles(workbookDoc, workbook, index, name, plan.pageSetup.titleRows);
    const options = {
      selected: index === activeTab,
      ...(chart ? { drawingId: DRAWING_RELATIONSHIP_ID } : {}),
      tableIds: tableRels.map((t) => t.id),
      namespaces,
    };
    pkg.write(part, sheetPlanToXml(plan, styles, options));
    addOverride(part, CONTENT_TYPE.worksheet);
    sheetNames.push(name);
  }
  return sheetNames;
}

function relationshipsIn(doc: Document, source: string): Relationship[] {
  const root = doc.documentElement;
  if (!root) return [];
  return childElements(root, 'Relationship').map((element) => {
    const target = element.getAttribute('Target') ?? '';
    const external = element.getAttribute('TargetMode') === 'External';
    return {
      element,
      id: element.getAttribute('Id') ?? '',
      type: element.getAttribute('Type') ?? '',
      part: external ? null : resolvePartTarget(source, target),
    };
  });
}

/** The content-type entries naming this part (part names compare without case). */
function overridesOf(types: Element, part: string): Element[] {
  return childElements(types, 'Override').filter((o) => o.getAttribute('PartName')?.toLowerCase() === `/${part}`.toLowerCase());
}

/** A part's content type: its own Override, else the Default for its extension. */
function contentTypeOf(types: Element, part: string): string {
  const override = overridesOf(types, part)[0];
  if (override) return override.getAttribute('ContentType') ?? '';
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  return (
    childElements(types, 'Default')
      .find((d) => d.getAttribute('Extension')?.toLowerCase() === extension)
      ?.getAttribute('ContentType') ?? ''
  );
}

/** `xl/worksheets/_rels/sheet1.xml.rels` holds the relationships of `xl/worksheets/sheet1.xml`; `_rels/.rels` the package's (''). */
function sourceOfRelationships(relsName: string): string {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsName);
  return match ? `${match[1]}${match[2]}` : relsName;
}

interface RelationshipSpec {
  id: string;
  type: string;
  target: string;
  /** A target outside the package (a file a link opens). */
  external?: boolean;
}

/** A relationships part with these relationships. */
function relationshipsXml(relationships: readonly RelationshipSpec[]): string {
  const items = relationships.map(
    (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`
  );
}

/**
 * `usual` when it is free (openpyxl, and so pandas, reads styles only from `xl/styles.xml`), else the
 * first `<stem>N.xml` that is (`taken` knows the parts written so far too).
 */
function freePartName(stem: string, taken: (part: string) => boolean, usual?: string): string {
  if (usual !== undefined && !taken(usual)) return usual;
  for (let n = 1; ; n++) if (!taken(`${stem}${n}.xml`)) return `${stem}${n}.xml`;
}
