import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/types.js';
import { readPlanJson } from './readPlanJson.js';

const plan: Plan = {
  title: '小さなプラン',
  policies: [{ number: 1, title: '方針', references: [] }],
  sections: [{ policy: 1, number: 1, title: '施策', references: ['基本計画01-01'] }],
  items: [
    {
      serial: 1,
      code: '1-1',
      parentCode: '1',
      title: '予算編成',
      content: '',
      goal: '',
      scheduleText: '2021(R3)年度：検討',
      schedule: {
        spans: [
          {
            start: '2021-04-01',
            end: '2022-03-31',
            startFiscalYear: 2021,
            endFiscalYear: 2021,
            precision: 'fiscal-year',
            approximate: false,
            label: '検討',
            source: { start: 0, end: 14 },
          },
        ],
        recurrences: [],
        notes: [],
        diagnostics: [],
      },
      departments: [
        { name: '管財課', role: 'primary' },
        { name: '管財', role: 'participating' },
      ],
      policy: { number: 1, title: '方針' },
      section: { number: 1, title: '施策' },
      references: [],
      targets: [],
      mentions: [],
      line: 1,
    },
  ],
  departments: [
    { name: '管財課', leads: [1], joins: [] },
    { name: '管財', leads: [], joins: [1] },
  ],
  diagnostics: [],
  notes: ['※1 注'],
};

describe('readPlanJson', () => {
  it('gives a valid plan back as written', () => {
    const json = JSON.stringify(plan);
    expect(readPlanJson(json)).toStrictEqual(plan);
  });

  it('recomputes the department summary only when aliases are given', () => {
    const merged = readPlanJson(JSON.stringify(plan), { 管財課: '管財' });
    expect(merged.departments).toEqual([{ name: '管財', leads: [1], joins: [] }]);
    expect(merged.items).toEqual(plan.items);
  });

  it('reports text that is not JSON with the line where it breaks', () => {
    const result = readPlanJson('{\n  "title": "x",\n  "items": [1,,]\n}');
    expect(result.items).toEqual([]);
    expect(result.diagnostics).toMatchObject([
      { code: 'invalid-json', severity: 'error', line: 3, source: { start: 32 } },
    ]);
    expect(result.diagnostics[0]!.message).toMatch(
      /^The document is not valid JSON: at line 3, column 15 \(","\) \(/,
    );
    // The Japanese message is in Japanese only: where it breaks, not the engine's English words.
    expect(result.diagnostics[0]!.messageJa).toMatch(/^JSONとして読めません（3行15文字目の「,」）。/);
    const engineWords = (() => {
      try {
        JSON.parse('{\n  "title": "x",\n  "items": [1,,]\n}');
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(engineWords).not.toBe('');
    expect(result.diagnostics[0]!.message).toContain(engineWords);
    expect(result.diagnostics[0]!.messageJa).not.toContain(engineWords);
    const cut = readPlanJson('{\n  "title": "x"');
    expect(cut.diagnostics[0]!.messageJa).toMatch(/^JSONとして読めません（2行目で途中で終わっています）。/);
    expect(cut.diagnostics[0]!.message).toMatch(
      /^The document is not valid JSON: it ends too early, at line 2 \(/,
    );
  });

  it('reports every problem of a value that is not a Plan by its JSON path, and keeps no item', () => {
    const broken = JSON.parse(JSON.stringify(plan));
    broken.items[0].schedule.spans[0].start = '2021-13-01';
    broken.items[0].departments[1].role = 'lead';
    delete broken.sections;
    const result = readPlanJson(JSON.stringify(broken));
    expect(result.items).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['invalid-plan', 'error', '$.sections: is missing'],
      ['invalid-plan', 'error', '$.items[0].schedule.spans[0].start: expected an ISO date or null'],
      ['invalid-plan', 'error', '$.items[0].departments[1].role: expected one of "primary", "participating"'],
    ]);
  });

  it("points each problem of an indented plan at its value's place and line, or at the object that lacks a key", () => {
    const broken = JSON.parse(JSON.stringify(plan));
    broken.items[0].schedule.spans[0].start = '2021-13-01';
    delete broken.items[0].title;
    const text = JSON.stringify(broken, null, 2);
    const lines = text.split('\n');
    const lineOf = (needle: string): number => lines.findIndex((l) => l.includes(needle)) + 1;
    const [missing, wrong] = readPlanJson(text).diagnostics;
    expect(missing).toMatchObject({
      message: '$.items[0].title: is missing',
      line: lineOf('"items": [') + 1,
    });
    expect(JSON.parse(text.slice(missing!.source.start, missing!.source.end))).toEqual(broken.items[0]);
    expect(wrong).toMatchObject({
      message: '$.items[0].schedule.spans[0].start: expected an ISO date or null',
    });
    expect(wrong!.line).toBe(lineOf('"start": "2021-13-01"'));
    expect(text.slice(wrong!.source.start, wrong!.source.end)).toBe('"2021-13-01"');
  });

  it('does not mutate the plan text it was given nor share objects between calls', () => {
    const json = JSON.stringify(plan);
    const a = readPlanJson(json);
    const b = readPlanJson(json);
    expect(a).not.toBe(b);
    expect(a.items[0]).not.toBe(b.items[0]);
  });
});
