import { createUtf8Decoder } from './createUtf8Decoder';

/** What a decoder gives for `bytes` cut at `cuts`: the text, or 'refused'. */
function decodedIn(
  make: () => { decode(input: Uint8Array, options?: { stream?: boolean }): string },
  bytes: Uint8Array,
  cuts: number[],
): string {
  const decoder = make();
  let text = '';
  try {
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      text += decoder.decode(bytes.subarray(from, cut), { stream: cut < bytes.length });
      from = cut;
    }
    return text + decoder.decode(new Uint8Array(0));
  } catch (e) {
    // Node's own TypeError comes from outside Jest's realm, so its name is what tells.
    if ((e as Error).name !== 'TypeError') throw e;
    return 'refused';
  }
}

const fatal = (): TextDecoder => new TextDecoder('utf-8', { fatal: true });

describe('createUtf8Decoder', () => {
  it('reads Finnish and Swedish text, with or without a byte-order mark, however the bytes are cut', () => {
    const text = 'Toimenpide → Åtgärd: Käynnissä – 52,5 % €, 𝄞';
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      for (let cut = 0; cut <= bytes.length; cut++) expect(decodedIn(createUtf8Decoder, bytes, [cut])).toBe(text);
      expect(decodedIn(createUtf8Decoder, bytes, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])).toBe(text);
    }
  });

  it('refuses what a fatal TextDecoder refuses: stray, overlong, surrogate and unfinished sequences', () => {
    for (const bad of [
      [0x3c, 0xff, 0x3e],
      [0x80],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x86],
      [0xf4, 0x90, 0x80, 0x80],
      [0xef, 0xbb],
    ]) {
      const bytes = new Uint8Array(bad);
      expect(decodedIn(createUtf8Decoder, bytes, [])).toBe('refused');
      expect(decodedIn(fatal, bytes, [])).toBe('refused');
    }
  });

  it('agrees with a fatal TextDecoder on ten thousand random byte strings cut at random', () => {
    let seed = 4122026;
    const random = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const pieces = [
      [0x3c],
      [0x61],
      [0xc3, 0xa4],
      [0xe2, 0x86, 0x92],
      [0xf0, 0x9d, 0x84, 0x9e],
      [0xef, 0xbb, 0xbf],
      [0x80],
      [0xc3],
      [0xe2, 0x86],
      [0xff],
    ];
    for (let n = 0; n < 10_000; n++) {
      const bytes = new Uint8Array(Array.from({ length: random(8) }, () => pieces[random(pieces.length)] ?? []).flat());
      const cuts = Array.from({ length: random(4) }, () => random(bytes.length + 1)).sort((a, b) => a - b);
      expect([bytes.join(' '), cuts.join(' '), decodedIn(createUtf8Decoder, bytes, cuts)]).toEqual([
        bytes.join(' '),
        cuts.join(' '),
        decodedIn(fatal, bytes, cuts),
      ]);
    }
  });

  it('drops a mark again after a decode that ended the stream, as a TextDecoder does', () => {
    const decoder = createUtf8Decoder();
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, 0x4b]);
    expect(decoder.decode(marked)).toBe('K');
    expect(decoder.decode(marked)).toBe('K');
  });
});
