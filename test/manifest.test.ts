/** The add-in manifest is well-formed and complete: what Excel needs to sideload it, and nothing it should not ask for. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = readFileSync(MANIFEST, 'utf8');

/**
 * What office-addin-manifest (the tool `npm run validate` and sideloading use) reads from a manifest. It loads ES modules Jest
 * cannot, so it runs in a plain Node child process.
 */
function readManifest(file: string): Record<string, unknown> {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)), (e) => { process.stderr.write(String(e)); process.exit(1); })`;
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  ) as Record<string, unknown>;
}

/** Every start and end tag in order, for a nesting check that needs no parser. */
function tags(text: string): { name: string; kind: 'open' | 'close' | 'self' }[] {
  const body = text.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  return [...body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g)].map((m) => ({
    name: m[2] ?? '',
    kind: m[1] ? 'close' : m[4] ? 'self' : 'open',
  }));
}

function attributes(name: string, attr: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b[^>]*\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

/** PNG width and height from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is well-formed XML that office-addin-manifest reads as an Excel task-pane add-in', () => {
    const stack: string[] = [];
    for (const t of tags(xml)) {
      if (t.kind === 'open') stack.push(t.name);
      else if (t.kind === 'close') expect(stack.pop()).toBe(t.name);
    }
    expect(stack).toEqual([]);
    // Nothing outside the tags but text: a stray '<' or '&' would break Office's parser.
    expect(xml.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|apos;)/);
    const info = readManifest(MANIFEST);
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.defaultLocale).toBe('fi-FI');
    expect(info.permissions).toBe('ReadWriteDocument');
  });

  it('has a reader that does refuse a broken manifest (so the check above can fail)', () => {
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'manifest.xml');
    writeFileSync(broken, xml.replace('</Hosts>', ''));
    expect(() => readManifest(broken)).toThrow();
  });

  it('asks only for ReadWriteDocument and for ExcelApi 1.6', () => {
    expect([...xml.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadWriteDocument']);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.6"\/>/);
  });

  it('has unique control and resource ids, and every resid points to a resource', () => {
    const ids = [
      ...attributes('Group', 'id'),
      ...attributes('Control', 'id'),
      ...attributes('bt:Image', 'id'),
      ...attributes('bt:Url', 'id'),
      ...attributes('bt:String', 'id'),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const resids = [...xml.matchAll(/resid="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(ids).toContain(r);
  });

  it('has the two ribbon buttons on the Home tab: the one-click summary and the pane', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>generateSummary<\/FunctionName>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/id="SummaryButton.Label" DefaultValue="Luo yhteenveto"/);
    expect(xml).toMatch(/id="TaskpaneButton.Label" DefaultValue="Avaa Seuranta"/);
    // The command's name is the one the function file associates.
    expect(readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8')).toContain("associate('generateSummary'");
  });

  it('overrides every Finnish string in Swedish and English', () => {
    const strings = [...xml.matchAll(/<bt:String id="([^"]*)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const [, , inner] of strings) {
      expect(inner).toMatch(/Locale="sv-SE"/);
      expect(inner).toMatch(/Locale="en-US"/);
    }
  });

  it('keeps every URL on one https origin, pages that the build makes', () => {
    const urls = [...xml.matchAll(/="(https?:\/\/[^"]*)"/g)]
      .map((m) => m[1] ?? '')
      .filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect([...origins]).toEqual(['https://localhost:3000']);
    const pages = new Set(urls.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.html')));
    expect([...pages].sort()).toEqual(['/commands.html', '/support.html', '/taskpane.html']);
    for (const page of pages) expect(existsSync(path.join(ROOT, 'src', page.slice(1, -'.html'.length), page.slice(1)))).toBe(true);
  });

  it('sends users who ask for support to the support page, not into the add-in', () => {
    expect(xml).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/support\.html"\/>/);
    expect(xml).toMatch(/<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/support\.html"\/>/);
    expect(readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8')).toContain("filename: 'support.html'");
  });

  it('points at icons that exist with the pixel sizes Office asks for', () => {
    const images = [...xml.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="([^"]*)"/g)];
    // 16, 32 and 80 are required; the others let Office pick a sharp icon at 125-250 % scaling instead of resizing one.
    expect(images.map((m) => m[1])).toEqual(['16', '20', '24', '32', '40', '48', '64', '80']);
    for (const icon of xml.match(/<Icon>[\s\S]*?<\/Icon>/g) ?? []) {
      expect([...icon.matchAll(/size="(\d+)" resid="Icon\.(\d+)x\d+"/g)].map((m) => [m[1], m[2]])).toEqual(images.map((m) => [m[1], m[1]]));
    }
    for (const [, w, h, url] of images) {
      const file = path.join(ROOT, new URL(url ?? '').pathname);
      expect(pngSize(file)).toEqual({ width: Number(w), height: Number(h) });
    }
    expect(pngSize(path.join(ROOT, 'assets/icon-32.png'))).toEqual({ width: 32, height: 32 });
    expect(xml).toMatch(/<IconUrl DefaultValue="[^"]*\/assets\/icon-32\.png"\/>/);
    expect(pngSize(path.join(ROOT, 'assets/icon-64.png'))).toEqual({ width: 64, height: 64 });
    expect(xml).toMatch(/<HighResolutionIconUrl DefaultValue="[^"]*\/assets\/icon-64\.png"\/>/);
  });
});
