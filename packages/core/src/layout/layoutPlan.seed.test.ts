import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parsePlan.js';
import { layoutPlan } from './layoutPlan.js';
import { departmentNames } from '../model/departmentNames.js';

const seed = parsePlan(readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url)));

describe('layoutPlan on the seed plan', () => {
  it('gives a row per item nested by code, and No.38 its two tracks', () => {
    const layout = layoutPlan(seed);
    const items = layout.rows.filter((r) => r.kind === 'item');
    expect(items).toHaveLength(54);
    expect(layout.rows[0]).toMatchObject({
      id: 'item:1',
      level: 1,
      label: '財政健全化へ向けた取組の推進',
      expandable: true,
      expanded: true,
    });
    expect(layout.rows[1]).toMatchObject({ id: 'item:1/item:2', level: 2, code: '1-1', parentId: 'item:1' });
    const no38 = layout.rows.filter((r) => r.serial === 38);
    expect(no38.map((r) => [r.kind, r.label, r.spans.length])).toEqual([
      ['item', '総合行政情報システムの最適化、クラウド化、共同調達', 0],
      ['track', '内部情報系', 3],
      ['track', '住民情報系', 3],
    ]);
    expect(no38[1]!.spans.map((s) => s.span.start)).toEqual(['2021-04-01', '2022-04-01', '2023-04-01']);
    expect(no38[2]!.spans.at(-1)!.span.end).toBeNull();
  });

  it('covers the fiscal years 2018 (H30) to 2024 (R6)', () => {
    expect(layoutPlan(seed).extent).toEqual({
      start: '2018-04-01',
      end: '2025-03-31',
      startFiscalYear: 2018,
      endFiscalYear: 2024,
    });
  });

  it('groups the seed by department: each item under every department named for it, 全庁 its own group', () => {
    const layout = layoutPlan(seed, { groupBy: 'department' });
    const groups = layout.rows.filter((r) => r.kind === 'group');
    const names = groups.map((g) => g.label);
    expect(names).toContain('全庁');
    expect(names).toContain('財政');
    expect(names).toContain('ICT');
    expect(new Set(names).size).toBe(names.length);
    // Every (item, department) pair of the plan appears once, as lead or join.
    const pairs = seed.items.reduce(
      (n, item) => n + new Set(item.departments.flatMap(departmentNames)).size,
      0,
    );
    const unassigned = seed.items.filter((item) => item.departments.length === 0).length;
    expect(layout.rows.filter((r) => r.kind === 'item')).toHaveLength(pairs + unassigned);
    const ict = layout.rows.filter((r) => r.parentId === 'dept:ICT' && r.kind === 'item');
    expect(ict.find((r) => r.serial === 38)!.role).toBe('lead');
    // The departments 所管課 and 市民経済部 stand for (No.10 ○所管課（税務、国保、介護）, No.41 ◎市民経済部（生環、市民、税務、収納）).
    const zeimu = layout.rows.filter((r) => r.parentId === 'dept:税務' && r.kind === 'item');
    expect(zeimu.map((r) => [r.serial, r.role])).toEqual([
      [41, 'lead'],
      [10, 'join'],
      [21, 'join'],
    ]);
    expect(names).toContain('介護');
    expect(layout.rows.some((r) => r.parentId === 'dept:人事')).toBe(false);
    const zencho = layout.rows.filter((r) => r.parentId === 'dept:全庁');
    expect(zencho.length).toBeGreaterThan(0);
    expect(zencho.every((r) => r.role === 'join')).toBe(true);
  });

  it('groups the seed by section (10) and by policy (2)', () => {
    const sections = layoutPlan(seed, { groupBy: 'section' }).rows.filter((r) => r.kind === 'group');
    expect(sections.map((g) => g.label)).toEqual([
      '1-(1) 健全な財政の維持',
      '1-(2) 中長期的視点に立った公共施設等マネジメント',
      '1-(3) 公民連携（PPP）の推進',
      '1-(4) 効率的な事業手法の推進',
      '1-(5) 公営企業の経営改革',
      '1-(6) ICTの積極的な利活用による効率化の推進',
      '2-(1) 職員の意識・意欲の向上',
      '2-(2) 職員の力を伸ばす人材育成',
      '2-(3) 働きやすい職場づくり',
      '2-(4) 効率的な組織・人員体制の構築',
    ]);
    expect(sections.reduce((n, g) => n + g.itemCount!, 0)).toBe(54);
    const policies = layoutPlan(seed, { groupBy: 'policy', lang: 'en' }).rows.filter(
      (r) => r.kind === 'group',
    );
    expect(policies.map((g) => [g.label.slice(0, 8), g.itemCount])).toEqual([
      ['Policy 1', 41],
      ['Policy 2', 13],
    ]);
  });

  it('filters the seed by text and by department', () => {
    expect(layoutPlan(seed, { filter: 'No.38' }).items.map((i) => i.serial)).toEqual([38]);
    const ict = layoutPlan(seed, { departments: ['ICT'] });
    expect(ict.items.length).toBeGreaterThan(3);
    expect(ict.items.every((i) => i.departments.some((d) => d.name === 'ICT'))).toBe(true);
    const cloud = layoutPlan(seed, { filter: 'クラウド' });
    expect(cloud.items.map((i) => i.serial)).toContain(38);
  });

  it('marks items with neither span nor recurrence as undated', () => {
    const undated = layoutPlan(seed).rows.filter((r) => r.undated);
    for (const row of undated) {
      const item = seed.items.find((i) => i.serial === row.serial)!;
      expect(item.schedule.spans).toHaveLength(0);
      expect(item.schedule.recurrences).toHaveLength(0);
    }
  });
});
