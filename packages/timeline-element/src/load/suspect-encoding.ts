/** An encoding a plan file seems to be in that plans are not read in. */
export type SuspectEncoding = 'utf-16' | 'euc-jp';

/** Bytes looked at: enough to tell, cheap for a large file. */
const SAMPLE = 1 << 18;

/**
 * Tells a plan file saved in an encoding the readers do not take (they read
 * UTF-8, Shift_JIS, and UTF-16 with a byte-order mark) before it is shown as
 * garbled items: UTF-16 without a byte-order mark (NUL bytes, which UTF-8 and
 * Shift_JIS text never holds) and EUC-JP (not UTF-8, and Japanese — hiragana —
 * only when read as EUC-JP, not as Shift_JIS). Looks at the first 256 KB.
 *
 * @param bytes - the file's bytes
 * @returns the encoding the file seems to be in, or `null` when it is one the readers take
 * @example
 * suspectEncoding(new TextEncoder().encode('2021(R3)年度：導入検討'))
 * //=> null
 * suspectEncoding(new Uint8Array([0xa4, 0xa2, 0xa4, 0xa4, …]))   // あい… in EUC-JP
 * //=> 'euc-jp'
 */
export function suspectEncoding(bytes: Uint8Array): SuspectEncoding | null {
  const [b0, b1, b2] = bytes;
  if (
    (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) ||
    (b0 === 0xff && b1 === 0xfe) ||
    (b0 === 0xfe && b1 === 0xff)
  )
    return null;
  const sample = bytes.subarray(0, SAMPLE);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (nul > sample.length / 20) return 'utf-16';
  // A character cut at the end of the sample may decode badly: allow one.
  const utf8 = decode('utf-8', sample);
  if (utf8 === null || count(utf8, /\ufffd/g) <= 1) return null;
  const euc = decode('euc-jp', sample);
  const sjis = decode('shift_jis', sample);
  if (euc === null || sjis === null || count(euc, /\ufffd/g) > 1) return null;
  const hiragana = /[\u3041-\u309f]/g;
  const inEuc = count(euc, hiragana);
  return inEuc >= 8 && inEuc > 4 * count(sjis, hiragana) ? 'euc-jp' : null;
}

function decode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
