import { describe, expect, it } from 'vitest';
import { LineBreaks } from './chars.js';
import { labelFromLinesAfter, type Labelled } from './lineLabels.js';

/** Labels the items of `text` (each `[start, end, label]`), nothing else covered, and returns them as labelled. */
function label(text: string, items: [number, number, string][], covered: [number, number][] = []) {
  const labelled: Labelled[] = items.map(([start, end, l]) => ({ label: l, source: { start, end } }));
  const sources = [...labelled.map((x) => x.source), ...covered.map(([start, end]) => ({ start, end }))];
  labelFromLinesAfter(labelled, sources, sources.length, text, text, new LineBreaks(text));
  return labelled.map((x) => [x.label, text.slice(x.source.start, x.source.end)]);
}

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
