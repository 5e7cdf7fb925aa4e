import { describe, expect, it } from 'vitest';
import { lintPlan, lintSummary } from './lintPlan.js';
import { samplePlan } from '../../test-utils/exportFixtures.js';
import { parsePlan } from '../plan/parsePlan.js';

describe('lintPlan', () => {
  it('prints diagnostics compiler style, with the item serial, once each', () => {
    const report = lintPlan(samplePlan(), 'plan.txt');
    expect(report.lines).toEqual([
      'plan.txt:121: warning era-mismatch: No.13: 2020(R3): 2020 is R2',
      'plan.txt:121: warning era-mismatch: No.13: 2020 is not R3',
    ]);
    expect(report).toMatchObject({ errors: 0, warnings: 2, infos: 0 });
  });

  it('writes each message in Japanese when asked, and in English where a diagnostic has no Japanese', () => {
    const plan = samplePlan();
    plan.diagnostics[0] = { ...plan.diagnostics[0]!, messageJa: '2020(R3): 2020年はR2です' };
    expect(lintPlan(plan, 'plan.txt', 'ja').lines).toEqual([
      'plan.txt:121: warning era-mismatch: No.13: 2020(R3): 2020年はR2です',
      'plan.txt:121: warning era-mismatch: No.13: 2020 is not R3',
    ]);
  });

  it('does not repeat a schedule diagnostic the plan already lists', () => {
    const plan = samplePlan();
    plan.diagnostics.push({ ...plan.items[2]!.schedule.diagnostics[0]! });
    expect(lintPlan(plan, 'p').lines).toHaveLength(2);
  });

  it('lists a schedule diagnostic of a plan as parsePlan reads it once, as the plan lists it', () => {
    const plan = parsePlan(
      'no,title,schedule,departments\n1,1 窓口,2020(R3)年度：検討 翌年度から実施,◎市民\n2,2 施設,翌年度から実施,◎管財',
    );
    expect(lintPlan(plan, 'p.csv').lines).toEqual([
      'p.csv:2: warning era-mismatch: No.1 スケジュール: 「2020(R3)年度」: 令和3年 is 2021, not 2020; the Western year 2020 is kept',
      'p.csv:3: info uncounted-year: No.2 スケジュール: 「翌年度」 counts from a fiscal year written before it, and none is; kept as text',
      'p.csv:3: info undated: No.2 スケジュール: no date or period in "翌年度から実施"; the item cannot be placed on a timeline.',
    ]);
    // A plan from JSON that lists none of them: each once, from the schedule.
    const bare = { ...plan, diagnostics: [] };
    expect(lintPlan(bare, 'p.json').lines).toEqual([
      'p.json:2: warning era-mismatch: No.1: 「2020(R3)年度」: 令和3年 is 2021, not 2020; the Western year 2020 is kept',
      'p.json:3: info uncounted-year: No.2: 「翌年度」 counts from a fiscal year written before it, and none is; kept as text',
    ]);
  });

  it('sorts by line, counts errors, and prints the file alone when a diagnostic has no line', () => {
    const plan = samplePlan();
    plan.diagnostics.push({
      code: 'no-items',
      severity: 'error',
      message: 'no item rows\nfound',
      source: { start: 0, end: 0 },
    });
    plan.diagnostics.push({
      code: 'unread-row',
      severity: 'info',
      message: 'row',
      source: { start: 0, end: 0 },
      line: 7,
    });
    const report = lintPlan(plan, 'p.csv');
    expect(report.lines[0]).toBe('p.csv: error no-items: no item rows found');
    expect(report.lines[1]).toBe('p.csv:7: info unread-row: row');
    expect(report).toMatchObject({ errors: 1, warnings: 2, infos: 1 });
  });

  it('writes out the control characters of a message, so that a plan cannot steer the terminal', () => {
    const plan = parsePlan('通し番号,項目\n1,予算\n', { format: 'csv' });
    const steered = {
      ...plan,
      diagnostics: [
        {
          code: 'x',
          severity: 'warning' as const,
          message: 'hi \u001b]0;TITLE\u0007\u001b[31mRED\u001b[0m\u009b2J\tend',
          source: { start: 0, end: 0 },
          line: 2,
        },
      ],
    };
    expect(lintPlan(steered, 'p.csv').lines).toEqual([
      'p.csv:2: warning x: hi \\u001b]0;TITLE\\u0007\\u001b[31mRED\\u001b[0m\\u009b2J\tend',
    ]);
  });

  it('does not mutate the plan', () => {
    const plan = samplePlan();
    const before = structuredClone(plan);
    lintPlan(plan, 'p');
    expect(plan).toEqual(before);
  });
});

describe('lintSummary', () => {
  it('counts in English with singulars where a count is one', () => {
    const report = lintPlan(samplePlan(), 'plan.txt');
    expect(lintSummary(3, report)).toBe('3 items; 0 errors, 2 warnings, 0 notes');
    expect(lintSummary(1, { lines: [], errors: 1, warnings: 1, infos: 1 })).toBe(
      '1 item; 1 error, 1 warning, 1 note',
    );
  });

  it('counts in Japanese when the messages are', () => {
    expect(lintSummary(54, { lines: [], errors: 0, warnings: 1, infos: 2 }, 'ja')).toBe(
      '54項目：エラー0件、警告1件、情報2件',
    );
  });
});
