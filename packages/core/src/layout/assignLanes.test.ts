import { describe, expect, it } from 'vitest';
import { deepFreeze, fySpan, monthSpan } from '../../test-utils/layoutFixtures.js';
import { assignLanes } from './assignLanes.js';

const lanesOf = (spans: ReturnType<typeof fySpan>[]) =>
  assignLanes(spans.map((span, index) => ({ index, span })));

describe('assignLanes', () => {
  it('keeps consecutive fiscal years in one lane', () => {
    const result = lanesOf([fySpan(2021), fySpan(2022), fySpan(2023, null)]);
    expect(result.spans.map((s) => s.lane)).toEqual([0, 0, 0]);
    expect(result.lanes).toBe(1);
  });

  it('puts overlapping spans in separate lanes and reuses a freed lane', () => {
    const result = lanesOf([fySpan(2021), fySpan(2021, 2022), fySpan(2023)]);
    expect(result.spans.map((s) => s.lane)).toEqual([0, 1, 0]);
    expect(result.lanes).toBe(2);
  });

  it('treats an open end as reaching forever', () => {
    const result = lanesOf([fySpan(2021, null), fySpan(2030)]);
    expect(result.spans.map((s) => s.lane)).toEqual([0, 1]);
  });

  it('treats an open start as reaching back forever', () => {
    const result = lanesOf([fySpan(2015), fySpan(null, 2020)]);
    expect(result.spans.map((s) => s.lane)).toEqual([1, 0]);
  });

  it('marks month and day spans as milestones and gives them a lane of their own inside a bar', () => {
    const result = lanesOf([fySpan(2021), monthSpan(2021, 10)]);
    expect(result.spans.map((s) => s.shape)).toEqual(['bar', 'milestone']);
    expect(result.spans.map((s) => s.lane)).toEqual([0, 1]);
  });

  it('returns the spans in their given order with their schedule index', () => {
    const a = fySpan(2023);
    const b = fySpan(2021);
    const result = assignLanes([
      { index: 4, span: a },
      { index: 7, span: b },
    ]);
    expect(result.spans.map((s) => s.index)).toEqual([4, 7]);
    expect(result.spans[0]!.span).toBe(a);
  });

  it('needs one lane when there is nothing to place', () => {
    expect(assignLanes([])).toEqual({ spans: [], lanes: 1 });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze([
      { index: 0, span: fySpan(2022) },
      { index: 1, span: fySpan(2021) },
    ]);
    expect(() => assignLanes(input)).not.toThrow();
    expect(input[0]!.span.startFiscalYear).toBe(2022);
  });
});
