import { describe, expect, it } from 'vitest';
import { listMarkerBefore, listMarkerEnd } from './listMarker.js';

/** The marker listMarkerEnd finds at the start of `text`, or null. */
const markerAtStart = (text: string): string | null => {
  const end = listMarkerEnd(text, 0, text.length);
  return end < 0 ? null : text.slice(0, end);
};

/** The text from the marker listMarkerBefore finds before `date` in `text`, or null. */
const fromMarkerBefore = (text: string, date: string): string | null => {
  const at = text.lastIndexOf(date);
  const m = listMarkerBefore(text, at, 0);
  return m < 0 ? null : text.slice(m);
};

describe('listMarkerEnd', () => {
  it.each([
    ['〇令和4年度', '〇'],
    ['・計画', '・'],
    ['● 計画', '●'],
    ['◎計画', '◎'],
    ['▶計画', '▶'],
    ['★計画', '★'],
    ['※計画', '※'],
    ['- 計画', '-'],
    ['①計画', '①'],
    ['⑳計画', '⑳'],
    ['⑴計画', '⑴'],
    ['❶計画', '❶'],
    ['(1)計画', '(1)'],
    ['(12)計画', '(12)'],
    ['（２）計画', '（２）'],
    ['（ア）計画', '（ア）'],
    ['(a)計画', '(a)'],
    ['（十二）計画', '（十二）'],
    ['1.計画', '1.'],
    ['12. 計画', '12.'],
    ['3)計画', '3)'],
    ['4）計画', '4）'],
    ['5．計画', '5．'],
  ])('finds the marker of %s', (text, marker) => {
    expect(markerAtStart(text)).toBe(marker);
  });

  it.each([
    '〇〇計画', // a plan not yet named
    '1.5倍',
    '123.計画', // three digits: a number
    '(R3)計画',
    '(仮称)計画',
    '()計画',
    '(123)計画',
    '計画',
    '2021年度',
    '',
  ])('finds none in %j', (text) => {
    expect(markerAtStart(text)).toBeNull();
  });

  it('keeps within its limit', () => {
    expect(listMarkerEnd('(1)', 0, 2)).toBe(-1);
    expect(listMarkerEnd('1.', 0, 1)).toBe(-1);
    expect(listMarkerEnd('・', 1, 1)).toBe(-1);
  });
});

describe('listMarkerBefore', () => {
  it.each([
    ['令和4年度 設計 〇令和5年度 運用', '〇令和5年度 運用'],
    ['令和4年度 設計 〇 令和5年度 運用', '〇 令和5年度 運用'],
    ['令和4年度 設計 ② 令和5年度 運用', '② 令和5年度 運用'],
    ['令和4年度 設計（2）令和5年度 運用', '（2）令和5年度 運用'],
    ['令和4年度 設計 12)令和5年度 運用', '12)令和5年度 運用'],
    ['令和4年度 設計、2.令和5年度 運用', '2.令和5年度 運用'],
    ['令和4年度 調査・令和5年度 設計', '・令和5年度 設計'],
  ])('finds the marker in %s', (text, from) => {
    expect(fromMarkerBefore(text, '令和5年度')).toBe(from);
  });

  it.each([
    '令和4年度 設計 令和5年度 運用',
    '令和4年度 第2)令和5年度 運用', // a number opens an item only after a blank or a separator
    '令和4年度 設計 〇〇令和5年度 運用',
    '規模1.5 令和5年度',
  ])('finds none in %s', (text) => {
    expect(fromMarkerBefore(text, '令和5年度')).toBeNull();
  });

  it('takes a marker at `from` with nothing before it, and looks no further back', () => {
    expect(listMarkerBefore('1.令和5年度', 2, 0)).toBe(0);
    expect(listMarkerBefore('x1.令和5年度', 3, 1)).toBe(1);
    expect(listMarkerBefore('〇令和5年度', 1, 1)).toBe(-1);
  });
});
