/**
 * The floor of the file itself: its sheet parts and the shared strings they point into, each
 * inflated at once (node's zlib, the fastest way there is) and scanned by the fastest XML scanner we
 * have, the reader's own (createXmlParser: faster than saxes, to which it leaves what it does not
 * scan), every tag and text handed to a handler that does nothing. Nothing else of ours but finding
 * the entries in the zip's directory and the size of the slices the reader decodes. Writes
 * `{ readMs, readCpuMs, bytesScanned }` to the JSON file named second.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { createXmlParser } from '../../src/cli/xlsx/read/createXmlParser';
import { readZipDirectory, type ZipEntry } from '../../src/cli/xlsx/read/readZipDirectory';
import { SLICE } from '../../src/cli/xlsx/read/scanXmlPart';
import { cpuMsSince } from './cpuMsSince';

const SCANNED = /^xl\/(worksheets\/[^/]+\.xml|sharedstrings\.xml)$/;

function scan(bytes: Uint8Array, entry: ZipEntry): void {
  const ignore = (): void => undefined;
  const parser = createXmlParser(entry.name, { open: ignore, text: ignore, close: ignore });
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const xml = entry.method === 0 ? data : inflateRawSync(data);
  // Decoded in the reader's slices: a part's text whole is a large object V8 maps afresh, which costs more than scanning
  // it on this VM, and a floor must not pay for what a reader need not.
  const decoder = new TextDecoder();
  for (let at = 0; at < xml.length; at += SLICE) parser.write(decoder.decode(xml.subarray(at, at + SLICE), { stream: true }));
  parser.write(decoder.decode());
  parser.close();
}

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: fileFloor <in.xlsx> <result.json>');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const bytes = readFileSync(input);
  let bytesScanned = 0;
  for (const [name, entry] of readZipDirectory(bytes)) {
    if (!SCANNED.test(name)) continue;
    scan(bytes, entry);
    bytesScanned += entry.size;
  }
  writeFileSync(output, JSON.stringify({ readMs: performance.now() - started, readCpuMs: cpuMsSince(cpu), bytesScanned }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(3);
});
