/** Builds the add-in for production and measures what the task pane loads first, and what it must not hold. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface BundleFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  /** What taskpane.html loads before anything else: its own bytes and every local script and stylesheet it names. */
  firstLoad: BundleFile[];
  firstLoadBytes: number;
  firstLoadGzipBytes: number;
  /** Same set from webpack's entrypoint (initial chunks), to show both readings agree. */
  entrypointAssets: string[];
  /** Module paths in the task pane's initial chunks that match a forbidden pattern (must be empty). */
  forbiddenInFirstLoad: string[];
  /** The same over every chunk the task pane can ever load (lazy ones too). */
  forbiddenAnywhereInTaskpane: string[];
  modulesInFirstLoad: number;
  /** Entries left out of the build because their source file does not exist yet (the pane's own figures stand alone). */
  entriesSkipped: string[];
  buildMs: number;
}

const ROOT = path.resolve(__dirname, '..');
const FORBIDDEN: readonly [string, RegExp][] = [
  ['exceljs', /node_modules[\\/]exceljs[\\/]/],
  ['src/cli', /(^|[\\/]|\.\/)src[\\/]cli[\\/]/],
];

interface StatsModule {
  name?: string;
  identifier?: string;
  chunks?: (string | number)[];
  modules?: StatsModule[];
}
interface StatsChunk {
  id: string | number;
  initial: boolean;
  children?: (string | number)[];
}
interface StatsJson {
  entrypoints?: Record<string, { chunks: (string | number)[]; assets: { name: string }[]; childAssets?: unknown }>;
  chunks?: StatsChunk[];
  modules?: StatsModule[];
}

/**
 * Runs webpack in production mode with the project's own config into `bench/out/dist` (never touching
 * `dist/`), then weighs the files taskpane.html loads and searches the initial chunks' modules.
 * @example (await measureBundle()).forbiddenInFirstLoad //=> []
 */
