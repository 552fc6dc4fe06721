/** What an OLE compound file is: a password-protected workbook, an old .xls, or something else. */
import type { UnreadableReason } from './workbookUnreadable';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;

/**
 * Null for a file that is no compound file (no D0 CF 11 E0 A1 B1 1A E1 signature). Otherwise Excel
 * keeps a password-protected .xlsx in one, beside an `EncryptionInfo` stream ('encrypted'); an
 * Excel 97–2003 workbook has a `Workbook` (or Excel 5's `Book`) stream ('legacyXls'); anything else
 * (a Word document) is 'notWorkbook', and a directory that cannot be followed 'corrupt'.
 * @example oleFileReason(readFileSync('salattu.xlsx')) //=> 'encrypted'
 */
export function oleFileReason(bytes: Uint8Array): UnreadableReason | null {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  const names = oleStreamNames(bytes);
  if (names === null) return 'corrupt';
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return 'encrypted';
  if (names.includes('Workbook') || names.includes('Book')) return 'legacyXls';
  return 'notWorkbook';
}

/**
 * The names of the storages and streams in the file's directory (e.g. `EncryptionInfo`,
 * `EncryptedPackage` for an encrypted .xlsx; `Workbook` for an .xls), or null when the directory
 * cannot be followed (a truncated or damaged file). Follows the sector chains through the FAT,
 * with a bound on their length so that a looping chain ends.
 */
function oleStreamNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sectorStart = (n: number): number | null => {
    const at = (n + 1) * sectorSize;
    return n < 0 || at + sectorSize > bytes.length ? null : at;
  };

  const fatSectors = fatSectorsOf(view, sectorSize, sectorStart);
  if (fatSectors === null) return null;
  const next = (n: number): number | null => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(n / perSector)];
    const at = fatSector === undefined ? null : sectorStart(fatSector);
    return at === null ? null : view.getUint32(at + (n % perSector) * 4, true);
  };

  const names: string[] = [];
  let sector: number | null = view.getUint32(0x30, true);
  for (let steps = 0; sector !== null && sector !== END_OF_CHAIN; steps++) {
    const at = sectorStart(sector);
    if (at === null || steps > sectorCount) return null;
    for (let entry = at; entry < at + sectorSize; entry += DIRECTORY_ENTRY_SIZE) {
      const nameBytes = view.getUint16(entry + 0x40, true);
      if (nameBytes < 2 || nameBytes > 64) continue;
      names.push(new TextDecoder('utf-16le').decode(bytes.subarray(entry, entry + nameBytes - 2)));
    }
    sector = next(sector);
  }
  return sector === null ? null : names;
}

/** The FAT's own sectors: the first 109 are listed in the header, the rest in a chain of DIFAT sectors. */
function fatSectorsOf(view: DataView, sectorSize: number, sectorStart: (n: number) => number | null): number[] | null {
  const count = view.getUint32(0x2c, true);
  const out: number[] = [];
  for (let i = 0; i < Math.min(count, HEADER_DIFAT_ENTRIES); i++) out.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  const perSector = sectorSize / 4 - 1;
  for (let steps = 0; out.length < count && difat !== END_OF_CHAIN; steps++) {
    const at = sectorStart(difat);
    if (at === null || steps > count) return null;
    for (let i = 0; i < perSector && out.length < count; i++) out.push(view.getUint32(at + i * 4, true));
    difat = view.getUint32(at + perSector * 4, true);
  }
  return out.length === count ? out : null;
}
