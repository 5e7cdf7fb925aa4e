import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../src/model/types.js';
import { parsePlan } from '../src/plan/parsePlan.js';
import { generatePlan } from './generatePlan.js';

/** What a reader must get back from the generated text: everything but offsets and line breaks. */
const essence = (item: PlanItem) => ({
  serial: item.serial,
  code: item.code,
  parentCode: item.parentCode,
  title: item.title,
  content: item.content,
  goal: item.goal,
  scheduleText: item.scheduleText.replace(/\s+/g, ' '),
  departments: item.departments.map(({ name, role, units }) => ({ name, role, units })),
  policy: item.policy,
  section: item.section,
  spans: item.schedule.spans.map(({ start, end, startFiscalYear, endFiscalYear, track, label }) => ({
    start,
    end,
    startFiscalYear,
    endFiscalYear,
    track,
    label,
  })),
  recurrences: item.schedule.recurrences.map((r) => r.everyYears),
});

describe('generated plans read back with parsePlan', () => {
  const generated = generatePlan({ items: 400, seed: 21 });

  it('the seed-layout text gives back the same N items, with their lines', () => {
    const plan = parsePlan(generated.text);
    expect(plan.items.length).toBe(400);
    expect(plan.items.map(essence)).toEqual(generated.plan.items.map(essence));
    expect(plan.items.map((i) => i.line)).toEqual(generated.plan.items.map((i) => i.line));
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the CSV gives back the same N items', () => {
    const plan = parsePlan(generated.csv);
    expect(plan.items.length).toBe(400);
    expect(plan.items.map(essence)).toEqual(generated.plan.items.map(essence));
  });

  it('the department summary matches', () => {
    const sorted = (list: { name: string; leads: number[]; joins: number[] }[]) =>
      [...list].sort((a, b) => a.name.localeCompare(b.name));
    expect(sorted(parsePlan(generated.text).departments)).toEqual(sorted(generated.plan.departments));
  });
});
