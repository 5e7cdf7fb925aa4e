import { describe, expect, it } from 'vitest';
import { LineBreaks } from './chars.js';
import {
  labelFromColumnsBelow,
  labelFromIndentedLines,
  labelFromLinesAfter,
  type Labelled,
} from './lineLabels.js';

/**
 * Labels the items of `text` (each `[start, end, label]`) with `labeller`, the items' sources and `covered` covering
 * the text, and returns them as labelled.
 */
function labelWith(
  labeller: typeof labelFromLinesAfter,
  text: string,
  items: [number, number, string][],
  covered: [number, number][] = [],
) {
  const labelled: Labelled[] = items.map(([start, end, l]) => ({ label: l, source: { start, end } }));
  const sources = [...labelled.map((x) => x.source), ...covered.map(([start, end]) => ({ start, end }))];
  labeller(labelled, sources, sources.length, text, text, new LineBreaks(text));
  return labelled.map((x) => [x.label, text.slice(x.source.start, x.source.end)]);
}

const label = (text: string, items: [number, number, string][], covered: [number, number][] = []) =>
  labelWith(labelFromLinesAfter, text, items, covered);

describe('labelFromLinesAfter', () => {
  it('gives a date alone on its line the words of the lines after it, list markers left out', () => {
    expect(label('令和3年度\n・現状調査\n(2) 課題整理', [[0, 5, '']])).toEqual([
      ['現状調査、課題整理', '令和3年度\n・現状調査\n(2) 課題整理'],
    ]);
    // Sentences run on without a 、.
    expect(label('毎年度\n点検する。\n公表する。', [[0, 3, '']])).toEqual([
      ['点検する。公表する。', '毎年度\n点検する。\n公表する。'],
    ]);
  });

  it('stops at a blank line and at a line something covers', () => {
    expect(label('令和3年度\n調査\n\n設計', [[0, 5, '']])).toEqual([['調査', '令和3年度\n調査']]);
    expect(label('令和3年度\n調査\n【新】\n設計', [[0, 5, '']], [[9, 12]])).toEqual([
      ['調査', '令和3年度\n調査'],
    ]);
  });

  it('leaves alone what has a label, or shares its line with words', () => {
    expect(label('令和3年度：検討\n調査', [[0, 8, '検討']])).toEqual([['検討', '令和3年度：検討']]);
    expect(label('計画 令和3年度\n調査', [[3, 8, '']])).toEqual([['', '令和3年度']]);
    expect(label('令和3年度 計画\n調査', [[0, 5, '']])).toEqual([['', '令和3年度']]);
  });
});

describe('labelFromIndentedLines', () => {
  const label = (text: string, items: [number, number, string][], covered: [number, number][] = []) =>
    labelWith(labelFromIndentedLines, text, items, covered);

  it('continues a label that ends its line with the indented lines after it', () => {
    expect(label('令和3年度：調査\n　　結果の\n　　分析\n計画', [[0, 8, '調査']])).toEqual([
      ['調査 結果の 分析', '令和3年度：調査\n　　結果の\n　　分析'],
    ]);
    // Each item that ends the line, as the spans of a list do.
    expect(
      label('令和4年度・5年度：試行\n 検証', [
        [0, 12, '試行'],
        [0, 12, '試行'],
      ]),
    ).toEqual([
      ['試行 検証', '令和4年度・5年度：試行\n 検証'],
      ['試行 検証', '令和4年度・5年度：試行\n 検証'],
    ]);
  });

  it('stops at a line not indented, a blank line and a line something covers', () => {
    expect(label('令和3年度：調査\n結果', [[0, 8, '調査']])).toEqual([['調査', '令和3年度：調査']]);
    expect(label('令和3年度：調査\n　\n　結果', [[0, 8, '調査']])).toEqual([['調査', '令和3年度：調査']]);
    expect(label('令和3年度：調査\n　【新】\n　結果', [[0, 8, '調査']], [[10, 13]])).toEqual([
      ['調査', '令和3年度：調査'],
    ]);
  });

  it('leaves alone an item with words after it on its line, and the last line', () => {
    expect(label('令和3年度：調査 計画\n　結果', [[0, 8, '調査']])).toEqual([['調査', '令和3年度：調査']]);
    expect(label('令和3年度：調査', [[0, 8, '調査']])).toEqual([['調査', '令和3年度：調査']]);
  });
});

describe('labelFromColumnsBelow', () => {
  const label = (text: string, items: [number, number, string][], covered: [number, number][] = []) =>
    labelWith(labelFromColumnsBelow, text, items, covered);
  // 'R3　R4　R5' and the items of its three years.
  const years: [number, number, string][] = [
    [0, 2, ''],
    [3, 5, ''],
    [6, 8, ''],
  ];

  it('gives dates side by side on their line the words under each, column by column', () => {
    expect(label('R3　R4　R5\n検討　実施　検証', years)).toEqual([
      ['検討', 'R3　R4　R5\n検討'],
      ['実施', 'R4　R5\n検討　実施'],
      ['検証', 'R5\n検討　実施　検証'],
    ]);
    // Line after line of as many words, list markers left out; blanks of any width and number between words.
    expect(
      label('R3　R4　R5\n・調査 ・設計   ・工事\n(庁内)　(全庁)　(全庁)', years).map(([l]) => l),
    ).toEqual(['調査、(庁内)', '設計、(全庁)', '工事、(全庁)']);
  });

  it('carries a label on into the column of an arrow, a rule or 〃', () => {
    expect(label('R3　R4　R5\n検討　→　実施', years).map(([l]) => l)).toEqual(['検討', '検討', '実施']);
    expect(label('R3　R4　R5\n検討　――→　〃', years).map(([l]) => l)).toEqual(['検討', '検討', '検討']);
  });

  it('stops at a line of another count of words, a blank line, a remark and a line something covers', () => {
    const labels = (text: string, covered: [number, number][] = []) =>
      label(text, years, covered).map(([l]) => l);
    expect(labels('R3　R4　R5\n検討　実施\n調査　設計　工事')).toEqual(['', '', '']);
    expect(labels('R3　R4　R5\n\n検討　実施　検証')).toEqual(['', '', '']);
    expect(labels('R3　R4　R5\n※詳細は　別紙　参照')).toEqual(['', '', '']);
    expect(labels('R3　R4　R5\n検討　実施　検証\n毎年度　点検　報告', [[18, 21]])).toEqual([
      '検討',
      '実施',
      '検証',
    ]);
    // A line that starts with an arrow carries on no label: it is no row under the years.
    expect(labels('R3　R4　R5\n→　実施　検証')).toEqual(['', '', '']);
  });

  it('leaves alone dates that share their line with words or a label, or one alone on its line', () => {
    expect(
      label('計画 R3　R4\n検討　実施', [
        [3, 5, ''],
        [6, 8, ''],
      ]).map(([l]) => l),
    ).toEqual(['', '']);
    expect(
      label('R3　R4 計画\n検討　実施', [
        [0, 2, ''],
        [3, 5, ''],
      ]).map(([l]) => l),
    ).toEqual(['', '']);
    expect(
      label('R3：調査　R4\n検討　実施', [
        [0, 5, '調査'],
        [6, 8, ''],
      ]).map(([l]) => l),
    ).toEqual(['調査', '']);
    expect(label('R3\n検討', [[0, 2, '']])).toEqual([['', 'R3']]);
    // The spans of one list (`令和3・4年度`) share their source: they are no columns.
    expect(
      label('令和3・4年度\n検討　実施', [
        [0, 7, ''],
        [0, 7, ''],
      ]).map(([l]) => l),
    ).toEqual(['', '']);
  });
});
