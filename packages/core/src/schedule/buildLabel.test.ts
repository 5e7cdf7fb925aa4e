import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proseLabel, sliceLabel, tidyLabel, wholeBrackets } from './buildLabel.js';

const label = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return proseLabel(sentence, 0, sentence.length, at, at + date.length);
};

describe('proseLabel', () => {
  it('drops the date and the particle after it', () => {
    expect(label('毎年度、取組内容を実施していきます。', '毎年度')).toBe('取組内容を実施していきます。');
    expect(label('2021年度に検討', '2021年度')).toBe('検討');
    expect(label('毎年度の予算編成を通じて', '毎年度')).toBe('予算編成を通じて');
  });

  it('keeps the words before a date in the middle of a sentence', () => {
    expect(label('効率化を進め、毎年度、定数を管理していきます。', '毎年度')).toBe(
      '効率化を進め、定数を管理していきます。',
    );
  });

  it('uses the words before a date that ends the sentence', () => {
    expect(label('基本設計：2021年度', '2021年度')).toBe('基本設計');
    expect(label('完成は、2024年度。', '2024年度')).toBe('完成。');
    expect(label('計画策定は令和4年度', '令和4年度')).toBe('計画策定');
    expect(label('基本設計→2021年度', '2021年度')).toBe('基本設計');
  });

  it('drops brackets left empty', () => {
    expect(label('計画期間(~2020年度)', '~2020年度')).toBe('計画期間');
  });
});

describe('tidyLabel', () => {
  it('collapses blanks, repeated commas and trims commas at the ends', () => {
    expect(tidyLabel('  、導入　 検討、、試行、 ')).toBe('導入 検討、試行');
  });

  it('runs in one pass over long runs of blanks and commas', () => {
    const text = '、 '.repeat(100_000) + 'x' + ' 、'.repeat(100_000);
    expect(tidyLabel(text)).toBe('x');
  });

  it('tidies as the regular expressions that describe it do', () => {
    /** What tidyLabel does, as regular expressions. */
    const spec = (text: string): string => {
      const s = text
        .replace(/\s+/g, ' ')
        .replace(/[(（] ?[)）]|【 ?】|「 ?」/g, '')
        .replace(/、+/g, '、')
        .replace(/、。/g, '。');
      return s.replace(/^[\s、，,]+/, '').replace(/[\s、，,]+$/, '');
    };
    const char = fc.constantFrom(...' \u3000\t\n、。，,()（）【】「」x検'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        expect(tidyLabel(text)).toBe(spec(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('labels a stretch of a text as tidyLabel labels it cut out', () => {
    const char = fc.constantFrom(...' \u3000\t、。，,()（）【】「」x検'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(sliceLabel(text, from, to)).toBe(tidyLabel(text.slice(from, to)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('proseLabel of a date that ends its bracket', () => {
  it('drops the particle before the date, as at the end of a sentence', () => {
    expect(label('（次回は令和6年度）', '令和6年度')).toBe('（次回）');
    expect(label('（次回は令和6年度）。', '令和6年度')).toBe('（次回）。');
    // Words after it in the bracket keep the particle.
    expect(label('（次回は令和6年度に改定）', '令和6年度')).toBe('（次回は改定）');
  });
});

describe('wholeBrackets', () => {
  it.each([
    ['（次回は）', '次回は'],
    ['（次回：）', '次回'],
    ['見直し（次回：）', '見直し（次回）'],
    ['（調査', '調査'],
    ['実施）', '実施'],
    ['【報告】', '報告'],
    ['(報告)', '報告'],
  ])('makes the brackets of %s whole: %s', (text, whole) => {
    expect(wholeBrackets(text)).toBe(whole);
  });

  it.each([
    '調査',
    '',
    '（仮称）計画の策定',
    '計画（案）',
    '第2)',
    '（一）と（二）の実施',
    '運用設計・構築、データ移行（現契約は1年程度再リース）',
  ])('leaves %s as it is', (text) => {
    expect(wholeBrackets(text)).toBe(text);
  });
});
