import type { Diagnostic } from '../model/types.js';
import { LineCounter } from './lineCounter.js';

/** The encodings {@link decodeBytes} tells apart. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp';

/** What {@link decodeBytes} read. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding it was read as. */
  encoding: TextEncodingName;
  /** Whether the bytes began with a byte-order mark. */
  bom: boolean;
  /** A warning when the bytes were valid in no encoding tried (read in the one that fits best, with U+FFFD). */
  diagnostics: Diagnostic[];
}

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

/** `TextDecoder` of the platform (browsers, Node, Deno, workers), reached without DOM or Node typings. */
function decoderFor(label: string, fatal: boolean): Decoder | null {
  const Ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (!Ctor) return null;
  try {
    return new Ctor(label, { fatal, ignoreBOM: true });
  } catch {
    return null; // e.g. Node built without full ICU has no shift_jis
  }
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  const decoder = decoderFor(label, true);
  if (!decoder) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes as UTF-8 without failing, with U+FFFD for bad bytes; a last resort that needs no TextDecoder. */
function decodeUtf8Lossy(bytes: Uint8Array): string {
  const decoder = decoderFor('utf-8', false);
  if (decoder) return decoder.decode(bytes);
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : '\ufffd';
  return out;
}

/** Bytes looked at to tell encodings apart: enough to tell, cheap for a large file. */
const SAMPLE = 1 << 18;

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes (which UTF-8 and
 * Shift_JIS text never hold): over one byte in twenty, nearly all of them on
 * the high side of a code unit (odd offsets little-endian, even big-endian).
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const nul = even + odd;
  if (end === 0 || nul <= end / 20) return null;
  if (odd >= nul * 0.9) return 'utf-16le';
  if (even >= nul * 0.9) return 'utf-16be';
  return null;
}

/** Hiragana in a text: Japanese prose is full of them; text read in the wrong encoding has few. */
function hiragana(text: string): number {
  let count = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x309f) count++;
  }
  return count;
}

/**
 * Decodes the bytes of a plan file: UTF-8 (with or without a byte-order mark),
 * UTF-16 (Excel's "Unicode text", with or without a byte-order mark),
 * Shift_JIS (CSV saved by Excel in Japan) or EUC-JP (older Unix systems),
 * detected from the bytes.
 *
 * A byte-order mark decides; NUL bytes on one side of each code unit tell
 * UTF-16 without one; otherwise the bytes are read as UTF-8 when they are
 * valid UTF-8, else as Shift_JIS or EUC-JP, whichever is valid — when both
 * are, EUC-JP only if it reads as Japanese (many more hiragana) and Shift_JIS
 * does not —, else in whichever of the three fits them best (reads as the most
 * Japanese, then has the fewest bad bytes) with U+FFFD for the bytes that do not
 * fit, and a warning that names the encoding and the line of the first. Uses
 * the platform's `TextDecoder` (Shift_JIS and EUC-JP need full ICU, as in
 * browsers and standard Node builds); never throws.
 *
 * @param bytes - the file's bytes
 * @returns the text, the encoding it was read as, and any warning
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0xb9, 0xb4])).text
 * //=> '年'
 * decodeBytes(new Uint8Array([0x94, 0x4e, 0x93, 0x78])).encoding
 * //=> 'shift_jis'   (年度)
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    return {
      text: tryDecode('utf-8', rest) ?? decodeUtf8Lossy(rest),
      encoding: 'utf-8',
      bom: true,
      diagnostics: [],
    };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const decoder = decoderFor(encoding, false);
    if (decoder) return { text: decoder.decode(bytes.subarray(2)), encoding, bom: true, diagnostics: [] };
  }
  const wide = utf16WithoutBom(bytes);
  const utf16 = wide === null ? null : tryDecode(wide, bytes);
  if (wide !== null && utf16 !== null) return { text: utf16, encoding: wide, bom: false, diagnostics: [] };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false, diagnostics: [] };
  const sjis = tryDecode('shift_jis', bytes);
  const euc = tryDecode('euc-jp', bytes);
  const eucKana = euc === null ? 0 : hiragana(euc);
  if (euc !== null && (sjis === null || (eucKana >= 8 && eucKana > 4 * hiragana(sjis))))
    return { text: euc, encoding: 'euc-jp', bom: false, diagnostics: [] };
  if (sjis !== null) return { text: sjis, encoding: 'shift_jis', bom: false, diagnostics: [] };
  return closestDecoding(bytes);
}

/** The encodings {@link closestDecoding} tries, in the order it prefers them when they fit equally. */
const FALLBACKS: readonly TextEncodingName[] = ['utf-8', 'shift_jis', 'euc-jp'];

/**
 * Bytes valid in none of the encodings: read in the one that fits them best, with U+FFFD (�) for each
 * sequence that does not fit, and a warning that says so and where the first one is. The best fit is the one
 * that reads as the most Japanese (hiragana), then with the fewest U+FFFD: a Shift_JIS file with one stray
 * byte is read as Shift_JIS with one U+FFFD, not as UTF-8 with one for every Japanese character.
 */
function closestDecoding(bytes: Uint8Array): DecodedText {
  let best: { text: string; encoding: TextEncodingName; kana: number; bad: number } | null = null;
  for (const encoding of FALLBACKS) {
    const decoder = decoderFor(encoding, false);
    if (!decoder) continue;
    const text = decoder.decode(bytes);
    const kana = hiragana(text);
    const bad = replacements(text);
    if (best === null || kana > best.kana || (kana === best.kana && bad < best.bad))
      best = { text, encoding, kana, bad };
  }
  const text = best?.text ?? decodeUtf8Lossy(bytes);
  const encoding = best?.encoding ?? 'utf-8';
  const first = Math.max(0, text.indexOf('\ufffd'));
  const line = new LineCounter(text).lineAt(first);
  const count = best?.bad ?? replacements(text);
  const name = ENCODING_NAMES[encoding];
  return {
    text,
    encoding,
    bom: false,
    diagnostics: [
      {
        code: 'encoding',
        severity: 'warning',
        message: `The bytes are valid in none of UTF-8, Shift_JIS and EUC-JP. They were read as ${name}, which fits them best; ${count} ${count === 1 ? 'sequence' : 'sequences'} of bytes that ${count === 1 ? 'does' : 'do'} not fit became U+FFFD (�), the first on line ${line}.`,
        messageJa: `UTF-8、Shift_JIS、EUC-JPのどれとしても正しくない文字コードです。最も合う${name}として読み、合わないバイト列${count}か所を U+FFFD（�）にしました（最初は${line}行目）。`,
        source: { start: first, end: Math.min(text.length, first + 1) },
        line,
      },
    ],
  };
}

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
};

/** How many U+FFFD a text holds. */
function replacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}
