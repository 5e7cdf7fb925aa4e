import { describe, expect, it } from 'vitest';
import { ERAS } from './eras.js';
import { parseIsoDate } from '../fiscal/parseIsoDate.js';

describe('ERAS', () => {
  it('lists the five modern eras oldest first with their legal first days', () => {
    expect(ERAS.map((e) => [e.name, e.abbr, e.id, e.start])).toEqual([
      ['明治', 'M', 'meiji', '1868-01-25'],
      ['大正', 'T', 'taisho', '1912-07-30'],
      ['昭和', 'S', 'showa', '1926-12-25'],
      ['平成', 'H', 'heisei', '1989-01-08'],
      ['令和', 'R', 'reiwa', '2019-05-01'],
    ]);
  });

  it('has real start dates in increasing order and distinct letters and first kanji', () => {
    for (const era of ERAS) expect(parseIsoDate(era.start)).toBeDefined();
    for (let i = 1; i < ERAS.length; i++) expect(ERAS[i]!.start > ERAS[i - 1]!.start).toBe(true);
    expect(new Set(ERAS.map((e) => e.abbr)).size).toBe(ERAS.length);
    expect(new Set(ERAS.map((e) => e.name[0])).size).toBe(ERAS.length);
  });
});
