import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkDistantYears, DISTANT_YEARS } from './checkDistantYears.js';
import { parsePlan } from './parsePlan.js';

const csv = (...schedules: string[]): string =>
  `通し番号,項目,スケジュール,主務課\n${schedules.map((s, k) => `${k + 1},項目${k + 1},${s},◎財政`).join('\n')}\n`;

describe('checkDistantYears', () => {
  it('warns of a year typed with a wrong century, at its item, span and line', () => {
    const plan = parsePlan(csv('2021年度：調査', '2022～2024年度：設計', '2201年度：実施'));
    const distant = plan.diagnostics.filter((d) => d.code === 'distant-year');
    expect(distant).toEqual([
      {
        code: 'distant-year',
        severity: 'warning',
        message:
          'No.3 スケジュール: fiscal year 2201 lies 177 years from the plan\'s other dates (around 2024), in "2201年度：実施"; is its year mistyped?',
        messageJa:
          'No.3 スケジュール: 「2201年度：実施」の2201年度は、計画のほかの日付（2024年度ごろ）から177年離れています。年の書き誤りではありませんか。',
        source: { start: 0, end: '2201年度：実施'.length },
        serial: 3,
        line: 4,
      },
    ]);
    expect(
      parsePlan(csv('2021年度：調査', '2022年度：設計', '1921年度：実施')).diagnostics[0]!.message,
    ).toContain('fiscal year 1921 lies 100 years');
  });

  it('says nothing of a long-term plan, nor of the seed', () => {
    // A plan made in 2016 for forty years: its last year lies within DISTANT_YEARS of the rest.
    expect(
      checkDistantYears(parsePlan(csv('2016年度：策定', '2016～2055年度：更新', '2030年度：見直し')).items),
    ).toEqual([]);
    const seed = parsePlan(
      readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url)),
    );
    expect(checkDistantYears(seed.items)).toEqual([]);
    expect(DISTANT_YEARS).toBeGreaterThanOrEqual(50);
  });

  it('reads open ends and spans without years as no year at all', () => {
    expect(
      checkDistantYears(parsePlan(csv('2021年度～：実施', '毎年度：点検', '～2020年度：調査')).items),
    ).toEqual([]);
  });
});
