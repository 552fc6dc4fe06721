/** An attribute by its local name, whatever prefix the part gives it. */

/**
 * `attributes[name]`, else the first `prefix:name` (relationship ids are `r:id` in Excel's parts and
 * carry other prefixes elsewhere); undefined when absent.
 * @example attributeOf({ name: 'Talous', sheetId: '2', 'r:id': 'rId2' }, 'id') //=> 'rId2'
 */
export function attributeOf(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  const plain = attributes[name];
  if (plain !== undefined) return plain;
  const suffix = `:${name}`;
  for (const key in attributes) {
    if (key.endsWith(suffix) && !key.startsWith('xmlns:')) return attributes[key];
  }
  return undefined;
}
