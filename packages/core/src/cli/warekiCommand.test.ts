import { describe, expect, it } from 'vitest';
import { warekiCommand } from './warekiCommand.js';

describe('warekiCommand', () => {
  it('writes an ISO date in the era calendar, long and short', () => {
    expect(warekiCommand('2019-05-01')).toBe('令和元年5月1日 (R1.5.1)');
    expect(warekiCommand('2019-04-30')).toBe('平成31年4月30日 (H31.4.30)');
    expect(warekiCommand('２０２１-０９-２８')).toBe('令和3年9月28日 (R3.9.28)');
  });

  it('writes an era date as an ISO date, with the date as the era calendar writes it', () => {
    expect(warekiCommand('平成31年4月30日')).toBe('2019-04-30 (平成31年4月30日)');
    expect(warekiCommand('R3.9.28')).toBe('2021-09-28 (令和3年9月28日)');
    expect(warekiCommand('令和三年九月二十八日')).toBe('2021-09-28 (令和3年9月28日)');
    expect(warekiCommand('昭和64年1月7日')).toBe('1989-01-07 (昭和64年1月7日)');
  });

  it('converts an era date its era was not in force on, and names the era that was', () => {
    expect(warekiCommand('平成31年5月1日')).toBe('2019-05-01 (令和元年5月1日: 平成 ended on 2019-04-30)');
    expect(warekiCommand('昭和64年1月8日')).toBe('1989-01-08 (平成元年1月8日: 昭和 ended on 1989-01-07)');
    expect(warekiCommand('令和元年4月1日')).toBe('2019-04-01 (平成31年4月1日: 令和 began on 2019-05-01)');
    expect(warekiCommand('明治元年1月1日')).toBe(
      '1868-01-01 (approximate: until 明治5年12月2日 months and days were counted in the lunisolar calendar, not the Gregorian one; 明治元年1月1日 was 1868-01-25)',
    );
    expect(warekiCommand('M5.12.2')).toMatch(/^1872-12-02 \(approximate: /);
    expect(warekiCommand('明治6年1月1日')).toBe('1873-01-01 (明治6年1月1日)');
  });

  it('says why an era date is no day of the calendar', () => {
    expect(() => warekiCommand('平成31年2月29日')).toThrow(
      '"平成31年2月29日" is not a date: 2019年2月 has 28 days',
    );
    expect(() => warekiCommand('令和2年2月29日')).not.toThrow();
    expect(() => warekiCommand('R3.13.1')).toThrow(/there is no month 13/);
    expect(() => warekiCommand('R9999.1.1')).toThrow(/past 9999/);
    expect(warekiCommand('令和7981')).toBe('9999年 (令和7981年)');
    expect(() => warekiCommand('令和7982')).toThrow(
      '"令和7982" is not a year: 令和7982年 is 10000, past 9999',
    );
    expect(() => warekiCommand('2019-02-29')).toThrow('"2019-02-29" is not an ISO date: 2019-02 has 28 days');
  });

  it('writes an era year as a Western year', () => {
    expect(warekiCommand('平成32')).toBe('2020年 (平成32年)');
    expect(warekiCommand('R1')).toBe('2019年 (令和元年)');
    expect(warekiCommand('昭和三十一年')).toBe('1956年 (昭和31年)');
  });

  it('throws a RangeError that says what was expected', () => {
    expect(() => warekiCommand('tomorrow')).toThrow(/"tomorrow" is neither an ISO date/);
    expect(() => warekiCommand('2019-02-30')).toThrow(RangeError);
    expect(() => warekiCommand('1700-01-01')).toThrow(/before/);
  });
});
