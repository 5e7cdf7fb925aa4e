import { describe, expect, it } from 'vitest';
import { toJSON } from './toJSON.js';
import { samplePlan } from '../../test-utils/exportFixtures.js';
import { validatePlan } from '../plan/validatePlan.js';
import type { Plan } from '../model/types.js';

/** The same object with its keys in reverse order, all the way down. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('toJSON', () => {
  it('writes pretty JSON that parses back to the same plan', () => {
    const plan = samplePlan();
    const json = toJSON(plan);
    expect(JSON.parse(json)).toEqual(plan);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "title": "多賀城市役所経営プラン 取組項目一覧",');
    expect(validatePlan(JSON.parse(json))).toEqual([]);
  });

  it('writes the ranges of a recurrence after their smaller bounds, valid against the schema', () => {
    const plan = samplePlan();
    const at = plan.items.findIndex((item) => item.schedule.recurrences.length > 0);
    const [recurrence] = plan.items[at]!.schedule.recurrences;
    Object.assign(recurrence!, { timesPerYearMax: 3, everyYearsMax: 2, timesPerYear: 2 });
    const written = (JSON.parse(toJSON(plan)) as Plan).items[at]!.schedule.recurrences[0]!;
    expect(Object.keys(written)).toEqual([
      'everyYears',
      'everyYearsMax',
      'timesPerYear',
      'timesPerYearMax',
      'approximate',
      'months',
      'label',
      'source',
    ]);
    expect(validatePlan(JSON.parse(toJSON(plan)))).toEqual([]);
  });

  it('writes the same text whatever order the objects were built in', () => {
    const plan = samplePlan();
    expect(toJSON(reversed(plan) as Plan)).toBe(toJSON(plan));
  });

  it('writes properties in the model order, unknown ones after them alphabetically', () => {
    const plan = { ...samplePlan(), zeta: 1, alpha: 2 } as Plan;
    const keys = Object.keys(JSON.parse(toJSON(plan)) as object);
    expect(keys).toEqual([
      'title',
      'notes',
      'policies',
      'sections',
      'items',
      'departments',
      'diagnostics',
      'alpha',
      'zeta',
    ]);
    const item = (JSON.parse(toJSON(plan)) as Plan).items[0]!;
    expect(Object.keys(item).slice(0, 4)).toEqual(['serial', 'code', 'parentCode', 'title']);
    expect(Object.keys(item.schedule.spans[0]!)).toEqual([
      'start',
      'end',
      'startFiscalYear',
      'endFiscalYear',
      'precision',
      'approximate',
      'label',
      'source',
    ]);
  });

  it('writes keys the model does not name whatever they are called, constructor and __proto__ too', () => {
    const plan = samplePlan();
    const extra = JSON.parse(
      '{"constructor":{"a":1},"toString":{"b":2},"__proto__":{"c":3},"hasOwnProperty":[1]}',
    ) as Record<string, unknown>;
    const withExtras = { ...plan, items: [Object.assign({ ...plan.items[0]! }, extra)] };
    Object.defineProperty(withExtras.items[0]!, '__proto__', { value: { c: 3 }, enumerable: true });
    const json = toJSON(withExtras as unknown as Plan);
    const item = (JSON.parse(json) as { items: Record<string, unknown>[] }).items[0]!;
    expect(item['constructor']).toEqual({ a: 1 });
    expect(item['toString']).toEqual({ b: 2 });
    expect(item['hasOwnProperty']).toEqual([1]);
    expect(Object.hasOwn(item, '__proto__')).toBe(true);
    expect(json).toContain('"__proto__": {\n        "c": 3\n      }');
  });

  it('leaves out undefined values and honours indent', () => {
    const plan = { ...samplePlan(), notes: undefined };
    expect(Object.keys(JSON.parse(toJSON(plan)) as object)).not.toContain('notes');
    expect(toJSON(plan)).not.toContain('※1');
    expect(toJSON(plan, { indent: 0 })).not.toContain('\n  ');
    expect(toJSON(plan, { indent: 0 }).split('\n')).toHaveLength(2);
  });

  it('does not mutate the plan', () => {
    const plan = samplePlan();
    const before = structuredClone(plan);
    toJSON(plan);
    expect(plan).toEqual(before);
  });
});
