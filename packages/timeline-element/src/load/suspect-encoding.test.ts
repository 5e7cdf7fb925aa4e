import { expect } from '@open-wc/testing';
import { suspectEncoding } from './suspect-encoding.js';

const SEED = new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url).href;

/** The text's bytes in UTF-16 (little or big endian), with or without a byte-order mark. */
function utf16(text: string, bigEndian = false, bom = false): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) view.setUint16((at += 2) - 2, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), !bigEndian);
  return out;
}

/** あいう… and 年度 in EUC-JP (hiragana are A4A1–A4F3; 年 C7AF, 度 C5D9). */
function eucJp(hiragana: number): Uint8Array {
  const bytes = [0x32, 0x30, 0x32, 0x31, 0xc7, 0xaf, 0xc5, 0xd9, 0x0a];
  for (let i = 0; i < hiragana; i++) bytes.push(0xa4, 0xa2 + (i % 80));
  return new Uint8Array(bytes);
}

describe('suspectEncoding', () => {
  it('takes the seed in UTF-8, with or without a byte-order mark, and in UTF-16 with one', async () => {
    const seed = await (await fetch(SEED)).text();
    const utf8 = new TextEncoder().encode(seed);
    expect(suspectEncoding(utf8)).to.equal(null);
    expect(suspectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.subarray(0, 3000)]))).to.equal(null);
    expect(suspectEncoding(utf16(seed, false, true))).to.equal(null);
    expect(suspectEncoding(utf16(seed, true, true))).to.equal(null);
  });

  it('takes Shift_JIS: 年度 and hiragana in Shift_JIS are not EUC-JP', () => {
    // 2021年度：あいう in Shift_JIS (年 944E, 度 9378, ： 8146, あ 82A0 …).
    const sjis = new Uint8Array([0x32, 0x30, 0x32, 0x31, 0x94, 0x4e, 0x93, 0x78, 0x81, 0x46]);
    const kana = Array.from({ length: 20 }, (_, i) => [0x82, 0xa0 + i]).flat();
    expect(suspectEncoding(new Uint8Array([...sjis, ...kana]))).to.equal(null);
  });

  it('tells UTF-16 without a byte-order mark, little or big endian', async () => {
    const seed = await (await fetch(SEED)).text();
    expect(suspectEncoding(utf16(seed))).to.equal('utf-16');
    expect(suspectEncoding(utf16(seed, true))).to.equal('utf-16');
  });

  it('tells EUC-JP by the hiragana it holds only when read as EUC-JP', () => {
    expect(new TextDecoder('euc-jp').decode(eucJp(3))).to.equal('2021年度\nあぃい');
    expect(suspectEncoding(eucJp(30))).to.equal('euc-jp');
    // Too little Japanese to tell: left to the readers.
    expect(suspectEncoding(eucJp(3))).to.equal(null);
  });

  it('leaves plain ASCII and empty files alone', () => {
    expect(suspectEncoding(new TextEncoder().encode('no,title\n1,a'))).to.equal(null);
    expect(suspectEncoding(new Uint8Array())).to.equal(null);
  });
});
