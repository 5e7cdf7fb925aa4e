import { describe, expect, it } from 'vitest';
import { findTitleEnd } from './findTitleEnd.js';

describe('findTitleEnd', () => {
  it("finds the end of the title in the seed's merged cells", () => {
    const text = 'PPPによる運営手法の検討（山王地区公民館） 山王地区公民館について、PPPによる公設民営…';
    const end = findTitleEnd(text, 'PPPによる運営手法の検討（山王地区公民館）');
    expect(text.slice(0, end)).toBe('PPPによる運営手法の検討（山王地区公民館）');
  });

  it('ignores width and white space', () => {
    const text = '市庁舎の耐震化 (防災拠点としての機能強化) 市役所本庁舎の…';
    expect(text.slice(0, findTitleEnd(text, '市庁舎の耐震化（防災拠点としての機能強化）'))).toBe(
      '市庁舎の耐震化 (防災拠点としての機能強化)',
    );
  });

  it('returns -1 when the text does not start with the title', () => {
    expect(findTitleEnd('事業の質を確保しながら', '指定管理者制度の活用・検証')).toBe(-1);
    expect(findTitleEnd('指定管理', '指定管理者制度')).toBe(-1);
    expect(findTitleEnd('abc', '')).toBe(-1);
  });
});
