import { deflateRawSync } from 'node:zlib';
import { scanXmlPart } from './scanXmlPart';
import type { ZipEntry } from './readZipDirectory';
import { WorkbookUnreadable } from './workbookUnreadable';

/** A file holding only the part's bytes, deflated or stored. */
function part(content: Uint8Array, method = 8): { bytes: Uint8Array; entry: ZipEntry } {
  const data = method === 8 ? deflateRawSync(content) : content;
  return {
    bytes: data,
    entry: { name: 'xl/worksheets/sheet1.xml', method, encrypted: false, compressedSize: data.length, size: content.length, dataStart: 0 },
  };
}

async function events(content: string | Uint8Array, method = 8): Promise<string[]> {
  const { bytes, entry } = part(typeof content === 'string' ? Buffer.from(content) : content, method);
  const out: string[] = [];
  await scanXmlPart(bytes, entry, {
    open: (tag) => {
      out.push(`<${tag.name}${tag.attributes.r ? ` r=${tag.attributes.r}` : ''}>`);
    },
    text: (text) => {
      out.push(text);
    },
    close: (tag) => {
      out.push(`</${tag.name}>`);
    },
  });
  return out;
}

async function events2(bytes: Uint8Array, entry: ZipEntry): Promise<string[]> {
  const out: string[] = [];
  await scanXmlPart(bytes, entry, { open: () => undefined, text: (text) => void out.push(text) });
  return out;
}

async function reason(content: string | Uint8Array): Promise<string> {
  try {
    await events(content);
    return 'read';
  } catch (e) {
    if (e instanceof WorkbookUnreadable) return `${e.reason} ${e.detail.part}`;
    throw e;
  }
}

describe('scanXmlPart', () => {
  it('gives elements with their attributes, and text and CDATA as text, in order', async () => {
    expect(
      await events('<x:sheetData xmlns:x="urn:x"><x:c r="A1"><x:v>12</x:v></x:c><x:t><![CDATA[Ei / korona]]></x:t></x:sheetData>'),
    ).toEqual(['<x:sheetData>', '<x:c r=A1>', '<x:v>', '12', '</x:v>', '</x:c>', '<x:t>', 'Ei / korona', '</x:t>', '</x:sheetData>']);
  });

  it('reads a part that starts with a UTF-8 byte-order mark, stored or deflated', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<?xml version="1.0"?><t>Kyllä</t>')]);
    expect(await events(withBom)).toEqual(['<t>', 'Kyllä', '</t>']);
    expect(await events(withBom, 0)).toEqual(['<t>', 'Kyllä', '</t>']);
  });

  it('reads a UTF-16 part by its byte-order mark, or without one by how it writes <', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<t>Åtgärd</t>', 'utf16le')]);
    expect(await events(utf16)).toEqual(['<t>', 'Åtgärd', '</t>']);
    const bigEndian = Buffer.from('<?xml version="1.0" encoding="UTF-16BE"?><t>Åtgärd</t>', 'utf16le').swap16();
    expect(await events(bigEndian)).toEqual(['<t>', 'Åtgärd', '</t>']);
  });

  it('keeps a text that a slice boundary splits inside a character, stored or deflated', async () => {
    const long = `<t>${'ä'.repeat(600_000)}</t>`;
    expect((await events(long, 0)).filter((e) => !e.startsWith('<')).join('')).toBe('ä'.repeat(600_000));
    expect((await events(long)).filter((e) => !e.startsWith('<')).join('')).toBe('ä'.repeat(600_000));
  });

  it('streams a part larger than it inflates at once, to the same result', async () => {
    const rows = '<row><c t="inlineStr"><is><t>Kyllä</t></is></c></row>'.repeat(400_000);
    const { bytes, entry } = part(Buffer.from(`<sheetData>${rows}</sheetData>`));
    expect(entry.size).toBeGreaterThan(16 * 1024 * 1024);
    let texts = 0;
    await scanXmlPart(bytes, entry, { open: () => undefined, text: (t) => void (texts += t === 'Kyllä' ? 1 : 0) });
    expect(texts).toBe(400_000);
  });

  it('streams a part whose directory understates its size, rather than cutting it', async () => {
    const { bytes, entry } = part(Buffer.from(`<t>${'Toimenpide '.repeat(1000)}</t>`));
    expect((await events2(bytes, { ...entry, size: 10 })).join('')).toBe('Toimenpide '.repeat(1000));
  });

  it('refuses a DOCTYPE before any entity it declares is expanded (an XML bomb)', async () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><t>&lol2;</t>';
    expect(await reason(bomb)).toBe('doctype xl/worksheets/sheet1.xml');
    expect(await reason('<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><t>&x;</t>')).toBe('doctype xl/worksheets/sheet1.xml');
  });

  it('calls a part that is not XML, not text, or empty damaged', async () => {
    expect(await reason('Toimenpide;Tila\nAsiakasohjaus;Valmis\n')).toBe('damagedPart xl/worksheets/sheet1.xml');
    expect(await reason('<worksheet><sheetData></worksheet>')).toBe('damagedPart xl/worksheets/sheet1.xml');
    expect(await reason(Buffer.from([0x3c, 0x74, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x74, 0x3e]))).toBe('damagedPart xl/worksheets/sheet1.xml');
    expect(await reason('')).toBe('damagedPart xl/worksheets/sheet1.xml');
  });

  it('calls data that does not inflate corrupt', async () => {
    const { bytes, entry } = part(Buffer.from(`<t>${'Toimenpide '.repeat(1000)}</t>`));
    const cut = { ...entry, compressedSize: Math.floor(entry.compressedSize / 2) };
    await expect(scanXmlPart(bytes, cut, { open: () => undefined })).rejects.toMatchObject({ reason: 'corrupt' });
  });

  it('passes on a fault of the handler as it is, not as a damaged file', async () => {
    const { bytes, entry } = part(Buffer.from('<t>x</t>'));
    await expect(
      scanXmlPart(bytes, entry, {
        open: () => {
          throw new TypeError('bug');
        },
      }),
    ).rejects.toThrow(TypeError);
  });
});
