import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { decodeBytes } from './decodeBytes.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const sjis = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'Shift_JIS'));

describe('decodeBytes', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeBytes(utf8('通し番号,項目'))).toEqual({
      text: '通し番号,項目',
      encoding: 'utf-8',
      bom: false,
      diagnostics: [],
    });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('◎財政')]);
    expect(decodeBytes(bytes)).toMatchObject({ text: '◎財政', encoding: 'utf-8', bom: true });
  });

  it('detects Shift_JIS that is not valid UTF-8', () => {
    const text = '通し番号,項目,スケジュール\r\nNo.1,1 財政健全化,2021(R3)年度～2022(R4)年度\r\n';
    const bytes = sjis(text);
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'shift_jis', bom: false, diagnostics: [] });
  });

  it('reads the JSDoc example bytes as 年度 in Shift_JIS', () => {
    expect(decodeBytes(new Uint8Array([0x94, 0x4e, 0x93, 0x78]))).toMatchObject({
      text: '年度',
      encoding: 'shift_jis',
    });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x74, 0x5e, 0xa6, 0x5e]); // 年度
    const be = new Uint8Array([0xfe, 0xff, 0x5e, 0x74, 0x5e, 0xa6]);
    expect(decodeBytes(le)).toMatchObject({ text: '年度', encoding: 'utf-16le', bom: true });
    expect(decodeBytes(be)).toMatchObject({ text: '年度', encoding: 'utf-16be', bom: true });
  });

  it('reads UTF-16 without a byte-order mark, told by its NUL bytes', () => {
    const seed = readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url), 'utf8');
    const text = seed.slice(0, 4000);
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-16le', bom: false, diagnostics: [] });
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be', bom: false, diagnostics: [] });
    // A few NUL bytes in UTF-8 text are only characters.
    expect(decodeBytes(utf8('No.1\u0000,A\u0000B,年度'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('reads EUC-JP when it reads as Japanese and Shift_JIS does not', () => {
    const text = '通し番号,項目,スケジュール\nNo.1,1 財政健全化,2021(R3)年度：あらためて見直しを行います。\n';
    const bytes = new Uint8Array(iconv.encode(text, 'EUC-JP'));
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'euc-jp', bom: false, diagnostics: [] });
  });

  it('keeps Shift_JIS when the bytes are valid EUC-JP too but do not read as Japanese there', () => {
    // Half-width katakana are one byte each in Shift_JIS; two of them make a kanji in EUC-JP.
    const text = 'ｶﾀｶﾅﾃﾞｽﾈ';
    const bytes = sjis(text);
    expect(() => new TextDecoder('euc-jp', { fatal: true }).decode(bytes)).not.toThrow();
    expect(decodeBytes(bytes)).toMatchObject({ text, encoding: 'shift_jis' });
  });

  it('prefers UTF-8 for plain ASCII, valid in both', () => {
    expect(decodeBytes(utf8('no,code\n1,1-1'))).toMatchObject({ encoding: 'utf-8', text: 'no,code\n1,1-1' });
  });

  it('reads bytes valid in neither encoding as UTF-8 with U+FFFD and warns', () => {
    const result = decodeBytes(new Uint8Array([0x41, 0xff, 0xff, 0x42]));
    expect(result.text).toBe('A\ufffd\ufffdB');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'encoding', severity: 'warning' });
  });

  it('reads the seed in Shift_JIS with one stray byte as Shift_JIS, losing only that byte', () => {
    const seed = readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url), 'utf8');
    const bytes = sjis(seed);
    const lineBreak = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1); // the end of line 2
    const stray = new Uint8Array([
      ...bytes.subarray(0, lineBreak + 1),
      0xa0,
      ...bytes.subarray(lineBreak + 1),
    ]);
    const whole = decodeBytes(bytes);
    expect(whole).toMatchObject({ encoding: 'shift_jis', diagnostics: [] });
    const result = decodeBytes(stray);
    expect(result.encoding).toBe('shift_jis');
    expect(result.text.replace('\ufffd', '')).toBe(whole.text);
    expect(result.diagnostics).toMatchObject([
      {
        code: 'encoding',
        severity: 'warning',
        line: 3,
        source: { start: seed.indexOf('\n', seed.indexOf('\n') + 1) + 1 },
      },
    ]);
    expect(result.diagnostics[0]!.message).toMatch(
      /read as Shift_JIS, which fits them best; 1 sequence of bytes that does not fit became U\+FFFD \(�\), the first on line 3\./,
    );
    expect(result.diagnostics[0]!.messageJa).toMatch(/最も合うShift_JISとして読み、合わないバイト列1か所/);
  });

  it('reads EUC-JP cut in the middle of its last character as EUC-JP, and UTF-8 with a bad byte as UTF-8', () => {
    const text = '通し番号,項目,スケジュール\nNo.1,1 財政健全化,2021(R3)年度：あらためて見直しを行います。\n';
    const euc = new Uint8Array(iconv.encode(`${text}年`, 'EUC-JP'));
    const cut = decodeBytes(euc.subarray(0, euc.length - 1));
    expect(cut.encoding).toBe('euc-jp');
    expect(cut.text).toBe(`${text}\ufffd`);
    expect(cut.diagnostics[0]).toMatchObject({ code: 'encoding', line: 3 });
    const bad = decodeBytes(new Uint8Array([...utf8(text), 0xff, ...utf8('続き')]));
    expect(bad).toMatchObject({ encoding: 'utf-8', text: `${text}\ufffd続き` });
  });

  it('reads empty input as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({
      text: '',
      encoding: 'utf-8',
      bom: false,
      diagnostics: [],
    });
  });

  it('does not mutate its input', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
    decodeBytes(bytes);
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0x41]);
  });

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof decodeBytes(bytes).text).toBe('string');
      }),
    );
  });
});
