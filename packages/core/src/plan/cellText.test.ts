import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellText } from './cellText.js';

describe('cellText', () => {
  it("reads the seed's HTML cells into paragraphs and bullets", () => {
    const cell =
      '<p>市の様々な活動や資産を広告媒体として活用していきます。</p> <p>※導入事例</p> <ul style="list-style-type: none"> ・印刷物（婚姻届外各種パンフレット、子育て支援ブック） ・庁舎案内版、番号案内表示 ・公用封筒、窓口封筒 ';
    expect(cellText(cell)).toBe(
      '市の様々な活動や資産を広告媒体として活用していきます。\n※導入事例\n・印刷物（婚姻届外各種パンフレット、子育て支援ブック）\n・庁舎案内版、番号案内表示\n・公用封筒、窓口封筒',
    );
  });

  it("splits the seed's flattened plain cells at sentence ends and bullets", () => {
    expect(
      cellText('必要なルールを検討し、構築します。 ・デジタル会議の対象設定 ・会議資料の形式、様式'),
    ).toBe('必要なルールを検討し、構築します。\n・デジタル会議の対象設定\n・会議資料の形式、様式');
  });

  it('keeps a ・ inside a word on its line', () => {
    expect(cellText('統廃合・長寿命化等を計画的に行う')).toBe('統廃合・長寿命化等を計画的に行う');
  });

  it('keeps line breaks of plain cells (CSV) and drops blank lines', () => {
    expect(cellText('2021(R3)年度：検討\r\n\r\n2022(R4)年度：実施  ')).toBe(
      '2021(R3)年度：検討\n2022(R4)年度：実施',
    );
  });

  it('keeps the blanks an indented line after the first starts with, when asked (a schedule cell)', () => {
    const cell = '  令和3年度：システム導入に向けた\r\n　　　　　調査・検討\n\t\t試行 \n令和4年度：構築';
    expect(cellText(cell, true)).toBe(
      '令和3年度：システム導入に向けた\n　　　　　調査・検討\n 試行\n令和4年度：構築',
    );
    expect(cellText(cell)).toBe('令和3年度：システム導入に向けた\n調査・検討\n試行\n令和4年度：構築');
    // Lines cut at a bullet or a sentence's end start with no blank.
    expect(cellText('調査。　結果\n 　・項目', true)).toBe('調査。\n結果\n・項目');
    // Of a cell with markup, the full-width spaces (the white space of markup starts no line).
    expect(cellText('<p>令和3年度：調査</p>\n <p>　　結果の分析</p>', true)).toBe(
      '令和3年度：調査\n　　結果の分析',
    );
  });

  it('leaves ampersands of plain text alone', () => {
    expect(cellText('R&amp;D')).toBe('R&amp;D');
    expect(cellText('<p>R&amp;D</p>')).toBe('R&D');
  });

  it('cuts plain cells as the chain of replacements it stands for would', () => {
    const reference = (raw: string): string =>
      raw
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t\f\v]+/g, ' ')
        .replace(/[ \u3000\u00a0]+(?=・)/g, '\n')
        .replace(/。[ \u3000\u00a0]+/g, '。\n')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n');
    const part = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\f',
      '\v',
      '\r',
      '\n',
      '\r\n',
      '\u3000',
      '\u00a0',
      '\u2003',
      '・',
      '。',
      'x',
      '予定',
    );
    fc.assert(
      fc.property(fc.array(part), (parts) => {
        const raw = parts.join('');
        expect(cellText(raw)).toBe(reference(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    const samples = ['<p>a。 b</p><ul><li>x</li></ul>', 'x<y>z', '<p>&lt;b&gt;</p>', ' ・a ・b。 c'];
    for (const s of samples) expect(cellText(cellText(s))).toBe(cellText(s));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (s, keepIndent) => {
        const once = cellText(s, keepIndent);
        expect(cellText(once, keepIndent)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(' ', '\u3000', '\t', '\n', '\r', '・', '。', 'x', '<p>')),
        (parts) => {
          const once = cellText(parts.join(''), true);
          expect(cellText(once, true)).toBe(once);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('<p>', '</p>', '<', '>', 'b', '&lt;', '&amp;', ' ', '・', '。', '\n', 'x')),
        (parts) => {
          const once = cellText(parts.join(''));
          expect(cellText(once)).toBe(once);
          expect(/<[A-Za-z/!?]/.test(once) && /<\/?[A-Za-z][^<>]*>/.test(once)).toBe(false);
        },
      ),
    );
  });
});
