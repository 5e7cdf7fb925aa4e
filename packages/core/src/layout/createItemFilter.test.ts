import { describe, expect, it } from 'vitest';
import { dept, item } from '../../test-utils/layoutFixtures.js';
import { createItemFilter } from './createItemFilter.js';

const ict = item(38, '20', {
  title: '総合行政情報システムの最適化',
  content: 'クラウド化を進めます',
  goal: '適正なコスト',
  departments: [dept('ICT'), dept('全庁', 'participating')],
});
const finance = item(2, '1-1', { title: '収支均衡した予算編成', departments: [dept('財政')] });
const nobody = item(9, '3', { title: '債権の適正管理' });

describe('createItemFilter', () => {
  it('lets everything through when empty', () => {
    const show = createItemFilter({});
    expect([ict, finance, nobody].map(show)).toEqual([true, true, true]);
    expect([ict, finance, nobody].map(createItemFilter({ filter: '  ', departments: [] }))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('finds words in the title, content, goal and code', () => {
    expect(createItemFilter({ filter: '予算' })(finance)).toBe(true);
    expect(createItemFilter({ filter: 'クラウド' })(ict)).toBe(true);
    expect(createItemFilter({ filter: 'コスト' })(ict)).toBe(true);
    expect(createItemFilter({ filter: '1-1' })(finance)).toBe(true);
    expect(createItemFilter({ filter: '予算' })(ict)).toBe(false);
  });

  it('searches an item again once its texts or departments are changed', () => {
    const changing = item(12, '4', { title: '窓口の改善', departments: [dept('市民')] });
    const show = createItemFilter({ filter: '窓口' });
    expect(show(changing)).toBe(true);
    changing.title = '受付の改善';
    expect(show(changing)).toBe(false);
    expect(createItemFilter({ filter: '受付' })(changing)).toBe(true);
    changing.departments = [dept('窓口')];
    expect(show(changing)).toBe(true);
  });

  it('needs every word to match', () => {
    expect(createItemFilter({ filter: 'クラウド 最適化' })(ict)).toBe(true);
    expect(createItemFilter({ filter: 'クラウド 予算' })(ict)).toBe(false);
  });

  it('folds width and case, including the ideographic space', () => {
    expect(createItemFilter({ filter: 'ｉｃｔ' })(ict)).toBe(true);
    expect(createItemFilter({ filter: 'クラウド\u3000ＩＣＴ' })(ict)).toBe(true);
  });

  it('matches No. words against the serial exactly', () => {
    expect(createItemFilter({ filter: 'No.38' })(ict)).toBe(true);
    expect(createItemFilter({ filter: 'no3' })(ict)).toBe(false);
    expect(createItemFilter({ filter: 'Ｎｏ．２' })(finance)).toBe(true);
  });

  it('finds department names in the text search', () => {
    expect(createItemFilter({ filter: '全庁' })(ict)).toBe(true);
  });

  it('keeps only items led or joined by a listed department', () => {
    const show = createItemFilter({ departments: ['全庁', '財政'] });
    expect([ict, finance, nobody].map(show)).toEqual([true, true, false]);
    expect(createItemFilter({ departments: ['総務'] })(ict)).toBe(false);
  });

  it('keeps items whose placeholder or organisation names the department in brackets, not a unit of one', () => {
    const collection = item(10, '3-1', {
      title: '収納率の向上',
      departments: [dept('収納'), { name: '所管課', role: 'participating', units: ['税務', '国保'] }],
    });
    const personnel = item(42, '24', { departments: [{ name: '総務', role: 'primary', units: ['人事'] }] });
    const show = createItemFilter({ departments: ['国保'] });
    expect([collection, personnel, ict].map(show)).toEqual([true, false, false]);
    expect(createItemFilter({ departments: ['人事'] })(personnel)).toBe(false);
    expect(createItemFilter({ departments: ['総務'] })(personnel)).toBe(true);
  });

  it('combines the text and the department filters', () => {
    const show = createItemFilter({ filter: '予算', departments: ['ICT'] });
    expect([ict, finance].map(show)).toEqual([false, false]);
  });

  it('treats regular-expression characters in the filter as text', () => {
    expect(createItemFilter({ filter: '.*' })(ict)).toBe(false);
    expect(createItemFilter({ filter: '(' })(ict)).toBe(false);
  });
});
