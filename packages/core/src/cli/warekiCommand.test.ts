import { describe, expect, it } from 'vitest';
import { warekiCommand } from './warekiCommand.js';

describe('warekiCommand', () => {
  it('writes an ISO date in the era calendar, long and short', () => {
    expect(warekiCommand('2019-05-01')).toBe('令和元年5月1日 (R1.5.1)');
    expect(warekiCommand('2019-04-30')).toBe('平成31年4月30日 (H31.4.30)');
    expect(warekiCommand('２０２１-０９-２８')).toBe('令和3年9月28日 (R3.9.28)');
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
