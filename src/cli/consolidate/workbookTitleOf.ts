/** The title a workbook carries in its document properties (File → Info → Title in Excel). */
import { localName } from '../xlsx/read/localName';
import { readRelationships } from '../xlsx/read/readRelationships';
import { readZipDirectory } from '../xlsx/read/readZipDirectory';
import { scanXmlPart } from '../xlsx/read/scanXmlPart';
import { WorkbookUnreadable } from '../xlsx/read/workbookUnreadable';

const CORE_PROPERTIES = 'metadata/core-properties';
/** Where Excel puts the core properties, for a package whose relationships do not name them. */
const DEFAULT_PART = 'docProps/core.xml';

/**
 * `dc:title` of the package's core properties part, found through the package's relationships; null when there is
 * none, it is empty, or the part is damaged: a title only names the unit, so a bad one never costs the unit its row.
 * @example await workbookTitleOf(readFileSync('yksiköt/kh_pori_v3.xlsx')) //=> 'Kotihoito, Pori'
 */
export async function workbookTitleOf(bytes: Uint8Array): Promise<string | null> {
  try {
    const zip = readZipDirectory(bytes);
    const named = (await readRelationships(bytes, zip, '')).find((r) => r.kind === CORE_PROPERTIES)?.part;
    const entry = zip.get((named ?? DEFAULT_PART).toLowerCase());
    if (entry === undefined) return null;
    let depth = 0;
    let inTitle = false;
    let title = '';
    await scanXmlPart(bytes, entry, {
      open(tag) {
        depth += 1;
        // The title directly under cp:coreProperties, not some other vocabulary's element of that name deeper down.
        inTitle = depth === 2 && localName(tag.name) === 'title';
      },
      text(text) {
        if (inTitle) title += text;
      },
      close() {
        depth -= 1;
        inTitle = false;
      },
    });
    const trimmed = title.trim();
    return trimmed === '' ? null : trimmed;
  } catch (e) {
    if (e instanceof WorkbookUnreadable) return null;
    throw e;
  }
}
