import { describe, expect, it } from 'vitest';
import { binaryFormatOf } from './binaryFormat.js';
import { parsePlan } from './parsePlan.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** The first bytes of a ZIP archive whose first entry is named `entry`, as an Office file starts. */
const zipWith = (entry: string): Uint8Array =>
  bytes('PK', [3, 4, 20, 0, 6, 0, 8, 0], new Array<number>(18).fill(0), entry, '<?xml version="1.0"?>');

describe('binaryFormatOf', () => {
  it('tells Excel workbooks, Word documents, other ZIP archives, old Office files and PDFs', () => {
    expect(binaryFormatOf(zipWith('[Content_Types].xml...xl/workbook.xml'))?.name).toBe(
      'an Excel workbook (.xlsx)',
    );
    expect(binaryFormatOf(zipWith('word/document.xml'))?.name).toBe('a Word document (.docx)');
    expect(binaryFormatOf(zipWith('plans/plan.csv'))?.name).toBe('a ZIP archive');
    expect(binaryFormatOf(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))?.nameJa).toContain(
      '.xls',
    );
    expect(binaryFormatOf(bytes('%PDF-1.7\n%âãÏÓ'))?.name).toBe('a PDF document');
  });

  it('tells images: a screenshot or a scan of a plan is no text either', () => {
    const images: [Uint8Array, string][] = [
      [bytes([0x89], 'PNG\r\n', [0x1a], '\n', [0, 0, 0, 13], 'IHDR'), 'a PNG image'],
      [bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'a JPEG image'],
      [bytes('GIF89a', [1, 0, 1, 0]), 'a GIF image'],
      [bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 '), 'a WebP image'],
      [bytes('II*', [0, 8, 0, 0, 0]), 'a TIFF image'],
      [bytes('MM', [0], '*', [0, 0, 0, 8]), 'a TIFF image'],
    ];
    for (const [file, name] of images) {
      const known = binaryFormatOf(file);
      expect(known?.name, name).toBe(name);
      expect(known?.nameJa, name).toBe(`${name.split(' ')[1]} の画像`);
    }
  });

  it('takes text, and files too short to tell, for text', () => {
    for (const text of [
      '通し番号,項目',
      'PK',
      '%PD',
      '',
      'PKZIP の説明',
      'GIF89 の件',
      'RIFF と WEBP',
      'MM*',
      'II',
    ])
      expect(binaryFormatOf(new TextEncoder().encode(text)), text).toBeNull();
  });
});

describe('parsePlan of a file that holds no text', () => {
  it('says what the file is and how to save it as text, in both languages, and reads nothing', () => {
    const plan = parsePlan(zipWith('xl/workbook.xml'));
    expect(plan.items).toEqual([]);
    expect(plan.diagnostics).toEqual([
      {
        code: 'not-text',
        severity: 'error',
        message:
          'The file is an Excel workbook (.xlsx), not text: save the sheet as CSV (UTF-8 or Shift_JIS) or as tab-separated text, and read that file.',
        messageJa:
          'このファイルはExcel のブック（.xlsx）で、テキストではありません。シートを CSV（UTF-8 または Shift_JIS）かタブ区切りのテキストとして保存し、そのファイルを読み込んでください。',
        source: { start: 0, end: 0 },
      },
    ]);
  });

  it('says so of an image too', () => {
    const plan = parsePlan(
      bytes([0x89], 'PNG\r\n', [0x1a], '\n', [0, 0, 0, 13], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1]),
    );
    expect(plan.items).toEqual([]);
    expect(plan.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      [
        'not-text',
        'error',
        "The file is a PNG image, not text: copy the plan's table into a text file (its own layout, CSV or TSV), and read that file.",
      ],
    ]);
    expect(plan.diagnostics[0]!.messageJa).toBe(
      'このファイルはPNG の画像で、テキストではありません。計画の表をテキストファイル（元の形式、CSV、TSV）に写し、そのファイルを読み込んでください。',
    );
  });
});
