/** The relationships a part has to other parts, with their targets resolved to part names. */
import { relationshipsPartOf } from '../package/relationshipsPartOf';
import { resolvePartTarget } from '../package/resolvePartTarget';
import { attributeOf } from './attributeOf';
import type { ZipDirectory } from './readZipDirectory';
import { relationshipKind } from './relationshipKind';
import { localName } from './localName';
import { scanXmlPart } from './scanXmlPart';

export interface PartRelationship {
  id: string;
  /** `relationshipKind` of the type: `worksheet`, `styles`, `table`, … */
  kind: string;
  /** The part it points at, as a zip entry name; null for an external target (a web address). */
  part: string | null;
}

/**
 * The relationships of `source` (`''` for the package itself); none when it has no relationships part.
 * @example (await readRelationships(bytes, zip, 'xl/workbook.xml')).find((r) => r.kind === 'styles')?.part //=> 'xl/styles.xml'
 */
export async function readRelationships(bytes: Uint8Array, zip: ZipDirectory, source: string): Promise<PartRelationship[]> {
  const entry = zip.get(relationshipsPartOf(source).replace(/^\//, '').toLowerCase());
  if (entry === undefined) return [];
  const out: PartRelationship[] = [];
  await scanXmlPart(bytes, entry, {
    open(tag) {
      const name = localName(tag.name);
      const attributes = tag.attributes;
      if (name !== 'Relationship') return;
      const target = attributeOf(attributes, 'Target') ?? '';
      const external = attributeOf(attributes, 'TargetMode') === 'External';
      out.push({
        id: attributeOf(attributes, 'Id') ?? '',
        kind: relationshipKind(attributeOf(attributes, 'Type') ?? ''),
        part: external ? null : targetPart(source, target),
      });
    },
  });
  return out;
}

function targetPart(source: string, target: string): string {
  try {
    return resolvePartTarget(source, target);
  } catch {
    // A target that is no valid URI (a stray '%') names no part of the package.
    return target;
  }
}
