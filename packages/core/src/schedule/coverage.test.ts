import { describe, expect, it } from 'vitest';
import type { Schedule } from '../model/types.js';
import { findUncovered } from './coverage.js';

const empty: Schedule = { spans: [], recurrences: [], notes: [], diagnostics: [] };

describe('findUncovered', () => {
  it('finds the non-blank text no source covers', () => {
    const schedule: Schedule = {
      ...empty,
      spans: [
        {
          start: '2021-04-01',
          end: '2022-03-31',
          startFiscalYear: 2021,
          endFiscalYear: 2021,
          precision: 'fiscal-year',
          approximate: false,
          label: '検討',
          source: { start: 0, end: 9 },
        },
      ],
    };
    expect(findUncovered('2021年度：検討 メモ', schedule)).toEqual([{ start: 10, end: 12 }]);
  });

  it('counts recurrences and notes as cover, and blanks as nothing to cover', () => {
    const schedule: Schedule = {
      ...empty,
      recurrences: [{ everyYears: 1, approximate: false, label: 'x', source: { start: 0, end: 3 } }],
      notes: [{ text: 'メモ', source: { start: 5, end: 7 } }],
    };
    expect(findUncovered('毎年度 \u3000メモ\n', schedule)).toEqual([]);
  });

  it('reports lone surrogates and NUL as text', () => {
    expect(findUncovered('\uD800\u0000', empty)).toEqual([{ start: 0, end: 2 }]);
  });

  it('ignores sources outside the text', () => {
    expect(findUncovered('ab', { ...empty, notes: [{ text: '', source: { start: -5, end: 1 } }] })).toEqual([
      { start: 1, end: 2 },
    ]);
  });
});
