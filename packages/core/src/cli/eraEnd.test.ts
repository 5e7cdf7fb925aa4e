import { describe, expect, it } from 'vitest';
import { ERAS } from '../era/eras.js';
import { eraEnd } from './eraEnd.js';

describe('eraEnd', () => {
  it('gives the day before the next era began, and null for the era in force now', () => {
    expect(ERAS.map((era) => eraEnd(era))).toEqual([
      '1912-07-29',
      '1926-12-24',
      '1989-01-07',
      '2019-04-30',
      null,
    ]);
  });
});
