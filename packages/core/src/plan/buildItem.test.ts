import { describe, expect, it } from 'vitest';
import type { ItemDraft } from './planDraft.js';
import { buildItem } from './buildItem.js';

const draft = (over: Partial<ItemDraft> = {}): ItemDraft => ({
  serial: 13,
  code: '5-1',
  title: '公立保育所再編計画等の推進',
  content:
    '公立保育所再編計画（H28.10策定）に基づき、統廃合等をすすめてきました。\n2020(R3)年時点で入所希望者数の偏りが生じています。',
  goal: '2025(R7)年度当初の職員数を439人とします。\n【六次総基本計画07-04-02】',
  scheduleText: '2019(H31)年度：笠神保育所民設民営へ移行\n2021(R3)年度～：方向性の検討・決定',
  departmentsText: '◎保育 ○所管課（税務、国保）',
  policy: { number: 1, title: '方針' },
  section: { number: 2, title: '施策' },
  line: 121,
  source: { start: 1000, end: 1400 },
  cells: {
    content: { start: 1010, end: 1100 },
    goal: { start: 1101, end: 1200 },
    schedule: { start: 1201, end: 1300 },
  },
  ...over,
});

describe('buildItem', () => {
  it('reads the schedule, departments, references, targets and mentions of a row', () => {
    const { item } = buildItem(draft());
    expect(item).toMatchObject({
      serial: 13,
      code: '5-1',
      parentCode: '5',
      line: 121,
      references: ['六次総基本計画07-04-02'],
    });
    expect(item.schedule.spans.map((s) => [s.startFiscalYear, s.endFiscalYear, s.label])).toEqual([
      [2019, 2019, '笠神保育所民設民営へ移行'],
      [2021, null, '方向性の検討・決定'],
    ]);
    expect(item.departments).toEqual([
      { name: '保育', role: 'primary' },
      { name: '所管課', role: 'participating', units: ['税務', '国保'] },
    ]);
    expect(item.targets).toMatchObject([
      { label: '職員数', value: 439, unit: '人', by: { startFiscalYear: 2025 } },
    ]);
    expect(item.mentions.map((m) => m.start)).toEqual(['2016-10-01', '2020-01-01', '2025-04-01']);
  });

  it('gives mentions offsets into content, a line break, then goal', () => {
    const d = draft();
    const { item } = buildItem(d);
    const joined = `${d.content}\n${d.goal}`;
    const last = item.mentions.at(-1)!;
    expect(joined.slice(last.source.start, last.source.end)).toContain('2025(R7)年度当初');
  });

  it("lifts the era mismatch of the content with serial, line and the cell's place", () => {
    const { diagnostics } = buildItem(draft());
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'era-mismatch',
        serial: 13,
        line: 121,
        source: { start: 1010, end: 1100 },
      }),
    ]);
    expect(diagnostics[0]!.message).toMatch(/^No\.13 取組内容: /);
  });

  it('reports a schedule without a date and a row without a department', () => {
    const { diagnostics } = buildItem(
      draft({ content: '', goal: '', scheduleText: '引き続き検証していきます。', departmentsText: '' }),
    );
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['undated', 'info'],
      ['no-department', 'warning'],
    ]);
  });

  it('reports departments of which none is the lead (◎), and nothing for unmarked names or a lead among them', () => {
    const codes = (departmentsText: string) =>
      buildItem(draft({ content: '', goal: '', departmentsText })).diagnostics.map((d) => [
        d.code,
        d.severity,
      ]);
    expect(codes('○ICT、総務')).toEqual([['no-lead', 'warning']]);
    expect(codes('◎ICT、総務 ○全庁')).toEqual([]);
    expect(codes('財政課')).toEqual([]);
    const [noLead] = buildItem(draft({ content: '', goal: '', departmentsText: '○総務' })).diagnostics;
    expect(noLead!.message).toMatch(
      /: no department is marked as the lead \(◎\); 総務 is marked as participating \(○\)\.$/,
    );
  });

  it('reports nothing more for an item listed only in the index', () => {
    const { item, diagnostics } = buildItem(
      draft({ content: '', goal: '', scheduleText: '', departmentsText: '○総務', indexOnly: true }),
    );
    expect(diagnostics).toEqual([]);
    expect(item.schedule.spans).toEqual([]);
  });

  it('gives no parent to a top-level code and does not mutate the draft', () => {
    const d = Object.freeze(draft({ code: '5' }));
    const { item } = buildItem(d);
    expect('parentCode' in item).toBe(false);
    expect(item.policy).not.toBe(d.policy);
  });
});
