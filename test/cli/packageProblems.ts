/** Test helper: what is wrong with an .xlsx package as Excel would see it, read from its parts alone. */
import JSZip from 'jszip';
import { xmlDecoderFor } from '../../src/cli/xlsx/read/xmlDecoderFor';

const xmlTextOf = (bytes: Uint8Array): string => xmlDecoderFor(bytes).decode(bytes);

/**
 * What Excel would repair or lose: a relationship to a part that is not there, a part no relationship
 * reaches, a part without a content type, a content type for a part that is gone.
 * @example await packageProblems(bytes) //=> [] for a package Excel opens without repair
 */
export async function packageProblems(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  const problems: string[] = [];
  const reached = new Set<string>();
  const queue = [''];
  for (let source = queue.pop(); source !== undefined; source = queue.pop()) {
    const relsName = source === '' ? '_rels/.rels' : source.replace(/([^/]*)$/, '_rels/$1.rels');
    const rels = zip.file(relsName);
    if (!rels) continue;
    for (const m of xmlTextOf(await rels.async('uint8array')).matchAll(/<Relationship [^>]*?Target="([^"]+)"[^>]*?\/>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = m[1]!;
      const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
      for (const seg of target.split('/'))
        if (seg === '..') base.pop();
        else if (seg && seg !== '.') base.push(seg);
      const part = base.join('/');
      if (!names.includes(part)) problems.push(`${relsName} points to missing ${part}`);
      else if (!reached.has(part)) {
        reached.add(part);
        queue.push(part);
      }
    }
  }
  const types = xmlTextOf(await zip.file('[Content_Types].xml')!.async('uint8array'));
  const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
  const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]!);
  for (const name of names) {
    if (name === '[Content_Types].xml' || name.endsWith('.rels')) continue;
    if (!reached.has(name)) problems.push(`${name} is reached by no relationship`);
    if (!overrides.includes(name) && !defaults.includes(name.split('.').pop()!.toLowerCase())) problems.push(`${name} has no content type`);
  }
  for (const o of overrides) if (!names.includes(o)) problems.push(`content type for missing ${o}`);
  return problems;
}
