import fc from 'fast-check';
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

  it('draws months and days longer than one month, or open, as bars', () => {
    const months = monthSpan(2024, 4, { end: '2024-06-30' });
    const days = { ...monthSpan(2024, 4), precision: 'day' as const, start: '2024-04-10', end: '2024-04-20' };
    const acrossMonths = { ...days, end: '2024-05-10' };
    const open = monthSpan(2021, 10, { end: null, endFiscalYear: null });
    const result = lanesOf([months, days, acrossMonths, open]);
    expect(result.spans.map((s) => s.shape)).toEqual(['bar', 'milestone', 'bar', 'bar']);
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

  it('gives every span the lowest lane free when spans are taken by start, in or out of order', () => {
    // Fiscal-year spans, open at either end or not, in any order (schedules mostly list them in time order).
    const span = fc
      .tuple(fc.option(fc.integer({ min: 2015, max: 2030 })), fc.integer({ min: 0, max: 4 }), fc.boolean())
      .map(([start, length, open]) => fySpan(start, open || start === null ? null : start + length));
    fc.assert(
      fc.property(fc.array(span, { minLength: 0, maxLength: 9 }), (spans) => {
        const { spans: placed, lanes } = lanesOf(spans);
        expect(placed.map((p) => p.index)).toEqual(spans.map((_, i) => i));
        expect(lanes).toBe(Math.max(1, ...placed.map((p) => p.lane + 1)));
        const from = (s: (typeof spans)[number]) => s.start ?? '';
        const to = (s: (typeof spans)[number]) =>
          s.end === null ? (s.start === null ? '' : '\uffff') : s.end;
        const overlap = (a: number, b: number) =>
          !(to(spans[a]!) < from(spans[b]!) || to(spans[b]!) < from(spans[a]!));
        const before = (a: number, b: number) =>
          from(spans[a]!) < from(spans[b]!) ||
          (from(spans[a]!) === from(spans[b]!) &&
            (to(spans[a]!) < to(spans[b]!) || (to(spans[a]!) === to(spans[b]!) && a < b)));
        for (let i = 0; i < spans.length; i++) {
          for (let j = 0; j < spans.length; j++) {
            // Two spans in one lane never share a day ...
            if (i !== j && placed[i]!.lane === placed[j]!.lane && before(j, i))
              expect(overlap(i, j)).toBe(false);
          }
          // ... and each lower lane was taken, when this span came, by an earlier span that reaches it.
          for (let lane = 0; lane < placed[i]!.lane; lane++) {
            const blockers = spans.map((_, j) => j).filter((j) => placed[j]!.lane === lane && before(j, i));
            const last = blockers.sort((a, b) => (before(a, b) ? -1 : 1)).at(-1);
            expect(last !== undefined && !(to(spans[last]!) < from(spans[i]!))).toBe(true);
          }
        }
      }),
    );
  });
});
