import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDepartments } from './parseDepartments.js';

describe('parseDepartments', () => {
  it('reads leads (◎) and participants (○)', () => {
    expect(parseDepartments('◎財政、行政 ○所管課')).toEqual([
      { name: '財政', role: 'primary' },
      { name: '行政', role: 'primary' },
      { name: '所管課', role: 'participating' },
    ]);
  });

  it('reads a bracket of units', () => {
    expect(parseDepartments('◎総務（人事） ○全庁')).toEqual([
      { name: '総務', role: 'primary', units: ['人事'] },
      { name: '全庁', role: 'participating' },
    ]);
  });

  it('reads a single organisation ending in 部 in brackets as the parent', () => {
    expect(parseDepartments('◎市民（市民経済部） ○国保、税務、住民関連課、管財課')).toEqual([
      { name: '市民', role: 'primary', parent: '市民経済部' },
      { name: '国保', role: 'participating' },
      { name: '税務', role: 'participating' },
      { name: '住民関連課', role: 'participating' },
      { name: '管財課', role: 'participating' },
    ]);
    expect(parseDepartments('◎学校教育（教育委員会）')).toEqual([
      { name: '学校教育', role: 'primary', parent: '教育委員会' },
    ]);
  });

  it('reads a 室 in brackets as a unit, not a parent', () => {
    expect(parseDepartments('◎総務（秘書室）')).toEqual([
      { name: '総務', role: 'primary', units: ['秘書室'] },
    ]);
  });

  it('reads several names in brackets as units, even when one ends in 部', () => {
    expect(parseDepartments('◎市民経済部（生環、市民、税務、収納）、公民館 ○全庁')).toEqual([
      { name: '市民経済部', role: 'primary', units: ['生環', '市民', '税務', '収納'] },
      { name: '公民館', role: 'primary' },
      { name: '全庁', role: 'participating' },
    ]);
    expect(parseDepartments('○所管課（税務、国保、介護）')).toEqual([
      { name: '所管課', role: 'participating', units: ['税務', '国保', '介護'] },
    ]);
  });

  it('reads participants with no lead at all', () => {
    expect(parseDepartments('○ICT、総務')).toEqual([
      { name: 'ICT', role: 'participating' },
      { name: '総務', role: 'participating' },
    ]);
  });

  it("reads marks on separate lines, as the seed's HTML cells give them", () => {
    expect(parseDepartments('◎道公、管財、上下\n○所管課')).toEqual([
      { name: '道公', role: 'primary' },
      { name: '管財', role: 'primary' },
      { name: '上下', role: 'primary' },
      { name: '所管課', role: 'participating' },
    ]);
  });

  it('takes names written before any mark as leads', () => {
    expect(parseDepartments('財政, 行政')).toEqual([
      { name: '財政', role: 'primary' },
      { name: '行政', role: 'primary' },
    ]);
  });

  it('accepts half-width brackets and the other circle marks', () => {
    expect(parseDepartments('◎総務(人事)〇全庁◯ICT')).toEqual([
      { name: '総務', role: 'primary', units: ['人事'] },
      { name: '全庁', role: 'participating' },
      { name: 'ICT', role: 'participating' },
    ]);
  });

  it('reads ● as a lead and △ as taking part, as some plans mark them', () => {
    expect(parseDepartments('●財政課 △各課')).toEqual([
      { name: '財政課', role: 'primary' },
      { name: '各課', role: 'participating' },
    ]);
  });

  it('reads roles written as labels before a colon or in 【】, as other plans write them', () => {
    const roles = (text: string) => parseDepartments(text).map((d) => [d.name, d.role]);
    const expected = [
      ['財政課', 'primary'],
      ['全課', 'participating'],
    ];
    expect(roles('主担当：財政課 関係課：全課')).toEqual(expected);
    expect(roles('主管:財政課、協力:全課')).toEqual(expected);
    expect(roles('【主】財政課【関係】全課')).toEqual(expected);
    expect(roles('【主担当】財政課、行政課\n【連携】全課')).toEqual([
      ['財政課', 'primary'],
      ['行政課', 'primary'],
      ['全課', 'participating'],
    ]);
  });

  it('reads a role in a bracket after a name as that name’s alone', () => {
    expect(parseDepartments('財政課（主）、各課（副）、行政課')).toEqual([
      { name: '財政課', role: 'primary' },
      { name: '各課', role: 'participating' },
      { name: '行政課', role: 'primary' },
    ]);
    // A mark alone in the bracket, as spreadsheets write the role after the name (it was read as a unit).
    expect(parseDepartments('企画課（◎）、財政課（○）、人事課(〇)')).toEqual([
      { name: '企画課', role: 'primary' },
      { name: '財政課', role: 'participating' },
      { name: '人事課', role: 'participating' },
    ]);
    expect(parseDepartments('【◎】企画課【○】財政課、人事課')).toEqual([
      { name: '企画課', role: 'primary' },
      { name: '財政課', role: 'participating' },
      { name: '人事課', role: 'participating' },
    ]);
  });

  it('keeps names that are no labels: 所管課 as a name, a colon after another word as a break', () => {
    expect(parseDepartments('○所管課（税務、国保）')).toEqual([
      { name: '所管課', role: 'participating', units: ['税務', '国保'] },
    ]);
    expect(parseDepartments('◎財政：予算係')).toEqual([
      { name: '財政', role: 'primary' },
      { name: '予算係', role: 'primary' },
    ]);
    expect(parseDepartments('【市民経済部】生環')).toEqual([
      { name: '市民経済部', role: 'primary' },
      { name: '生環', role: 'primary' },
    ]);
  });

  it('splits names joined by ・ only where each names a unit of its own', () => {
    expect(parseDepartments('◎財政課・企画課 ○危機管理室・DX推進担当')).toEqual([
      { name: '財政課', role: 'primary' },
      { name: '企画課', role: 'primary' },
      { name: '危機管理室', role: 'participating' },
      { name: 'DX推進担当', role: 'participating' },
    ]);
    // A name that holds ・, and abbreviations that say nothing of what they are, stay one name.
    expect(parseDepartments('◎子ども・子育て支援課 ○総務・財政')).toEqual([
      { name: '子ども・子育て支援課', role: 'primary' },
      { name: '総務・財政', role: 'participating' },
    ]);
    // The last of them takes the bracket after it.
    expect(parseDepartments('◎財政課・企画課（政策担当）')).toEqual([
      { name: '財政課', role: 'primary' },
      { name: '企画課', role: 'primary', units: ['政策担当'] },
    ]);
  });

  it('keeps the contents of an unclosed bracket as units', () => {
    expect(parseDepartments('◎総務（人事')).toEqual([{ name: '総務', role: 'primary', units: ['人事'] }]);
  });

  it('returns nothing for an empty cell', () => {
    expect(parseDepartments('')).toEqual([]);
    expect(parseDepartments(' ◎ ○ ')).toEqual([]);
  });

  it('reads each name as written, however many different names it has read before, long ones too', () => {
    for (let i = 0; i < 3000; i++) {
      expect(parseDepartments(`◎課${i}、課${i % 7} ○課${i}`).map((d) => d.name)).toEqual([
        `課${i}`,
        `課${i % 7}`,
        `課${i}`,
      ]);
    }
    const long = '長'.repeat(100);
    expect(parseDepartments(`◎${long} ○${long}`).map((d) => d.name)).toEqual([long, long]);
  });

  it('never throws and never returns an empty name', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const d of parseDepartments(s)) {
          expect(d.name).not.toBe('');
          for (const u of d.units ?? []) expect(u).not.toBe('');
        }
      }),
    );
  });
});
