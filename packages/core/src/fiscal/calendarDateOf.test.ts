import { describe, expect, it } from 'vitest';
import { calendarDateOf } from './calendarDateOf.js';

describe('calendarDateOf', () => {
  it('returns a valid ISO string unchanged and reads Dates in UTC by default', () => {
    expect(calendarDateOf('2021-04-01')).toBe('2021-04-01');
    expect(calendarDateOf(new Date('2021-04-01T23:30:00Z'))).toBe('2021-04-01');
    expect(calendarDateOf(new Date('2021-04-01T23:30:00Z'), { timeZone: 'UTC' })).toBe('2021-04-01');
  });

  it('reads a Date in the time zone asked for', () => {
    const instant = new Date('2021-04-01T23:30:00Z');
    expect(calendarDateOf(instant, { timeZone: 'Asia/Tokyo' })).toBe('2021-04-02');
    expect(calendarDateOf(new Date('2021-04-01T03:30:00Z'), { timeZone: 'America/Los_Angeles' })).toBe(
      '2021-03-31',
    );
  });

  it('throws a RangeError for bad values and zones', () => {
    expect(() => calendarDateOf('2021-04-31')).toThrow(
      '"2021-04-31" is not an ISO date: 2021-04 has 30 days',
    );
    expect(() => calendarDateOf(new Date(Number.NaN))).toThrow(/Invalid Date/);
    expect(() => calendarDateOf(null as unknown as string)).toThrow(RangeError);
    expect(() => calendarDateOf(new Date(0), { timeZone: 'Not/AZone' })).toThrow(RangeError);
    expect(() => calendarDateOf(new Date(0), { timeZone: 'Not/AZone' })).toThrow(
      `Unknown time zone "Not/AZone": expected an IANA time zone name such as 'Asia/Tokyo' or 'UTC'`,
    );
    expect(() => calendarDateOf(new Date(0), { timeZone: 9 as unknown as string })).toThrow(
      'Unknown time zone 9',
    );
    expect(() => calendarDateOf(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
  });
});
