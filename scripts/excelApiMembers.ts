/** Reads, from the text of `@types/office-js`, every member of the named Excel classes with the requirement set its JSDoc gives. */
import ts from 'typescript';

/**
 * A member as the typings declare it. `get`/`set`/`call` name the requirement set (e.g. `ExcelApi 1.9`) that brings reading,
 * writing or calling it; null where the typings give none (the JS library's own members, such as `load` or `context`).
 */
export type ExcelApiMember =
  | { kind: 'property'; readonly: boolean; get: string | null; set: string | null }
  | { kind: 'method'; call: string | null }
  | { kind: 'enumValue'; value: string; since: string | null };

export type ExcelApiMembers = Record<string, Record<string, ExcelApiMember>>;

type Declaration = ts.ClassDeclaration | ts.InterfaceDeclaration | ts.EnumDeclaration;

/**
 * The members of each of `names` (classes, interfaces or enums of the `Excel` namespace) with their requirement sets, inherited
 * members included (from `OfficeExtension.ClientObject`, `ClientRequestContext`, `RunOptions`, …). A member's own
 * `[Api set: …]` wins; without one it has its class's; "1.1 for reading …; 1.2 for setting …" splits into get and set; a tag
 * that lists versions per argument type ("1.1 for String…; 1.7 for Array") gives the first, the oldest a call can need.
 * @example excelApiMembers(readFileSync('node_modules/@types/office-js/index.d.ts', 'utf8'), ['RangeFont']).RangeFont?.strikethrough
 * //=> { kind: 'property', readonly: false, get: 'ExcelApi 1.9', set: 'ExcelApi 1.9' }
 */
export function excelApiMembers(dts: string, names: readonly string[]): ExcelApiMembers {
  const source = ts.createSourceFile('index.d.ts', dts, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const namespaces = topLevelNamespaces(source);
  const out: ExcelApiMembers = {};
  for (const name of [...names].sort()) {
    const declaration = namespaces.get('Excel')?.get(name);
    if (!declaration) throw new Error(`@types/office-js has no Excel.${name}`);
    out[name] = sortedKeys(membersOf(declaration, 'Excel', namespaces, source));
  }
  return out;
}

/** The classes and interfaces directly in each top-level `declare namespace` (merged across repeated blocks; nested ones skipped). */
function topLevelNamespaces(source: ts.SourceFile): Map<string, Map<string, Declaration>> {
  const namespaces = new Map<string, Map<string, Declaration>>();
  for (const statement of source.statements) {
    if (!ts.isModuleDeclaration(statement) || !statement.body || !ts.isModuleBlock(statement.body)) continue;
    const name = statement.name.text;
    const members = namespaces.get(name) ?? new Map<string, Declaration>();
    for (const node of statement.body.statements) {
      const named = ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node);
      if (named && node.name && !members.has(node.name.text)) {
        members.set(node.name.text, node);
      }
    }
    namespaces.set(name, members);
  }
  return namespaces;
}

function membersOf(
  declaration: Declaration,
  namespace: string,
  namespaces: Map<string, Map<string, Declaration>>,
  source: ts.SourceFile,
): Record<string, ExcelApiMember> {
  const own: Record<string, ExcelApiMember> = {};
  const classSet = apiSetOf(declaration, source);
  if (ts.isEnumDeclaration(declaration)) {
    for (const member of declaration.members) {
      if (!ts.isIdentifier(member.name) || !member.initializer || !ts.isStringLiteral(member.initializer)) continue;
      own[member.name.text] = {
        kind: 'enumValue',
        value: member.initializer.text,
        since: splitTag(apiSetOf(member, source) ?? classSet).read,
      };
    }
    return own;
  }
  for (const member of declaration.members) {
    const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : null;
    if (name === null) continue;
    const tag = apiSetOf(member, source) ?? classSet;
    if (ts.isPropertyDeclaration(member) || ts.isPropertySignature(member)) {
      const readonly = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false;
      const { read, write } = splitTag(tag);
      own[name] = { kind: 'property', readonly, get: read, set: readonly ? null : write };
    } else if (ts.isMethodDeclaration(member) || ts.isMethodSignature(member)) {
      const call = splitTag(tag).read;
      const earlier = own[name];
      // Overloads: the member exists from its oldest overload on.
      own[name] = { kind: 'method', call: earlier?.kind === 'method' ? oldest(earlier.call, call) : call };
    }
  }
  const inherited: Record<string, ExcelApiMember> = {};
  for (const clause of declaration.heritageClauses ?? []) {
    if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
    for (const type of clause.types) {
      const [ns, base] = qualified(type.expression, namespace);
      const parent = namespaces.get(ns)?.get(base);
      if (!parent) throw new Error(`${namespace}.${declaration.name?.text ?? '?'} extends ${ns}.${base}, which the typings lack`);
      Object.assign(inherited, membersOf(parent, ns, namespaces, source));
    }
  }
  return { ...inherited, ...own };
}

function qualified(expression: ts.Expression, namespace: string): [string, string] {
  if (ts.isIdentifier(expression)) return [namespace, expression.text];
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression))
    return [expression.expression.text, expression.name.text];
  throw new Error(`unreadable heritage ${expression.getText()}`);
}

/** The text inside the last `[Api set: …]` of the node's own JSDoc, or null. */
function apiSetOf(node: ts.Node, source: ts.SourceFile): string | null {
  const text = source.text;
  const comments = ts.getLeadingCommentRanges(text, node.pos) ?? [];
  const last = comments.filter((c) => text.startsWith('/**', c.pos)).at(-1);
  if (!last) return null;
  const tags = [...text.slice(last.pos, last.end).matchAll(/\[Api set:\s*([^\]]*)\]/g)];
  const tag = tags.at(-1)?.[1]?.trim();
  return tag ? tag : null;
}

/** "ExcelApi 1.1 for reading visibility; 1.2 for setting it." (or "1.1 for get, 1.8 for set") → read 1.1, write 1.2. */
function splitTag(tag: string | null): { read: string | null; write: string | null } {
  if (tag === null) return { read: null, write: null };
  const set = /^([A-Za-z]+)/.exec(tag)?.[1] ?? '';
  const clauses = tag.split(/[;,]/).map((c) => ({ text: c, version: /(\d+\.\d+)/.exec(c)?.[1] ?? null }));
  const first = clauses[0]?.version ?? null;
  const setting = clauses.find((c) => /\bfor (set|setting|writing)\b/i.test(c.text))?.version ?? first;
  const label = (version: string | null): string | null => (version === null ? null : `${set} ${version}`.trim());
  return { read: label(first), write: label(setting) };
}

function oldest(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  const version = (s: string): number[] => /(\d+)\.(\d+)/.exec(s)?.slice(1).map(Number) ?? [0, 0];
  const [a1 = 0, a2 = 0] = version(a);
  const [b1 = 0, b2 = 0] = version(b);
  return a1 < b1 || (a1 === b1 && a2 <= b2) ? a : b;
}

function sortedKeys<V>(record: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
