/** A kind of file that holds no text, as its first bytes tell, named for the message that says so. */
export interface BinaryFormat {
  /** What the file is, in English: `an Excel workbook (.xlsx)`. */
  name: string;
  /** The same in Japanese: `Excel のブック（.xlsx）`. */
  nameJa: string;
  /** What to do instead, in English. */
  advice: string;
  /** The same in Japanese. */
  adviceJa: string;
}

const SAVE_AS_TEXT = {
  advice: 'save the sheet as CSV (UTF-8 or Shift_JIS) or as tab-separated text, and read that file',
  adviceJa:
    'シートを CSV（UTF-8 または Shift_JIS）かタブ区切りのテキストとして保存し、そのファイルを読み込んでください',
};
/** What to do with a file that holds a plan's table but cannot be read as one (a document, a web page). */
export const COPY_AS_TEXT = {
  advice: "copy the plan's table into a text file (its own layout, CSV or TSV), and read that file",
  adviceJa: '計画の表をテキストファイル（元の形式、CSV、TSV）に写し、そのファイルを読み込んでください',
};

/** The bytes at `at` are those of `ascii`. */
function startsWith(bytes: Uint8Array, ascii: string, at = 0): boolean {
  if (bytes.length < at + ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Whether `ascii` occurs in the first `within` bytes (the names of a ZIP archive's first entries). */
function holds(bytes: Uint8Array, ascii: string, within: number): boolean {
  const end = Math.min(bytes.length, within) - ascii.length;
  for (let i = 0; i <= end; i++) if (startsWith(bytes, ascii, i)) return true;
  return false;
}

/**
 * Tells a file that is no text from its first bytes: an Excel workbook (`.xlsx`, or the older `.xls`), a
 * Word or other Office document, a ZIP archive, a PDF, an image (PNG, JPEG, GIF, WebP, TIFF: a screenshot or a
 * scan of a plan's table). A plan is read from text (the seed's layout, CSV, TSV or JSON); such a file read as
 * text would give nothing but a confusing error.
 *
 * @param bytes - the file's bytes
 * @returns what the file is, with advice, or `null` when it may be text
 * @example
 * binaryFormatOf(new TextEncoder().encode('%PDF-1.7'))?.name
 * //=> 'a PDF document'
 * binaryFormatOf(new TextEncoder().encode('通し番号,項目'))
 * //=> null
 */
export function binaryFormatOf(bytes: Uint8Array): BinaryFormat | null {
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    // An Office Open XML file is a ZIP archive whose first entries name its parts (xl/…, word/…); an entry
    // written further in makes it a ZIP archive here, whose advice holds all the same.
    if (holds(bytes, 'xl/', 4096))
      return { name: 'an Excel workbook (.xlsx)', nameJa: 'Excel のブック（.xlsx）', ...SAVE_AS_TEXT };
    if (holds(bytes, 'word/', 4096))
      return { name: 'a Word document (.docx)', nameJa: 'Word の文書（.docx）', ...COPY_AS_TEXT };
    return { name: 'a ZIP archive', nameJa: 'ZIP 形式のファイル', ...COPY_AS_TEXT };
  }
  if (startsWith(bytes, '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1'))
    return {
      name: 'an Excel 97–2003 workbook (.xls) or another older Office file',
      nameJa: 'Excel 97–2003 のブック（.xls）などの古い Office のファイル',
      ...SAVE_AS_TEXT,
    };
  if (startsWith(bytes, '%PDF-')) return { name: 'a PDF document', nameJa: 'PDF の文書', ...COPY_AS_TEXT };
  const image = imageKindOf(bytes);
  if (image) return { name: `a ${image} image`, nameJa: `${image} の画像`, ...COPY_AS_TEXT };
  return null;
}

/** The kind of image the bytes begin as (a screenshot or a scan of a plan's table), or `null`. */
function imageKindOf(bytes: Uint8Array): string | null {
  if (startsWith(bytes, '\u0089PNG\r\n\u001a\n')) return 'PNG';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'JPEG';
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'GIF';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'WebP';
  if (startsWith(bytes, 'II*\u0000') || startsWith(bytes, 'MM\u0000*')) return 'TIFF';
  return null;
}
