import { describe, expect, it } from 'vitest';
import { generatePlan } from './generatePlan.js';

/** Reads RFC 4180 CSV into records (enough for the generator's own output). */
function readCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(cell);
      cell = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return records;
}

describe('generatePlan', () => {
  it('is deterministic for a seed, and the seed matters', () => {
    expect(generatePlan({ items: 300, seed: 5 })).toEqual(generatePlan({ items: 300, seed: 5 }));
    expect(generatePlan({ items: 300, seed: 5 }).text).not.toBe(generatePlan({ items: 300, seed: 6 }).text);
  });

  it.each([0, 1, 54, 1000])('makes exactly %i items numbered from 1', (n) => {
    const { plan, text } = generatePlan({ items: n });
    expect(plan.items.map((i) => i.serial)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const rows = text.split('\n').filter((l) => /^No\.\d+\t/.test(l));
    expect(rows.length).toBe(n);
    for (const row of rows) expect(row.split('\t').length).toBe(6);
    expect(text.split('\n').filter((l) => /^[\d-]+\t.+\tNo\.\d+$/.test(l)).length).toBe(n);
  });

  it('gives codes with parents that come before their children', () => {
    const { plan } = generatePlan({ items: 500, seed: 2 });
    const codes = plan.items.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    const children = plan.items.filter((i) => i.parentCode !== undefined);
    expect(children.length).toBeGreaterThan(50);
    for (const child of children) {
      expect(child.code.startsWith(`${child.parentCode}-`)).toBe(true);
      expect(codes.indexOf(child.parentCode!)).toBeLessThan(codes.indexOf(child.code));
    }
  });

  it("points each item's line at its row in the text", () => {
    const { plan, text } = generatePlan({ items: 120, seed: 9 });
    const lines = text.split('\n');
    for (const item of plan.items)
      expect(lines[item.line - 1]!.startsWith(`No.${item.serial}\t${item.code} ${item.title}\t`)).toBe(true);
  });

  it('averages about three spans per item by default, and honours spansPerItem', () => {
    const spans = (n: number, o = {}) =>
      generatePlan({ items: n, seed: 4, ...o }).plan.items.map((i) => i.schedule.spans.length);
    const mean = spans(2000).reduce((a, b) => a + b, 0) / 2000;
    expect(mean).toBeGreaterThan(2.7);
    expect(mean).toBeLessThan(3.3);
    expect(new Set(spans(200, { spansPerItem: [3, 3] }))).toEqual(new Set([3]));
  });

  it('writes lead (◎) and participating (○) departments and sums them up per department', () => {
    const { plan, text } = generatePlan({ items: 200, seed: 8 });
    for (const item of plan.items) {
      expect(item.departments[0]?.role).toBe('primary');
      const cell = text.split('\n')[item.line - 1]!.split('\t')[5]!;
      const primaries = item.departments.filter((d) => d.role === 'primary');
      expect(cell).toContain(`◎${primaries[0]!.name}`);
    }
    for (const summary of plan.departments) {
      for (const serial of summary.leads) {
        expect(plan.items[serial - 1]!.departments).toContainEqual(
          expect.objectContaining({ name: summary.name, role: 'primary' }),
        );
      }
      for (const serial of summary.joins) {
        expect(plan.items[serial - 1]!.departments).toContainEqual(
          expect.objectContaining({ name: summary.name, role: 'participating' }),
        );
      }
    }
    const total = plan.departments.reduce((n, d) => n + d.leads.length + d.joins.length, 0);
    expect(total).toBe(plan.items.reduce((n, i) => n + i.departments.length, 0));
  });

  it('files every item under a listed policy and section', () => {
    const { plan } = generatePlan({ items: 300, seed: 3 });
    expect(plan.policies.length).toBeGreaterThan(1);
    for (const item of plan.items) {
      expect(plan.policies).toContainEqual(expect.objectContaining(item.policy));
      expect(plan.sections).toContainEqual(
        expect.objectContaining({ policy: item.policy.number, ...item.section }),
      );
    }
  });

  it('writes the same items as CSV, one record per item', () => {
    const { plan, csv } = generatePlan({ items: 150, seed: 10 });
    const [header, ...records] = readCsv(csv);
    expect(header).toEqual([
      '通し番号',
      '項目',
      '取組内容',
      '目標',
      'スケジュール',
      '主務課',
      '実施方針',
      '施策',
    ]);
    expect(records.length).toBe(150);
    records.forEach((r, i) => {
      const item = plan.items[i]!;
      expect(r.slice(0, 5)).toEqual([
        `No.${item.serial}`,
        `${item.code} ${item.title}`,
        item.content,
        item.goal,
        item.scheduleText,
      ]);
    });
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => generatePlan({ items: -1 })).toThrow(RangeError);
    expect(() => generatePlan({ items: 1.5 })).toThrow(RangeError);
  });
});