export async function measureBundle(): Promise<BundleResult> {
  const outDir = path.join(ROOT, 'bench', 'out', 'dist');
  fs.rmSync(outDir, { recursive: true, force: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(path.join(ROOT, 'webpack.config.js')) as unknown;
  // The config may be an object, or a (possibly async) function of webpack-cli's env and argv.
  const raw: unknown = await (typeof loaded === 'function'
    ? (loaded as (env: unknown, argv: unknown) => unknown)({ WEBPACK_BUILD: true }, { mode: 'production' })
    : loaded);
  const configs = (Array.isArray(raw) ? raw : [raw]) as import('webpack').Configuration[];
  const config = configs.find((c) => hasEntry(c, 'taskpane')) ?? configs[0];
  if (!config) throw new Error('webpack.config.js exports no configuration');
  const { entry: built, skipped } = existingEntries(config);
  const plugins = (config.plugins ?? []).filter((p) => !skipped.some((name) => htmlPluginChunks(p)?.includes(name)));
  const started = performance.now();
  const stats = await new Promise<import('webpack').Stats>((resolve, reject) => {
    webpack({ ...config, entry: built, plugins, mode: 'production', output: { ...config.output, path: outDir } }, (error, result) => {
      if (error) return reject(error);
      if (!result) return reject(new Error('webpack returned no stats'));
      if (result.hasErrors())
        return reject(new Error(`webpack: ${result.toString({ all: false, errors: true }).split('\n').slice(0, 4).join(' ')}`));
      resolve(result);
    });
  });
  const buildMs = performance.now() - started;
  const json = stats.toJson({
    all: false,
    entrypoints: true,
    chunks: true,
    chunkRelations: true,
    modules: true,
    nestedModules: true,
    ids: true,
  }) as StatsJson;

  const entry = json.entrypoints?.taskpane;
  if (!entry) throw new Error('no "taskpane" entry in the webpack stats');
  const initialIds = new Set(entry.chunks.map(String));
  const allIds = reachableChunks(initialIds, json.chunks ?? []);
  const inInitial: string[] = [];
  const inAll: string[] = [];
  for (const module of flatten(json.modules ?? [])) {
    const id = module.name ?? module.identifier ?? '';
    const chunks = (module.chunks ?? []).map(String);
    if (chunks.some((c) => initialIds.has(c))) inInitial.push(id);
    if (chunks.some((c) => allIds.has(c))) inAll.push(id);
  }
  // The search must see real module paths, or an empty result would prove nothing: React and our core must show.
  if (!inInitial.some((id) => /node_modules[\\/]react-dom[\\/]/.test(id)) || !inInitial.some((id) => /src[\\/]core[\\/]/.test(id))) {
    throw new Error('webpack stats show no react-dom or src/core module paths: the ExcelJS/CLI search would prove nothing');
  }
  const forbidden = (ids: readonly string[]): string[] =>
    [...new Set(ids.filter((id) => FORBIDDEN.some(([, pattern]) => pattern.test(id))))].sort();

  const htmlPath = path.join(outDir, 'taskpane.html');
  const html = fs.readFileSync(htmlPath, 'utf8');
  const referenced = localAssets(html);
  const initialScripts = entry.assets.map((a) => a.name).filter((name) => /\.(js|css)$/.test(name));
  const missing = initialScripts.filter((name) => !referenced.includes(name));
  if (missing.length > 0) throw new Error(`taskpane.html does not load initial chunks ${missing.join(', ')}: cannot tell what loads first`);
  const files = [htmlPath, ...referenced.map((ref) => path.join(outDir, ref))];
  const firstLoad = files.map((file) => {
    const buffer = fs.readFileSync(file);
    return { name: path.relative(outDir, file), bytes: buffer.length, gzipBytes: zlib.gzipSync(buffer).length };
  });
  return {
    firstLoad,
    firstLoadBytes: firstLoad.reduce((n, f) => n + f.bytes, 0),
    firstLoadGzipBytes: firstLoad.reduce((n, f) => n + f.gzipBytes, 0),
    entrypointAssets: entry.assets.map((a) => a.name),
    forbiddenInFirstLoad: forbidden(inInitial),
    forbiddenAnywhereInTaskpane: forbidden(inAll),
    modulesInFirstLoad: inInitial.length,
    entriesSkipped: skipped,
    buildMs,
  };
}

/** The config's entries whose source files exist; another helper's entry still being written must not stop the measure. */
function existingEntries(config: import('webpack').Configuration): { entry: Record<string, string | string[]>; skipped: string[] } {
  const entry: Record<string, string | string[]> = {};
  const skipped: string[] = [];
  for (const [name, value] of Object.entries((config.entry ?? {}) as Record<string, string | string[]>)) {
    const files = Array.isArray(value) ? value : [value];
    if (files.every((f) => fs.existsSync(path.resolve(ROOT, f)))) entry[name] = value;
    else skipped.push(name);
  }
  return { entry, skipped };
}

/** The chunks an HtmlWebpackPlugin page includes, or null for any other plugin. */
function htmlPluginChunks(plugin: unknown): string[] | null {
  const options = (plugin as { userOptions?: { chunks?: unknown } } | null)?.userOptions;
  return options && Array.isArray(options.chunks) ? (options.chunks as string[]) : null;
}

function hasEntry(config: import('webpack').Configuration, name: string): boolean {
  return typeof config.entry === 'object' && config.entry !== null && name in config.entry;
}

/** Local `<script src>` and `<link rel=stylesheet href>` of the page, the Office.js CDN left out. */
function localAssets(html: string): string[] {
  // Attribute values quoted or not: the minified page may drop the quotes.
  const value = `(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`;
  const refs: string[] = [];
  for (const match of html.matchAll(new RegExp(`<script\\b[^>]*\\bsrc=${value}`, 'g'))) refs.push(match[1] ?? match[2] ?? match[3] ?? '');
  for (const match of html.matchAll(new RegExp(`<link\\b[^>]*\\bhref=${value}[^>]*>`, 'g'))) {
    if (/stylesheet/.test(match[0])) refs.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return refs.filter((ref) => ref !== '' && !/^(https?:)?\/\//.test(ref)).map((ref) => ref.replace(/^\.?\//, '').split('?')[0] as string);
}

function reachableChunks(initial: Set<string>, chunks: readonly StatsChunk[]): Set<string> {
  const byId = new Map(chunks.map((c) => [String(c.id), c]));
  const seen = new Set(initial);
  const queue = [...initial];
  while (queue.length > 0) {
    const chunk = byId.get(queue.pop() as string);
    for (const child of chunk?.children ?? []) {
      if (!seen.has(String(child))) {
        seen.add(String(child));
        queue.push(String(child));
      }
    }
  }
  return seen;
}

function flatten(modules: readonly StatsModule[]): StatsModule[] {
  // A concatenated module lists its parts under `modules` and carries the chunks for all of them.
  return modules.flatMap((m) => [m, ...flatten(m.modules ?? []).map((inner) => ({ ...inner, chunks: m.chunks }))]);
}
