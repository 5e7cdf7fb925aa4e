import { describe, expect, it } from 'vitest';
import { deepFreeze, every, fySpan, item, monthSpan, schedule } from '../../test-utils/layoutFixtures.js';
import { planExtent } from './planExtent.js';

describe('planExtent', () => {
  it('runs from the first fiscal year to the end of the last', () => {
    const items = [
      item(1, '1', { schedule: schedule([fySpan(2021), fySpan(2022)]) }),
      item(2, '2', { schedule: schedule([fySpan(2019, 2020)]) }),
    ];
    expect(planExtent(items)).toEqual({
      start: '2019-04-01',
      end: '2023-03-31',
      startFiscalYear: 2019,
      endFiscalYear: 2022,
    });
  });

  it('counts an open end with its start year and an open start with its end year', () => {
    const items = [item(1, '1', { schedule: schedule([fySpan(2024, null), fySpan(null, 2020)]) })];
    expect(planExtent(items)).toMatchObject({ startFiscalYear: 2020, endFiscalYear: 2024 });
  });

  it('places a January milestone in the fiscal year before', () => {
    const items = [item(1, '1', { schedule: schedule([monthSpan(2022, 1)]) })];
    expect(planExtent(items)).toMatchObject({ start: '2021-04-01', end: '2022-03-31' });
  });

  it('is null when no item has a dated span (recurrences carry no date)', () => {
    expect(planExtent([item(1, '1', { schedule: schedule([], [every(1)]) })])).toBeNull();
    expect(planExtent([])).toBeNull();
  });

  it('does not mutate its input', () => {
    const items = deepFreeze([item(1, '1', { schedule: schedule([fySpan(2021)]) })]);
    expect(planExtent(items)).not.toBeNull();
  });
});
