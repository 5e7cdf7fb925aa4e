import type { Diagnostic } from '../model/types.js';

/** The encodings {@link decodeBytes} tells apart. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

/** What {@link decodeBytes} read. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding it was read as. */
  encoding: TextEncodingName;
  /** Whether the bytes began with a byte-order mark. */
  bom: boolean;
  /** A warning when the bytes were valid in no encoding tried (read as UTF-8 with U+FFFD). */
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

/**
 * Decodes the bytes of a plan file: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a byte-order mark (Excel's "Unicode text"), or Shift_JIS (CSV
 * saved by Excel in Japan), detected from the bytes.
 *
 * A byte-order mark decides; otherwise the bytes are read as UTF-8 when they
 * are valid UTF-8, else as Shift_JIS when they are valid Shift_JIS, else as
 * UTF-8 with U+FFFD for the bad bytes and a warning. Uses the platform's
 * `TextDecoder` (Shift_JIS needs full ICU, as in browsers and standard Node
 * builds); never throws.
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
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false, diagnostics: [] };
  const sjis = tryDecode('shift_jis', bytes);
  if (sjis !== null) return { text: sjis, encoding: 'shift_jis', bom: false, diagnostics: [] };
  return {
    text: decodeUtf8Lossy(bytes),
    encoding: 'utf-8',
    bom: false,
    diagnostics: [
      {
        code: 'encoding',
        severity: 'warning',
        message:
          'The bytes are neither valid UTF-8 nor valid Shift_JIS; they were read as UTF-8 and each undecodable byte became U+FFFD (�).',
        source: { start: 0, end: 0 },
      },
    ],
  };
}
