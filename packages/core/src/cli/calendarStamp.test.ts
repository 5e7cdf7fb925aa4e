import { describe, expect, it } from 'vitest';
import { calendarStamp } from './calendarStamp.js';

const now = new Date('2026-11-27T05:00:00Z');

describe('calendarStamp', () => {
  it('stamps the time of the run when SOURCE_DATE_EPOCH is not set', () => {
    expect(calendarStamp(undefined, now)).toBe(now);
    expect(calendarStamp('', now)).toBe(now);
  });

  it('stamps the time SOURCE_DATE_EPOCH gives, in seconds since 1970', () => {
    expect(calendarStamp('1700000000', now).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(calendarStamp('0', now).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(calendarStamp('253402300799', now).toISOString()).toBe('9999-12-31T23:59:59.000Z');
  });

  it.each(['-1', '1.5', '1e9', ' 1700000000', 'now', '0x10', '253402300800', '9'.repeat(20)])(
    'refuses %j, naming the variable and the value',
    (value) => {
      expect(() => calendarStamp(value, now)).toThrow(RangeError);
      expect(() => calendarStamp(value, now)).toThrow(`SOURCE_DATE_EPOCH must be whole seconds`);
      expect(() => calendarStamp(value, now)).toThrow(JSON.stringify(value));
    },
  );
});
